package dev.newsdiff.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * White space as a reader sees it, the one definition every stage uses: what {@link
 * Character#isWhitespace} calls white space, the no-break spaces (U+00A0, U+2007, U+202F) that it
 * leaves out, and the zero-width space, joiners and byte-order mark (U+200B, U+200C, U+200D,
 * U+2060, U+FEFF) that web pages leave between words. Java's {@code \s} and {@link String#trim}
 * know none of these and would count "10 km" with a no-break space as one word.
 */
public final class Whitespace {

  private Whitespace() {}

  public static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF';
  }

  /** The words of {@code s}: its runs of characters other than white space, in order. */
  public static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && isSpace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < s.length() && !isSpace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(s.substring(start, i));
      }
    }
    return words;
  }

  /** How many words {@code s} holds. */
  public static int wordCount(CharSequence s) {
    return wordCount(s, 0, s.length(), Integer.MAX_VALUE);
  }

  /**
   * Whether {@code s} holds {@code n} words or more, read no further than the {@code n}th from its
   * end: a line's or a clause's length is often asked only to tell it from a short one.
   */
  public static boolean hasWords(CharSequence s, int n) {
    return wordCount(s, 0, s.length(), n) >= n;
  }

  /**
   * How many words {@code s} holds in {@code [from, to)}, counted back from {@code to} and no
   * further than {@code atMost}: asked at every full stop of a paragraph, "are there three words
   * before it?" must not read the whole paragraph again.
   */
  public static int wordCount(CharSequence s, int from, int to, int atMost) {
    int count = 0;
    boolean inWord = false;
    for (int i = to - 1; i >= from && count < atMost; i--) {
      boolean space = isSpace(s.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  /** {@code s} with every run of white space made one plain space. */
  public static String collapse(String s) {
    if (isCollapsed(s)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
      } else if (i == 0 || !isSpace(s.charAt(i - 1))) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  /** Whether {@code s} has no white space but single plain spaces: most lines of prose. */
  private static boolean isCollapsed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c) && (c != ' ' || i > 0 && s.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /** {@code s} without white space at either end. */
  public static String strip(String s) {
    int start = contentStart(s, 0, s.length());
    return s.substring(start, contentEnd(s, start, s.length()));
  }

  /** Where the text of {@code s} from {@code from} to {@code to} starts, past white space. */
  public static int contentStart(CharSequence s, int from, int to) {
    int i = from;
    while (i < to && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Where the text of {@code s} from {@code from} (a {@link #contentStart}) to {@code to} ends,
   * before white space: {@code from} itself when there is none.
   */
  public static int contentEnd(CharSequence s, int from, int to) {
    int i = to;
    while (i > from && isSpace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
