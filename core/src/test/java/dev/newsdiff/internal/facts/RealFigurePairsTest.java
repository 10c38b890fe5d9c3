package dev.newsdiff.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsdiff.NewsDiff;
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
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 17: the conflict rules on real figure pairs nobody tuned them on. Each row of {@code
 * real-figure-pairs.csv} is a sentence of one real outlet and the sentence of another outlet that
 * reports the same event, annotated by hand (see {@code SOURCES.md} beside it): a conflict, an
 * approximation, the same figure, or figures that are not comparable (another thing counted,
 * another scope, date or place, a part of a whole, an update, a conversion). The two sentences are
 * aligned whole, as the aligner would align them, and the rules must say what the annotation says.
 * Half A was read while writing rules; half B was not, and is the honest figure.
 */
class RealFigurePairsTest {

  /** A hand-annotated pair of sentences. */
  record Row(String id, String half, String a, String b, String verdict) {}

  /** What the rules said of a row: conflict, approximation or none. */
  static String found(Row row) {
    Article left = NewsDiff.parse("a", "Report\n\n" + row.a() + OTHER);
    Article right = NewsDiff.parse("b", "Report\n\n" + row.b() + OTHER);
    List<Member> members = new ArrayList<>(members(left, row.a()));
    members.addAll(members(right, row.b()));
    List<Conflict> found =
        Conflicts.find(
            List.of(left, right), List.of(new Statement("st1", members, 1.0, List.of())));
    if (found.stream().anyMatch(c -> !c.approximation())) {
      return "conflict";
    }
    return found.isEmpty() ? "none" : "approximation";
  }

  /** Sentences on another matter, so that each article has a body beyond the figure's sentence. */
  private static final String OTHER =
      "\nRelatives gathered at the town hall, waiting for news.\nOfficials promised an inquiry.\n";

  /** The sentences {@code text} was split into (a sentence splitter may cut after "approx."). */
  private static List<Member> members(Article article, String text) {
    int start = article.text().indexOf(text);
    int end = start + text.length();
    return article.sentences().stream()
        .filter(s -> s.span().start() < end && s.span().end() > start)
        .map(s -> new Member(article.id(), s.id(), s.span()))
        .toList();
  }

  /** How the rules did on one half. */
  record Score(int rows, int agreed, int conflicts, int found, int foundRight, int falseOnOthers) {

    double precision() {
      return found == 0 ? 1 : (double) foundRight / found;
    }

    double recall() {
      return conflicts == 0 ? 1 : (double) foundRight / conflicts;
    }

    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "%d pairs, verdict agreed on %d; conflicts P %.3f R %.3f (%d/%d found right, %d/%d"
              + " annotated); false conflicts on not-comparable/same/approximation pairs: %d",
          rows,
          agreed,
          precision(),
          recall(),
          foundRight,
          found,
          foundRight,
          conflicts,
          falseOnOthers);
    }
  }

  static Score score(String half) {
    int rows = 0;
    int agreed = 0;
    int conflicts = 0;
    int found = 0;
    int foundRight = 0;
    int falseOnOthers = 0;
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
        falseOnOthers += conflict ? 0 : 1;
      }
      String expected =
          switch (row.verdict()) {
            case "conflict", "approximation" -> row.verdict();
            default -> "none";
          };
      agreed += got.equals(expected) ? 1 : 0;
      if (!got.equals(expected) && half.equals("A")) {
        // Half A's misses are shown to whoever writes rules; half B's are not, by design.
        System.out.println("  ! " + row.id() + " expected " + expected + ", got " + got);
      }
    }
    return new Score(rows, agreed, conflicts, found, foundRight, falseOnOthers);
  }

  /**
   * Floors: what the rules reach on each half today; a change that loses a pair fails here. Half B
   * is the figure for stories nobody fitted a rule to.
   */
  @ParameterizedTest(name = "half {0}")
  // Round 25 (magnitudes, depths, places a distance is measured from, parts, tallies as of a
  // time): A 33 -> 34 agreed, false conflicts 2 -> 1; B (not read) 23 -> 25, false 9 -> 7.
  @CsvSource({"A, 34, 0.88, 0.88, 1", "B, 25, 0.36, 1.0, 7"})
  void holdsTheirFloorsOnRealPairs(
      String half, int agreed, double precision, double recall, int falseConflicts) {
    Score s = score(half);
    System.out.println("real figure pairs, half " + half + ": " + s);
    assertThat(s.agreed()).isGreaterThanOrEqualTo(agreed);
    assertThat(s.precision()).isGreaterThanOrEqualTo(precision);
    assertThat(s.recall()).isGreaterThanOrEqualTo(recall);
    assertThat(s.falseOnOthers()).isLessThanOrEqualTo(falseConflicts);
  }

  static List<Row> rows() {
    List<Row> out = new ArrayList<>();
    List<List<String>> records = Csv.read(text());
    for (List<String> r : records.subList(1, records.size())) {
      out.add(new Row(r.get(0), r.get(1), r.get(4), r.get(7), r.get(9)));
    }
    return out;
  }

  private static String text() {
    try (InputStream in =
        Objects.requireNonNull(
            RealFigurePairsTest.class.getResourceAsStream("real-figure-pairs.csv"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** RFC 4180 fields: quoted where they hold a comma, a doubled quote for a quote. */
  static final class Csv {
    private Csv() {}

    static List<List<String>> read(String text) {
      List<List<String>> records = new ArrayList<>();
      List<String> record = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          record.add(field.toString());
          field.setLength(0);
        } else if (c == '\n') {
          record.add(field.toString());
          field.setLength(0);
          records.add(record);
          record = new ArrayList<>();
        } else if (c != '\r') {
          field.append(c);
        }
      }
      return records;
    }
  }
}
