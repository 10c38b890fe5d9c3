package dev.newsdiff.internal.ingest;

import com.google.common.base.CharMatcher;
import dev.newsdiff.internal.Whitespace;
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

  /** An item of a bulleted list: "• 24 are close contacts". */
  static boolean isBulleted(String text) {
    String t = text.strip();
    return t.length() > 2
        && "•◦▪▫‣⁃●■►".indexOf(t.charAt(0)) >= 0
        && Whitespace.isSpace(t.charAt(1));
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
