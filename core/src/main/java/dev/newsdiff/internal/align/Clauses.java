package dev.newsdiff.internal.align;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.internal.Whitespace;
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

  private static final int MIN_WORDS = 5;
  private static final int MIN_CONTENT_WORDS = 3;

  /** "Not everyone was persuaded." is a claim; "- AFP" is a credit. */
  private static final int MIN_CLAIM_WORDS = 2;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");

  // Every split opens at a semicolon, a comma or a space: the look-ahead for them lets the other
  // positions of a sentence fail on one test instead of a look-behind and four other alternatives.
  private static final Pattern SPLIT =
      Pattern.compile(
          "(?=[;,\\s])(?:;\\s+|,\\s+(?=(?:while|whereas|but|where)\\s)"
              // at the start of the spaces only, and possessive: tried at each space of a long run,
              // it read the rest of the run each time
              + "|,?(?<!\\s)\\s++(?=while\\s+\\p{Ll}+ing\\s)"
              + "|,\\s+(?=(?:also\\s+|while\\s+)?(?!during\\b|according\\b|bring\\b|thing\\b|king\\b)\\p{Ll}+ing\\s)"
              // "Responding to media reports about …, ministry sources urged …": the opening phrase
              // (the comma first: a look-behind tried at every position costs a scan of 200
              // characters)
              + "|,(?<=^\\p{Lu}\\p{Ll}{2,40}ing\\b[^,;]{0,200},)\\s+)");

  private Clauses() {}

  /** The clauses of the sentence at {@code span} in {@code text}: at least one, trimmed. */
  static ImmutableList<Span> of(String text, Span span) {
    String s = span.in(text);
    List<Span> parts = new ArrayList<>(); // in s
    Matcher m = SPLIT.matcher(s);
    int from = 0;
    while (m.find()) {
      parts.add(Span.of(from, m.start()));
      from = m.end();
    }
    parts.add(Span.of(from, s.length()));
    // Too short to be a claim: join it to its neighbour.
    List<Span> merged = new ArrayList<>();
    // A clause long enough stays so when it grows: only a short last clause is counted again.
    boolean lastShort = false;
    for (Span p : parts) {
      boolean pShort = tooShort(s, p);
      if (!merged.isEmpty() && (pShort || lastShort)) {
        Span last = merged.get(merged.size() - 1);
        Span joined = Span.of(last.start(), p.end());
        merged.set(merged.size() - 1, joined);
        lastShort = lastShort && pShort && tooShort(s, joined);
      } else {
        merged.add(p);
        lastShort = pShort;
      }
    }
    return merged.stream()
        .map(p -> Span.of(span.start() + p.start(), span.start() + p.end()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Too little to be a claim of its own: fewer than {@value #MIN_WORDS} words, or fewer than
   * {@value #MIN_CONTENT_WORDS} words that are not stop words ("It was a long night, but …": two
   * quotes that open alike say nothing alike until what follows).
   */
  private static boolean tooShort(String s, Span p) {
    String text = p.in(s);
    return !Whitespace.hasWords(text, MIN_WORDS) || !hasContentWords(text, MIN_CONTENT_WORDS);
  }

  /**
   * Whether a sentence states anything: a credit ("- AFP", "(BBC)") or a bracketed aside alone is
   * no claim, and no outlet's exclusive.
   */
  static boolean statesAnything(String sentence) {
    String t = sentence.strip();
    boolean bracketed = t.startsWith("(") && t.endsWith(")") && t.indexOf(')') == t.length() - 1;
    return !bracketed && hasContentWords(t, MIN_CLAIM_WORDS);
  }

  /**
   * Whether {@code text} has {@code n} words or more that are not stop words. The words are read
   * only until the {@code n}th: every sentence of an article is asked, and a long one need not be
   * read to the end.
   */
  private static boolean hasContentWords(String text, int n) {
    return WORD.matcher(text)
            .results()
            .map(m -> WordForms.of(m.group()))
            .filter(w -> !w.isEmpty() && !WordForms.isStopword(w))
            .limit(n)
            .count()
        >= n;
  }
}
