package dev.newsdiff.internal.facts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a sentence a figure can start, found in one pass over it: the first digit of each run of
 * digits, currency signs, and the words that open number words, dates and spans of time. {@link
 * NumericFacts} tries each of its patterns only at the positions that can open it, instead of
 * searching every position of the sentence with each pattern in turn (docs/performance.md has what
 * it saved). The matches are the ones a search finds, since no match can start anywhere else;
 * {@code FigureStartsTest} holds each pattern to that.
 */
final class FigureStarts {

  /** The first digit of a run of digits 0-9, all that {@code \d} reads. */
  static final int DIGITS = 1;

  /** "$", "£", "€", "¥", "₺", and any "U" (of "US$", which may follow a letter). */
  static final int CURRENCY = 1 << 1;

  /** A word that opens a number in words: {@link #NUMBER_WORD_OPENERS}. */
  static final int NUMBER_WORD = 1 << 2;

  /** A word that opens a date: {@link #DATE_OPENERS}. */
  static final int DATE_WORD = 1 << 3;

  /** A word that opens a span of time ("for a week", "almost a decade"): {@link #SPAN_OPENERS}. */
  static final int SPAN_WORD = 1 << 4;

  /**
   * The first words of {@code NumericFacts.WORD_NUM}'s alternatives ("half" of "half a dozen", "a"
   * of "a hundred"), lower-case.
   */
  static final List<String> NUMBER_WORD_OPENERS =
      words(
          "one two three four five six seven eight nine ten eleven twelve thirteen "
              + "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty "
              + "fifty sixty seventy eighty ninety half a dozen");

  /** The first words of {@code NumericFacts.DATE}'s alternatives that open with a letter. */
  static final List<String> DATE_OPENERS =
      words(
          "jan january feb february mar march apr april may jun june jul july aug "
              + "august sep sept sepember september oct october nov november dec december "
              + "monday tuesday wednesday thursday friday saturday sunday this last next "
              + "yesterday today tomorrow a first second third fourth");

  /** The first words of {@code NumericFacts.A_SPAN_OF_TIME}: its hedges, "for", "within", "in". */
  static final List<String> SPAN_OPENERS =
      words(
          "about around approximately nearly almost some roughly more over under up "
              + "at an close just for within in");

  private static List<String> words(String spaced) {
    return List.of(spaced.split(" "));
  }

  private static final Map<String, Integer> OPENERS = openers();

  private static final int ANY_WORD = NUMBER_WORD | DATE_WORD | SPAN_WORD;

  private static final int LONGEST_OPENER =
      OPENERS.keySet().stream().mapToInt(String::length).max().orElseThrow();

  private static Map<String, Integer> openers() {
    Map<String, Integer> openers = new HashMap<>();
    NUMBER_WORD_OPENERS.forEach(w -> openers.merge(w, NUMBER_WORD, (a, b) -> a | b));
    DATE_OPENERS.forEach(w -> openers.merge(w, DATE_WORD, (a, b) -> a | b));
    SPAN_OPENERS.forEach(w -> openers.merge(w, SPAN_WORD, (a, b) -> a | b));
    return Map.copyOf(openers);
  }

  private final String sentence;
  private final int[] positions;

  /** What can start at each of {@link #positions}: a set of the bits above. */
  private final int[] kinds;

  private final int size;

  private FigureStarts(String sentence, int[] positions, int[] kinds, int size) {
    this.sentence = sentence;
    this.positions = positions;
    this.kinds = kinds;
    this.size = size;
  }

  /**
   * The starts in {@code s}. Every word alternative of the patterns is a whole word (a word
   * boundary or white space on each side), so a word opens one only when the run of letters
   * starting there is one of the openers; a run with a letter beyond ASCII is kept for every
   * pattern, as patterns that ignore case match "ſ" for "s" and the Kelvin sign for "k".
   */
  static FigureStarts of(String s) {
    int[] positions = new int[8];
    int[] kinds = new int[8];
    int size = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int kind = 0;
      if (isAsciiDigit(c)) {
        kind = i == 0 || !isAsciiDigit(s.charAt(i - 1)) ? DIGITS : 0;
      } else if (CURRENCY_SIGNS.indexOf(c) >= 0) {
        kind = CURRENCY;
      }
      if (Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
        kind |= wordKind(s, i);
      }
      if (kind != 0) {
        if (size == positions.length) {
          positions = Arrays.copyOf(positions, size * 2);
          kinds = Arrays.copyOf(kinds, size * 2);
        }
        positions[size] = i;
        kinds[size] = kind;
        size++;
      }
    }
    return new FigureStarts(s, positions, kinds, size);
  }

  /** The characters {@link #CURRENCY} marks. */
  private static final String CURRENCY_SIGNS = "$£€¥₺Uu";

  /** What the run of letters starting at {@code from} can open. */
  private static int wordKind(String s, int from) {
    int to = from;
    boolean ascii = true;
    while (to < s.length() && Character.isLetter(s.charAt(to))) {
      ascii &= s.charAt(to) < 128;
      to++;
    }
    if (!ascii) {
      return ANY_WORD;
    }
    if (to - from > LONGEST_OPENER) {
      return 0;
    }
    char[] word = new char[to - from];
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      word[k - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return OPENERS.getOrDefault(new String(word), 0);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The matches of {@code pattern} that start at positions of the given kinds: what {@link
   * Matcher#find()} finds, for a pattern whose matches can start nowhere else.
   */
  Matches matches(Pattern pattern, int kinds) {
    return new Matches(pattern.matcher(sentence), kinds);
  }

  /** Matches found one at a time, as {@link Matcher#find()} finds them. */
  final class Matches {
    private final Matcher matcher;
    private final int wanted;
    private int next;
    private int from;

    private Matches(Matcher matcher, int wanted) {
      // Look-behinds and word boundaries read the text before the position tried.
      this.matcher = matcher.useTransparentBounds(true).useAnchoringBounds(false);
      this.wanted = wanted;
    }

    /** Finds the next match, as {@link Matcher#find()} does. */
    boolean find() {
      for (; next < size; next++) {
        int at = positions[next];
        if (at >= from && (kinds[next] & wanted) != 0) {
          matcher.region(at, sentence.length());
          if (matcher.lookingAt()) {
            next++;
            from = Math.max(matcher.end(), at + 1);
            return true;
          }
        }
      }
      return false;
    }

    /** The matcher, for the groups of the match found last. */
    Matcher matcher() {
      return matcher;
    }
  }
}
