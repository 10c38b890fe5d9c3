package dev.newsdiff.internal.text;

import dev.newsdiff.internal.Whitespace;

/** Small helpers for looking at the words around an offset in a paragraph. */
final class Tokens {

  static final String OPENERS = "\"'“‘«„([{";
  static final String CLOSERS = "\"'”’»)]}";

  /** The closing marks of {@link #CLOSERS} that close a quotation. */
  static final String QUOTE_CLOSERS = "\"'”’»";

  /**
   * How far to look around an offset for the word there. A "word" longer than this is no
   * abbreviation or name, and looking further on a line without spaces would be quadratic.
   */
  static final int MAX_WORD = 64;

  private Tokens() {}

  /** The word that ends at {@code end}, without opening quotes or brackets: "U.S" in "(U.S.". */
  static String wordBefore(String p, int end) {
    int start = end;
    while (start > 0 && end - start < MAX_WORD && !Whitespace.isSpace(p.charAt(start - 1))) {
      start--;
    }
    while (start < end && OPENERS.indexOf(p.charAt(start)) >= 0) {
      start++;
    }
    return p.substring(start, end);
  }

  /** The word starting at {@code start}, without surrounding quotes, brackets or punctuation. */
  static String wordAt(String p, int start) {
    int s = start;
    while (s < p.length() && OPENERS.indexOf(p.charAt(s)) >= 0) {
      s++;
    }
    int e = s;
    while (e < p.length()
        && e - s < MAX_WORD
        && (Character.isLetterOrDigit(p.charAt(e)) || p.charAt(e) == '\'' || p.charAt(e) == '’')) {
      e++;
    }
    return p.substring(s, e);
  }

  /** The whole run of non-space characters around {@code offset}. */
  static String tokenAround(String p, int offset) {
    int s = offset;
    while (s > 0 && offset - s < MAX_WORD && !Whitespace.isSpace(p.charAt(s - 1))) {
      s--;
    }
    int e = offset;
    while (e < p.length() && e - offset < MAX_WORD && !Whitespace.isSpace(p.charAt(e))) {
      e++;
    }
    return p.substring(s, e);
  }

  /** The first letter or digit at or after {@code from}, skipping opening quotes and brackets. */
  static char firstAlnum(String p, int from) {
    for (int i = from; i < p.length(); i++) {
      char c = p.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return c;
      }
      if (OPENERS.indexOf(c) < 0) {
        return c;
      }
    }
    return ' ';
  }
}
