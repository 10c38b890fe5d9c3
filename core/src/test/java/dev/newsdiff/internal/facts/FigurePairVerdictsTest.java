package dev.newsdiff.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
import dev.newsdiff.internal.facts.RealFigurePairsTest.Csv;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Conflict;
import dev.newsdiff.model.Member;
import dev.newsdiff.model.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17, round 25: the conflict rules judged figure by figure on {@code real-figure-pairs-2.csv}
 * (86 pairs of sentences from real outlets' reports of eight events; see {@code SOURCES.md}). Each
 * row names one figure in each sentence and what a journalist would call the pair: a conflict, an
 * approximation, the same figure, a conversion (another unit, currency or clock), a different
 * quantity, or not comparable (an update, another time or source the text marks). The two whole
 * sentences are one aligned statement; the verdict is read from the findings that hold both named
 * figures, so a conflict found between two other figures of the sentences does not count as this
 * pair's. Half A was read while writing rules; half B is held out: it is scored, its misses are not
 * printed.
 */
class FigurePairVerdictsTest {

  /** A hand-labelled pair of figures, each in its sentence. */
  record Row(
      String id, String half, String a, String figureA, String b, String figureB, String verdict) {

    /**
     * What the rules should say: conflict, approximation or none (a conversion may read as either
     * of the last two).
     */
    boolean agrees(String got) {
      return switch (verdict) {
        case "conflict", "approximation" -> got.equals(verdict);
        case "conversion" -> !got.equals("conflict");
        default -> got.equals("none");
      };
    }
  }

  /** What the rules said of the row's two figures: conflict, approximation or none. */
  static String found(Row row) {
    Article left = NewsDiff.parse("a", "Report\n\n" + row.a() + OTHER);
    Article right = NewsDiff.parse("b", "Report\n\n" + row.b() + OTHER);
    List<Member> members = new ArrayList<>(members(left, row.a()));
    members.addAll(members(right, row.b()));
    int[] spanA = span(left.text(), row.a(), row.figureA());
    int[] spanB = span(right.text(), row.b(), row.figureB());
    List<Conflict> holding =
        Conflicts.find(List.of(left, right), List.of(new Statement("st1", members, 1.0, List.of())))
            .stream()
            .filter(c -> holds(c, "a", spanA) && holds(c, "b", spanB))
            .toList();
    if (holding.stream().anyMatch(c -> !c.approximation())) {
      return "conflict";
    }
    return holding.isEmpty() ? "none" : "approximation";
  }

  private static boolean holds(Conflict conflict, String article, int[] span) {
    return conflict.members().stream()
        .anyMatch(
            m ->
                m.article().equals(article)
                    && m.fact().span().start() < span[1]
                    && m.fact().span().end() > span[0]);
  }

  /** Where the figure's text stands in the article: its first occurrence as whole words. */
  private static int[] span(String text, String sentence, String figure) {
    int base = text.indexOf(sentence);
    for (int at = sentence.indexOf(figure); at >= 0; at = sentence.indexOf(figure, at + 1)) {
      int end = at + figure.length();
      boolean starts = at == 0 || !Character.isLetterOrDigit(sentence.charAt(at - 1));
      boolean ends = end == sentence.length() || !Character.isLetterOrDigit(sentence.charAt(end));
      if (starts && ends) {
        return new int[] {base + at, base + end};
      }
    }
    throw new IllegalArgumentException(figure + " is not in: " + sentence);
  }

  private static final String OTHER =
      "\nRelatives gathered at the town hall, waiting for news.\nOfficials promised an inquiry.\n";

  private static List<Member> members(Article article, String text) {
    int start = article.text().indexOf(text);
    int end = start + text.length();
    return article.sentences().stream()
        .filter(s -> s.span().start() < end && s.span().end() > start)
        .map(s -> new Member(article.id(), s.id(), s.span()))
        .toList();
  }

  /** How the rules did on one half. */
  record Score(int rows, int agreed, int conflicts, int found, int foundRight) {

    double precision() {
      return found == 0 ? 1 : (double) foundRight / found;
    }

    double recall() {
      return conflicts == 0 ? 1 : (double) foundRight / conflicts;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%d figure pairs, verdict agreed on %d; conflicts P %.3f R %.3f (%d right of %d found,"
              + " %d annotated)",
          rows,
          agreed,
          precision(),
          recall(),
          foundRight,
          found,
          conflicts);
    }
  }

  static Score score(String half) {
    int rows = 0;
    int agreed = 0;
    int conflicts = 0;
    int found = 0;
    int foundRight = 0;
    for (Row row : rows()) {
      if (!row.half().equals(half)) {
        continue;
      }
      rows++;
      String got = found(row);
      boolean conflict = row.verdict().equals("conflict");
      conflicts += conflict ? 1 : 0;
      if (got.equals("conflict")) {
        found++;
        foundRight += conflict ? 1 : 0;
      }
      agreed += row.agrees(got) ? 1 : 0;
      if (!row.agrees(got) && half.equals("A")) {
        // Half A's misses are shown to whoever writes rules; half B's are not, by design.
        System.out.println("  ! " + row.id() + " " + row.verdict() + ", got " + got);
      }
    }
    return new Score(rows, agreed, conflicts, found, foundRight);
  }

  /**
   * Floors: what the rules reach on each half today (first contact in the comment); a change that
   * loses a pair fails here. Half B is the figure for stories nobody fitted a rule to.
   */
  @ParameterizedTest(name = "half {0}")
  // First contact (main at e074c8e): A 33 agreed, P 0.643, R 0.900; B 35 agreed, P 0.636 (7/11),
  // R 0.636 (7/11). Round 25's rules (written from A and the real clusters only): A 39, P 0.909,
  // R 1.000; B 38, P 0.800 (8/10), R 0.727 (8/11).
  @CsvSource({"A, 39, 0.90, 1.0", "B, 38, 0.80, 0.72"})
  void holdsTheirFloorsFigureByFigure(String half, int agreed, double precision, double recall) {
    Score s = score(half);
    System.out.println("real figure pairs 2, half " + half + ": " + s);
    assertThat(s.agreed()).isGreaterThanOrEqualTo(agreed);
    assertThat(s.precision()).isGreaterThanOrEqualTo(precision);
    assertThat(s.recall()).isGreaterThanOrEqualTo(recall);
  }

  static List<Row> rows() {
    List<Row> out = new ArrayList<>();
    List<List<String>> records = Csv.read(text());
    for (List<String> r : records.subList(1, records.size())) {
      out.add(new Row(r.get(0), r.get(1), r.get(4), r.get(5), r.get(7), r.get(8), r.get(9)));
    }
    return out;
  }

  private static String text() {
    try (InputStream in =
        Objects.requireNonNull(
            FigurePairVerdictsTest.class.getResourceAsStream("real-figure-pairs-2.csv"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
