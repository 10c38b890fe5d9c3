package dev.newsdiff.internal.ingest;

import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableSet;
import dev.newsdiff.internal.Whitespace;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The shape of one line of a page: capitals, final punctuation. Shared by the layout rules. */
final class LineShapes {

  /** Runs of white space, compiled once: {@code String.split} would compile it on every call. */
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final CharMatcher DASHES = CharMatcher.anyOf("–—");

  /** Marks some outlets print after a story's last sentence: "… on Friday. ■". */
  private static final String END_MARKS = "■□▪◆◇●♦";

  private LineShapes() {}

  /** Has letters, and none of them lower-case: "WORLD", "NEW DELHI". */
  static boolean isAllCaps(String text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters = true;
        if (Character.isLowerCase(c)) {
          return false;
        }
      }
    }
    return letters;
  }

  /** Every word capitalised: "Local News", not "Ministry plans visits". */
  static boolean isTitleCase(String text) {
    for (String w : SPACES.split(text.trim())) {
      if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Ends with . ! ? … : or ; possibly followed by closing quotes or brackets, or an end-of-story
   * mark.
   */
  static boolean endsSentence(String text) {
    char last = lastSignificant(text);
    return last == '.' || last == '!' || last == '?' || last == '…' || last == ':' || last == ';';
  }

  /** Ends like a sentence that is not a question or an exclamation: titles may end with those. */
  static boolean endsWithFullStop(String text) {
    char last = lastSignificant(text);
    return last == '.' || last == '…' || last == ':' || last == ';';
  }

  /** Ends with . ! or ?, as a paragraph of prose does; not a label ending with a colon. */
  static boolean endsProse(String text) {
    char last = lastSignificant(text);
    return last == '.' || last == '!' || last == '?';
  }

  /**
   * A long line dense with function words, as jusText classes a paragraph good whatever its last
   * mark: at least {@link #PROSE_CHARS} characters of which at least {@link #PROSE_STOPWORD_SHARE}
   * of the words are function words (jusText's English "length_high" and "stopwords_high").
   * Furniture is short or made of names; a paragraph whose writer left off the full stop is not.
   */
  static boolean readsAsProse(String text) {
    if (text.length() < PROSE_CHARS) {
      return false;
    }
    List<String> words = Whitespace.words(text);
    return readsAsProse(text.length(), words.size(), functionWords(words));
  }

  /**
   * {@link #readsAsProse(String)} of a text of {@code length} characters and {@code words} words,
   * {@code function} of them function words: for a caller that has counted them already.
   */
  static boolean readsAsProse(int length, int words, long function) {
    return length >= PROSE_CHARS && words > 0 && function >= PROSE_STOPWORD_SHARE * words;
  }

  /** How many of {@code words} ({@link Whitespace#words}) are English function words. */
  static long functionWords(List<String> words) {
    long count = 0;
    for (String w : words) {
      // A word with more letters than the longest function word is not one: most words of a
      // paragraph are told without copying them.
      if (letters(w, LONGEST_FUNCTION_WORD + 1) <= LONGEST_FUNCTION_WORD
          && FUNCTION_WORDS.contains(NOT_LETTERS.removeFrom(w).toLowerCase(Locale.ROOT))) {
        count++;
      }
    }
    return count;
  }

  /** How many letters {@code w} has, counted up to {@code atMost}. */
  private static int letters(String w, int atMost) {
    int n = 0;
    for (int i = 0; i < w.length() && n < atMost; i++) {
      if (Character.isLetter(w.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static final int PROSE_CHARS = 200;
  private static final double PROSE_STOPWORD_SHARE = 0.32;
  private static final CharMatcher NOT_LETTERS =
      CharMatcher.forPredicate(Character::isLetter).negate();

  /** The commonest English function words: articles, pronouns, prepositions, auxiliaries. */
  static final ImmutableSet<String> FUNCTION_WORDS =
      ImmutableSet.of(
          "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for",
          "with", "from", "as", "into", "about", "after", "before", "over", "under", "than", "that",
          "this", "these", "those", "which", "who", "whom", "whose", "what", "when", "where",
          "while", "it", "its", "he", "she", "they", "them", "his", "her", "their", "we", "our",
          "i", "me", "my", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
          "do", "does", "did", "will", "would", "can", "could", "may", "might", "should", "must",
          "not", "no", "there", "here", "so", "also", "up", "out", "all", "some", "any");

  private static final int LONGEST_FUNCTION_WORD =
      FUNCTION_WORDS.stream().mapToInt(String::length).max().orElseThrow();

  /** An item of a bulleted list: "• 24 are close contacts". */
  static boolean isBulleted(String text) {
    String t = text.strip();
    return t.length() > 2
        && "•◦▪▫‣⁃●■►".indexOf(t.charAt(0)) >= 0
        && Whitespace.isSpace(t.charAt(1));
  }

  /** A dateline standing on its own line: a few capitals and no sentence end ("ISTANBUL"). */
  static boolean isDatelineShaped(String text) {
    return isAllCaps(text) && Whitespace.wordCount(text) <= 5 && !endsSentence(text);
  }

  /** A teaser cut off with an ellipsis: "… because the ...". */
  static boolean isCutOff(String text) {
    return text.endsWith("...") || text.endsWith("…");
  }

  private static char lastSignificant(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if ("\"'“”‘’»«)]}".indexOf(c) < 0 && END_MARKS.indexOf(c) < 0 && !Whitespace.isSpace(c)) {
        return c;
      }
    }
    return ' ';
  }

  /** White space collapsed, dashes made hyphens, lower-cased: for comparing lines. */
  static String normalise(String text) {
    return DASHES
        .replaceFrom(SPACES.matcher(text).replaceAll(" ").trim(), '-')
        .toLowerCase(Locale.ROOT);
  }
}
