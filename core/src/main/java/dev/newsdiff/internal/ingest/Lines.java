package dev.newsdiff.internal.ingest;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.model.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into non-blank lines, each trimmed of white space (including no-break spaces). Above
 * the story, a section label the page printed before its headline on the same line ("Latest News |
 * Quake hits …") is a line of its own.
 */
final class Lines {

  /** A non-blank line: its trimmed span and text. */
  record Line(Span span, String text) {}

  private Lines() {}

  /** "Latest News |", "World |": a label of a word or two, capitalised, before a bar. */
  private static final Pattern LABEL =
      Pattern.compile("(\\p{Lu}[\\p{L}&'’.-]*+(?:\\s+\\p{L}[\\p{L}&'’.-]*+)?\\s*\\|)\\s*(?=\\S)");

  /** A sentence this long has begun the story: no label follows. */
  private static final int STORY_WORDS = 8;

  /** A headline after the label: five words or more, one part, no sentence end. */
  private static final int MIN_TITLE_WORDS = 5;

  /** A headline has at most this many words (as StoryBlock's titles). */
  private static final int MAX_TITLE_WORDS = 30;

  private static boolean isTitle(String rest) {
    int words = Whitespace.wordCount(rest);
    return rest.indexOf('|') < 0
        && words >= MIN_TITLE_WORDS
        && words <= MAX_TITLE_WORDS
        && !LineShapes.endsSentence(rest);
  }

  static ImmutableList<Line> of(String text) {
    ImmutableList.Builder<Line> lines = ImmutableList.builder();
    int n = text.length();
    int lineStart = 0;
    boolean storyBegun = false;
    while (lineStart <= n) {
      int lineEnd = lineStart;
      while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      int s = Whitespace.contentStart(text, lineStart, lineEnd);
      int e = Whitespace.contentEnd(text, s, lineEnd);
      if (s < e) {
        String line = text.substring(s, e);
        Matcher label = LABEL.matcher(line);
        if (!storyBegun && label.lookingAt() && isTitle(line.substring(label.end()))) {
          lines.add(new Line(Span.of(s, s + label.end(1)), label.group(1)));
          lines.add(new Line(Span.of(s + label.end(), e), line.substring(label.end())));
        } else {
          lines.add(new Line(Span.of(s, e), line));
        }
        if (!storyBegun) {
          storyBegun = LineShapes.endsSentence(line) && Whitespace.wordCount(line) >= STORY_WORDS;
        }
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
