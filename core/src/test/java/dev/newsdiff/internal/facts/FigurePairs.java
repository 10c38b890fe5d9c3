package dev.newsdiff.internal.facts;

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
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * What the tables of real figure pairs share ({@link RealFigurePairsTest}, {@link
 * FigurePairVerdictsTest}): reading a table, comparing its two sentences as one statement of two
 * articles, and the tally of a half. Half A of a table was read while writing rules; half B was
 * not: its misses are never printed.
 */
final class FigurePairs {

  private FigurePairs() {}

  /** A hand-labelled row of a table: what the rules should say of it. */
  interface Labelled {
    String id();

    String half();

    String verdict();

    /**
     * Whether the rules' verdict ({@code conflict}, {@code approximation} or {@code none}) fits.
     */
    boolean agrees(String got);
  }

  /** The two sentences, each in an article of its own, and the conflicts found between them. */
  record Compared(Article left, Article right, List<Conflict> conflicts) {}

  /** Sentences on another matter, so that each article has a body beyond the figure's sentence. */
  private static final String OTHER =
      "\nRelatives gathered at the town hall, waiting for news.\nOfficials promised an inquiry.\n";

  /** The sentences aligned whole, as the aligner would align them, and their conflicts. */
  static Compared compare(String a, String b) {
    Article left = NewsDiff.parse("a", "Report\n\n" + a + OTHER);
    Article right = NewsDiff.parse("b", "Report\n\n" + b + OTHER);
    List<Member> members = new ArrayList<>(members(left, a));
    members.addAll(members(right, b));
    List<Conflict> found =
        Conflicts.find(
            List.of(left, right), List.of(new Statement("st1", members, 1.0, List.of())));
    return new Compared(left, right, found);
  }

  /** The sentences {@code text} was split into (a sentence splitter may cut after "approx."). */
  private static List<Member> members(Article article, String text) {
    int start = article.text().indexOf(text);
    int end = start + text.length();
    return article.sentences().stream()
        .filter(s -> s.span().start() < end && s.span().end() > start)
        .map(s -> new Member(article.id(), s.id(), s.span()))
        .toList();
  }

  /** The rules' verdict on some conflicts: conflict, approximation or none. */
  static String verdict(List<Conflict> conflicts) {
    if (conflicts.stream().anyMatch(c -> !c.approximation())) {
      return "conflict";
    }
    return conflicts.isEmpty() ? "none" : "approximation";
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
          Locale.ROOT,
          "%d pairs, verdict agreed on %d; conflicts P %.3f R %.3f (%d right of %d found, %d"
              + " annotated); false conflicts on pairs of other verdicts: %d",
          rows,
          agreed,
          precision(),
          recall(),
          foundRight,
          found,
          conflicts,
          falseOnOthers);
    }
  }

  /** The tally of {@code half}'s rows, given what the rules say of a row. */
  static <R extends Labelled> Score score(
      List<R> rows, String half, Function<? super R, String> found) {
    int n = 0;
    int agreed = 0;
    int conflicts = 0;
    int foundConflicts = 0;
    int foundRight = 0;
    for (R row : rows) {
      if (!row.half().equals(half)) {
        continue;
      }
      n++;
      String got = found.apply(row);
      boolean conflict = row.verdict().equals("conflict");
      conflicts += conflict ? 1 : 0;
      if (got.equals("conflict")) {
        foundConflicts++;
        foundRight += conflict ? 1 : 0;
      }
      agreed += row.agrees(got) ? 1 : 0;
      if (!row.agrees(got) && half.equals("A")) {
        // Half A's misses are shown to whoever writes rules; half B's are not, by design.
        System.out.println("  ! " + row.id() + " " + row.verdict() + ", got " + got);
      }
    }
    return new Score(n, agreed, conflicts, foundConflicts, foundRight, foundConflicts - foundRight);
  }

  /** The records of a table beside this class, its header left out. */
  static List<List<String>> records(String resource) {
    try (InputStream in =
        Objects.requireNonNull(FigurePairs.class.getResourceAsStream(resource), resource)) {
      List<List<String>> records = Csv.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return records.subList(1, records.size());
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
