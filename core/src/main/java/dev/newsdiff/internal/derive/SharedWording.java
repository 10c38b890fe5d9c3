package dev.newsdiff.internal.derive;

import com.google.common.collect.HashBasedTable;
import com.google.common.collect.Table;
import dev.newsdiff.internal.Spans;
import dev.newsdiff.model.Article;
import dev.newsdiff.model.Fact;
import dev.newsdiff.model.Span;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
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
 *
 * <p>Words are compared as numbers: an instance gives each distinct word of one comparison an id,
 * so that the table of common subsequences compares ints.
 */
final class SharedWording {

  /** The id of a word that matches nothing: a quoted word, or a word of a name. */
  static final int UNMATCHED = -1;

  /**
   * The fewest words in a row that count as shared wording. Independent reports of one event share
   * pairs of words in nearly every sentence they align ("the ministry", "said on", "at least"); a
   * run of three is rarer, and reworded copies keep many. Leave-one-set-out over the real sample
   * sets (docs/derivation.md) separates copying from independent reports best at three.
   */
  static final int MIN_RUN = 3;

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

  /** Ids of the words met so far, lower-cased. */
  private final Map<String, Integer> ids = new HashMap<>();

  /**
   * The words of the spans read so far, by article id and span: most sentences are read as a
   * statement's member and again as a sentence of their article's body.
   */
  private final Table<String, Span, int[]> wordsRead = HashBasedTable.create();

  /**
   * The ids of the words of {@code span} of {@code article}, lower-cased for matching; a quoted
   * word or a word of a name is {@link #UNMATCHED}, which breaks a run. A word is a run of letters
   * and digits, joined by an apostrophe, dot, comma or hyphen inside ("o'clock", "1.5",
   * "well-known"). The same array for the same span each time: not to be changed.
   */
  int[] words(Article article, Span span) {
    return wordsRead
        .row(article.id())
        .computeIfAbsent(
            span,
            s -> {
              int[] read = read(article, s);
              return distinct.computeIfAbsent(new Sequence(read), k -> read);
            });
  }

  /**
   * Each distinct sequence of word ids read, as one array: outlets that carry an agency's sentence
   * word for word give the same sequence again, and {@link #overlap} works it out once.
   */
  private final Map<Sequence, int[]> distinct = new HashMap<>();

  /** What two sequences of {@link #words} share, by those arrays, worked out once. */
  private final Map<int[], Map<int[], Overlap>> overlaps = new IdentityHashMap<>();

  /** {@link #of}, once for each two distinct sequences of words that {@link #words} gave. */
  Overlap overlap(int[] a, int[] b) {
    return overlaps
        .computeIfAbsent(a, k -> new IdentityHashMap<>())
        .computeIfAbsent(b, k -> of(a, b));
  }

  /** A sequence of word ids as a key: equal when the ids are. */
  private record Sequence(int[] ids) {

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Sequence s && Arrays.equals(ids, s.ids);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(ids);
    }

    @Override
    public String toString() {
      return Arrays.toString(ids);
    }
  }

  private int[] read(Article article, Span span) {
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
    IntStream.Builder words = IntStream.builder();
    int count = 0;
    int i = span.start();
    while (i < span.end() && count < MAX_WORDS) {
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
              ? UNMATCHED
              : id(text.substring(start, i).replace('’', '\'').toLowerCase(Locale.ROOT)));
      count++;
    }
    return words.build().toArray();
  }

  /** The id of {@code word}, the same for every occurrence of it in this comparison. */
  int id(String word) {
    return ids.computeIfAbsent(word, w -> ids.size());
  }

  /** Marks that join two parts of one word. */
  private static final String JOINERS = "'’.,-";

  /** How many words of {@code words} can be shared: those neither quoted nor part of a name. */
  static int countable(int[] words) {
    return (int) Arrays.stream(words).filter(w -> w != UNMATCHED).count();
  }

  /** What the word ids {@code a} and {@code b} share. */
  static Overlap of(int[] a, int[] b) {
    int n = a.length;
    int m = b.length;
    if (n == 0 || m == 0) {
      return new Overlap(countable(a), countable(b), 0, 0);
    }
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] =
            a[i] == b[j] && a[i] != UNMATCHED
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
      if (a[i] == b[j] && a[i] != UNMATCHED) {
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
