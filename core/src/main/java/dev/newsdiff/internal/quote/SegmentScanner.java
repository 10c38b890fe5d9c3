package dev.newsdiff.internal.quote;

import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Pairs quotation marks within one paragraph. Double marks are paired first; single marks are
 * paired only outside double quotes (inside, they are nested quotes that belong to the outer one)
 * and only where a closing mark cannot be an apostrophe ("Syria’s", "troops' ").
 */
final class SegmentScanner {

  /** A single-quoted stretch longer than this is more likely two apostrophes than a quote. */
  private static final int MAX_SINGLE_QUOTE_WORDS = 12;

  private SegmentScanner() {}

  static List<Segment> scan(String text, Span paragraph, int index) {
    List<Segment> segments = new ArrayList<>(doubles(text, paragraph, index));
    segments.addAll(singles(text, paragraph, index, segments));
    segments.sort((a, b) -> Integer.compare(a.open(), b.open()));
    return segments;
  }

  private static List<Segment> doubles(String text, Span p, int index) {
    List<Segment> out = new ArrayList<>();
    int from = p.start();
    int to = p.end();
    int openAt = -1;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (openAt >= 0 && closesWithTwoApostrophes(text, i, from, to)) {
        // "We have deployed boats,'' she said: typewriter copy closes with two apostrophes
        out.add(segment(text, openAt, i + 2, 2, true, false, index));
        openAt = -1;
        i++;
        continue;
      }
      if (!Marks.isDouble(c)) {
        continue;
      }
      boolean opens = Marks.opensHere(text, i, from, to);
      boolean closes = Marks.closesHere(text, i, from, to);
      if (opens && closes || !opens && !closes) {
        // The context cannot tell; the glyph, or failing that the state, decides.
        opens = Marks.curlsOpen(c) || (!Marks.curlsClose(c) && openAt < 0);
        closes = !opens;
      }
      if (openAt < 0 && opens) {
        openAt = i;
      } else if (openAt >= 0 && closes) {
        out.add(segment(text, openAt, i + 1, true, false, index));
        openAt = -1;
      } else if (openAt >= 0) {
        // An opening mark inside an open quote: the previous one was never closed.
        out.add(segment(text, openAt, i, false, false, index));
        openAt = i;
      }
    }
    if (openAt >= 0) {
      int attribution = closingAttribution(text, openAt, to);
      out.add(
          attribution < 0
              ? segment(text, openAt, to, false, false, index)
              : segment(text, openAt, attribution, 0, true, false, index));
    }
    return out;
  }

  /**
   * Where a quotation whose closing mark was left out ends at its attribution closing the paragraph
   * ("“One pump failed, Okafor said."): the last comma, when only a short attribution follows it;
   * -1 otherwise.
   */
  private static int closingAttribution(String text, int open, int to) {
    int last = to;
    while (last > open && Whitespace.isSpace(text.charAt(last - 1))) {
      last--;
    }
    int stop = last - 1; // the full stop
    if (stop <= open || text.charAt(stop) != '.') {
      return -1;
    }
    int comma = text.lastIndexOf(',', stop);
    if (comma <= open || stop - comma > MAX_ATTRIBUTION_CHARS) {
      return -1;
    }
    return MentionFinder.after(text, comma + 1, stop)
        .filter(m -> text.substring(Math.max(m.span().end(), m.cueSpan().end()), stop).isBlank())
        .map(m -> comma)
        .orElse(-1);
  }

  /** How long an attribution closing a paragraph may be: ", the mine's safety officer said." */
  private static final int MAX_ATTRIBUTION_CHARS = 60;

  private static List<Segment> singles(String text, Span p, int index, List<Segment> doubles) {
    List<Segment> out = new ArrayList<>();
    int from = p.start();
    int to = p.end();
    // The double-quoted segments come in order and do not overlap, and i only grows: one pointer
    // says whether i lies inside one (asking each of them again for every mark was quadratic in a
    // long paragraph).
    int nextDouble = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '\'' && c != '‘') {
        continue;
      }
      while (nextDouble < doubles.size() && doubles.get(nextDouble).close() <= i) {
        nextDouble++;
      }
      boolean insideDouble = nextDouble < doubles.size() && doubles.get(nextDouble).open() < i;
      if (insideDouble || !Marks.opensHere(text, i, from, to)) {
        continue;
      }
      if (i + 1 >= to || !Character.isLetter(text.charAt(i + 1))) {
        continue; // '90s, ' …
      }
      int words = 0;
      for (int j = i + 1; j < to && words <= MAX_SINGLE_QUOTE_WORDS; j++) {
        char d = text.charAt(j);
        if (Whitespace.isSpace(d)) {
          words++;
        }
        if (Marks.isDouble(d)) {
          break;
        }
        if ((d == '\'' || d == '’')
            && Marks.closesHere(text, j, from, to)
            && !(j + 1 < to && Character.isLetter(text.charAt(j + 1)))) {
          out.add(segment(text, i, j + 1, true, true, index));
          i = j;
          break;
        }
      }
    }
    return out;
  }

  /**
   * A paragraph that goes on with a quotation opened in an earlier one, its opening mark left out
   * ("I was elected to manage this City, … safe parks for our kids,” said Mayor Tom Brand."): the
   * words from the paragraph's start to its first double mark, when that mark closes the words
   * before it; null when the paragraph has no double mark, or its first one opens a quote.
   */
  static @Nullable Segment continuation(String text, Span p, int index) {
    int from = p.start();
    int to = p.end();
    while (from < to && Whitespace.isSpace(text.charAt(from))) {
      from++;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Marks.isDouble(c)) {
        continue;
      }
      boolean opens = Marks.opensHere(text, i, p.start(), to);
      boolean closes = Marks.closesHere(text, i, p.start(), to);
      boolean closing = closes && (!opens || Marks.curlsClose(c));
      if (i == from || !closing || ".,!?;".indexOf(text.charAt(i - 1)) < 0) {
        return null;
      }
      int e = i;
      while (e > from && Whitespace.isSpace(text.charAt(e - 1))) {
        e--;
      }
      return new Segment(from, i + 1, Span.of(from, e), true, false, index);
    }
    return null;
  }

  private static boolean closesWithTwoApostrophes(String text, int i, int from, int to) {
    return i + 1 < to
        && text.charAt(i) == '\''
        && text.charAt(i + 1) == '\''
        && i > from
        && !Whitespace.isSpace(text.charAt(i - 1))
        && Marks.closesHere(text, i + 1, from, to);
  }

  private static Segment segment(
      String text, int open, int close, boolean closed, boolean single, int index) {
    return segment(text, open, close, 1, closed, single, index);
  }

  private static Segment segment(
      String text, int open, int close, int closeWidth, boolean closed, boolean single, int index) {
    int end = closed ? close - closeWidth : close;
    int s = Whitespace.contentStart(text, open + 1, end);
    int e = Whitespace.contentEnd(text, s, end);
    return new Segment(open, close, Span.of(s, e), closed, single, index);
  }
}
