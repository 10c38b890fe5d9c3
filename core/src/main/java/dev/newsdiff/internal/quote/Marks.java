package dev.newsdiff.internal.quote;

import dev.newsdiff.internal.Whitespace;

/**
 * Quotation marks and the context that tells an opening mark from a closing one. Writers mix
 * straight and curly marks and sometimes curl them the wrong way, so the neighbouring characters
 * decide and the glyph only breaks ties.
 */
final class Marks {

  private static final String DOUBLE = "\"“”„‟«»";
  private static final String SINGLE = "'‘’‚‛‹›";
  private static final String BEFORE_OPENING = "([{—–-/:;,";
  private static final String AFTER_CLOSING = ".,;:!?)]}—–-…";

  private Marks() {}

  static boolean isDouble(char c) {
    return DOUBLE.indexOf(c) >= 0;
  }

  static boolean isSingle(char c) {
    return SINGLE.indexOf(c) >= 0;
  }

  static boolean isMark(char c) {
    return isDouble(c) || isSingle(c);
  }

  static boolean curlsOpen(char c) {
    return c == '“' || c == '„' || c == '‟' || c == '«' || c == '‘' || c == '‚' || c == '‛'
        || c == '‹';
  }

  static boolean curlsClose(char c) {
    return c == '”' || c == '»' || c == '’' || c == '›';
  }

  /** Could open a quotation: space or opening punctuation before, a word after. */
  static boolean opensHere(String text, int i, int from, int to) {
    char before = i > from ? text.charAt(i - 1) : ' ';
    char after = i + 1 < to ? text.charAt(i + 1) : ' ';
    boolean spaceBefore =
        Whitespace.isSpace(before) || BEFORE_OPENING.indexOf(before) >= 0 || isMark(before);
    return spaceBefore && !Whitespace.isSpace(after);
  }

  /** Could close a quotation: a word or punctuation before, space or punctuation after. */
  static boolean closesHere(String text, int i, int from, int to) {
    char before = i > from ? text.charAt(i - 1) : ' ';
    char after = i + 1 < to ? text.charAt(i + 1) : ' ';
    boolean spaceAfter =
        Whitespace.isSpace(after) || AFTER_CLOSING.indexOf(after) >= 0 || isMark(after);
    return !Whitespace.isSpace(before) && spaceAfter;
  }
}
