package dev.newsdiff.text;

/**
 * White space as Java's {@code \s} sees it (space, tab, line feed, vertical tab, form feed,
 * carriage return), handled with plain loops: these run on every sentence of every report and
 * derivation, where a pattern spends most of its time trying positions that hold no space.
 */
public final class Whitespace {

  private Whitespace() {}

  /** What {@code \s} matches. */
  static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The words {@code s.trim().split("\\s+")} finds. */
  public static int wordCount(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) <= ' ') { // what trim() drops
      start++;
    }
    while (end > start && s.charAt(end - 1) <= ' ') {
      end--;
    }
    int count = 0;
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      boolean space = isSpace(s.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  /** {@code s} with every run of white space made one space: {@code s.replaceAll("\\s+", " ")}. */
  public static String collapse(String s) {
    int i = 0; // the first place that changes: a space other than ' ', or two spaces in a row
    while (i < s.length() && !changesAt(s, i)) {
      i++;
    }
    if (i == s.length()) {
      return s; // already collapsed: the common case
    }
    StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
    while (i < s.length()) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        out.append(' ');
        while (i < s.length() && isSpace(s.charAt(i))) {
          i++;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean changesAt(String s, int i) {
    char c = s.charAt(i);
    return isSpace(c) && (c != ' ' || i + 1 < s.length() && isSpace(s.charAt(i + 1)));
  }
}
