package dev.newsdiff.internal.quote;

import java.util.List;

/**
 * One quotation: one or more segments (a quote may run over several paragraphs, or be broken by its
 * attribution).
 */
record Quotation(List<Segment> segments) {
  Segment first() {
    return segments.get(0);
  }

  Segment last() {
    return segments.get(segments.size() - 1);
  }

  /** The quoted words: fragments joined by a space, the comma an attribution adds dropped. */
  String text(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < segments.size(); i++) {
      String part = segments.get(i).inner().in(text);
      boolean more = i + 1 < segments.size();
      if (part.endsWith(",") && (!more || startsLower(segments.get(i + 1).inner().in(text)))) {
        part = part.substring(0, part.length() - 1).trim();
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(part);
    }
    return sb.toString();
  }

  private static boolean startsLower(String s) {
    return !s.isEmpty() && Character.isLowerCase(s.charAt(0));
  }
}
