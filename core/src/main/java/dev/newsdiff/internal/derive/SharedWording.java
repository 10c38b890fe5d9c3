package dev.newsdiff.internal.derive;

import dev.newsdiff.internal.Spans;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The wording two aligned spans share: the words of each that stand in the other in the same order
 * (their longest common subsequence), counted only in runs of {@link #MIN_RUN} words or more, and
 * only outside quotation marks.
 *
 * <p>Why runs: two independent reports of one event share "the", "of the" and the names in every
 * sentence they align; a text reproduced from another keeps its phrasing, whole runs of it, even
 * where an editor changed a word here and there (so the words kept are counted, not the n-grams
 * left intact, which a few scattered edits break). Why outside quotes: independent reporters quote
 * the same statement word for word, and that says nothing about whether one copied the other.
 */
final class SharedWording {

  /** The fewest words in a row that count as shared wording. */
  static final int MIN_RUN = 2;

  /**
   * Words of a span beyond this many are not compared: the table of common subsequences grows with
   * the product of two spans' lengths, and no sentence of prose comes near it.
   */
  static final int MAX_WORDS = 400;

  /**
   * What two spans share.
   *
   * @param wordsA unquoted words of the first span
   * @param wordsB unquoted words of the second
   * @param shared words of each in shared runs (the same number on both sides)
   * @param longest the longest shared run, in words
   */
  record Overlap(int wordsA, int wordsB, int shared, int longest) {
    static final Overlap NONE = new Overlap(0, 0, 0, 0);
  }

  private SharedWording() {}

  /**
   * The words of {@code span} of {@code article}, lower-cased for matching; a quoted word or a word
   * of a name is null, which matches nothing and so breaks a run. A word is a run of letters and
   * digits, joined by an apostrophe, dot, comma or hyphen inside ("o'clock", "1.5", "well-known").
   */
  static List<@Nullable String> words(Article article, Span span) {
    String text = article.text();
    BitSet masked = new BitSet(span.length());
    Stream.concat(
            article.quotesIn(span).stream().flatMap(q -> q.parts().stream()),
            // looked up by position: scanning every fact for every sentence was quadratic in a
            // long article (a 1 MB one took 10 s here)
            Spans.overlapping(
                    article.facts(),
                    f -> f.span().start(),
                    f -> f.span().end(),
                    span.start(),
                    span.end())
                .stream()
                .filter(f -> f.kind().isName())
                .map(Fact::span))
        .filter(p -> p.overlaps(span))
        .forEach(
            p ->
                masked.set(
                    Math.max(p.start(), span.start()) - span.start(),
                    Math.min(p.end(), span.end()) - span.start()));
    List<@Nullable String> words = new ArrayList<>();
    int i = span.start();
    while (i < span.end() && words.size() < MAX_WORDS) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < span.end()
          && (Character.isLetterOrDigit(text.charAt(i))
              || JOINERS.indexOf(text.charAt(i)) >= 0
                  && i + 1 < span.end()
                  && Character.isLetterOrDigit(text.charAt(i + 1))
                  && Character.isLetterOrDigit(text.charAt(i - 1)))) {
        i++;
      }
      words.add(
          masked.get(start - span.start())
              ? null
              : text.substring(start, i).replace('’', '\'').toLowerCase(Locale.ROOT));
    }
    return words;
  }

  /** Marks that join two parts of one word. */
  private static final String JOINERS = "'’.,-";

  /** How many words of {@code words} can be shared: those neither quoted nor part of a name. */
  static int countable(List<@Nullable String> words) {
    return (int) words.stream().filter(Objects::nonNull).count();
  }

  /** What word lists {@code a} and {@code b} share. */
  static Overlap of(List<@Nullable String> a, List<@Nullable String> b) {
    int n = a.size();
    int m = b.size();
    if (n == 0 || m == 0) {
      return new Overlap(countable(a), countable(b), 0, 0);
    }
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            Objects.equals(a.get(i), b.get(j)) && a.get(i) != null
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    int shared = 0;
    int longest = 0;
    int run = 0;
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (Objects.equals(a.get(i), b.get(j)) && a.get(i) != null) {
        run++;
        i++;
        j++;
        continue;
      }
      shared += run >= MIN_RUN ? run : 0;
      longest = Math.max(longest, run);
      run = 0;
      if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    shared += run >= MIN_RUN ? run : 0;
    longest = Math.max(longest, run);
    return new Overlap(countable(a), countable(b), shared, longest);
  }
}
