package dev.newsdiff.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens text for display on a boundary between what a reader sees as characters (grapheme
 * clusters: a letter with its accents, a flag, an emoji joined from several), never inside one.
 * Cutting a string at a fixed {@code char} index can split a surrogate pair, which leaves half an
 * emoji that no UTF-8 writer will encode: the whole report then cannot be written. Every report
 * that shortens text does it here.
 */
final class Shortening {

  /** One extended grapheme cluster (UAX #29): emoji joined with ZWJ included since Java 15. */
  private static final Pattern GRAPHEME = Pattern.compile("\\X");

  private Shortening() {}

  /**
   * {@code s} itself when it is at most {@code longest} chars long, else as many of its first
   * grapheme clusters as fit in {@code keep} chars followed by {@code mark}.
   */
  static String shorten(String s, int longest, int keep, String mark) {
    if (s.length() <= longest) {
      return s;
    }
    return s.substring(0, boundaryAtOrBefore(s, keep)) + mark;
  }

  /** The last grapheme boundary of {@code s} at or before {@code index}. */
  static int boundaryAtOrBefore(String s, int index) {
    Matcher m = GRAPHEME.matcher(s);
    int boundary = 0;
    // A cluster can be very long (a letter with thousands of combining marks): matching from the
    // start visits each char once, and stops at the first cluster past the index.
    while (m.find() && m.end() <= index) {
      boundary = m.end();
    }
    return boundary;
  }
}
