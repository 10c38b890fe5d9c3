package dev.newsdiff.internal.ingest;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.model.Span;

/** Splits text into non-blank lines, each trimmed of white space (including no-break spaces). */
final class Lines {

  /** A non-blank line: its trimmed span and text. */
  record Line(Span span, String text) {}

  private Lines() {}

  static ImmutableList<Line> of(String text) {
    ImmutableList.Builder<Line> lines = ImmutableList.builder();
    int n = text.length();
    int lineStart = 0;
    while (lineStart <= n) {
      int lineEnd = lineStart;
      while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      int s = lineStart;
      int e = lineEnd;
      while (s < e && Whitespace.isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && Whitespace.isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        lines.add(new Line(Span.of(s, e), text.substring(s, e)));
      }
      if (lineEnd >= n) {
        break;
      }
      // \r\n counts as one break.
      lineStart =
          lineEnd
              + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n'
                  ? 2
                  : 1);
    }
    return lines.build();
  }
}
