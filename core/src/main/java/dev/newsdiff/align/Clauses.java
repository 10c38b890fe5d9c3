package dev.newsdiff.align;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence that carries several claims into clauses: at semicolons, before ", while …" /
 * ", but …", before a relative clause of place ("towed back to port, where firefighters …": the
 * towing and the firefighting are two claims), and before a participle clause (", also pushing back
 * on …", ", including a visit …"). Each clause is matched on its own, so one sentence can share one
 * claim with one outlet and another claim with another.
 */
final class Clauses {

  /** Runs of white space, compiled once: {@code String.split} would compile it on every call. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final int MIN_WORDS = 5;

  private static final Pattern SPLIT =
      Pattern.compile(
          ";\\s+|,\\s+(?=(?:while|whereas|but|where)\\s)|,?\\s+(?=while\\s+\\p{Ll}+ing\\s)"
              + "|,\\s+(?=(?:also\\s+|while\\s+)?(?!during\\b|according\\b|bring\\b|thing\\b|king\\b)\\p{Ll}+ing\\s)"
              // "Responding to media reports about …, ministry sources urged …": the opening phrase
              // (the comma first: a look-behind tried at every position costs a scan of 200
              // characters)
              + "|,(?<=^\\p{Lu}\\p{Ll}{2,40}ing\\b[^,;]{0,200},)\\s+");

  private Clauses() {}

  /** The clauses of the sentence at {@code span} in {@code text}: at least one, trimmed. */
  static ImmutableList<Span> of(String text, Span span) {
    String s = span.in(text);
    List<int[]> parts = new ArrayList<>();
    Matcher m = SPLIT.matcher(s);
    int from = 0;
    while (m.find()) {
      parts.add(new int[] {from, m.start()});
      from = m.end();
    }
    parts.add(new int[] {from, s.length()});
    // Too short to be a claim: join it to its neighbour.
    List<int[]> merged = new ArrayList<>();
    for (int[] p : parts) {
      if (!merged.isEmpty()
          && (words(s, p) < MIN_WORDS || words(s, merged.get(merged.size() - 1)) < MIN_WORDS)) {
        merged.get(merged.size() - 1)[1] = p[1];
      } else {
        merged.add(p);
      }
    }
    ImmutableList.Builder<Span> out = ImmutableList.builder();
    for (int[] p : merged) {
      out.add(Span.of(span.start() + p[0], span.start() + p[1]));
    }
    return out.build();
  }

  private static int words(String s, int[] p) {
    String part = s.substring(p[0], p[1]).trim();
    return part.isEmpty() ? 0 : SPACES.split(part).length;
  }
}
