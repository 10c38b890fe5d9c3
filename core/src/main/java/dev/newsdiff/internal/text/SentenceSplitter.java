package dev.newsdiff.internal.text;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.internal.text.BoundaryRules.Decision;
import dev.newsdiff.model.Span;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits English news text into sentences, with offsets into the original text.
 *
 * <p>Rules written for news decide the cases they know (abbreviations such as "Aug. 13", "Rear
 * Adm.", "U.S.", "a.m.", initials, ellipses, run-in lists, quotes and brackets after a full stop);
 * OpenNLP's English sentence model decides the rest. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Span> spans = SentenceSplitter.english().split("Signed on Aug. 13. It took effect.");
 * // [0, 18) "Signed on Aug. 13." and [19, 34) "It took effect."
 * }</pre>
 */
public final class SentenceSplitter {

  private static final SentenceSplitter ENGLISH = new SentenceSplitter();

  private SentenceSplitter() {}

  public static SentenceSplitter english() {
    return ENGLISH;
  }

  /**
   * Loads the sentence model now instead of on the first split. Optional: a program with other
   * start-up work can call this on a background thread, so that its first split does not wait for
   * the model.
   */
  public static void preload() {
    OpenNlpSentences.preload();
  }

  /** The sentences of the whole text. */
  public ImmutableList<Span> split(String text) {
    return split(text, Span.of(0, text.length()));
  }

  /** The sentences inside {@code range} of {@code text}, trimmed of white space. */
  public ImmutableList<Span> split(String text, Span range) {
    checkArgument(
        range.end() <= text.length(), "range %s outside text of length %s", range, text.length());
    String p = text.substring(range.start(), range.end());
    ListMarkers list = ListMarkers.find(p);
    // A run-in list's markers separate its items inside the text and stay with them ("• 9. The
    // first item • 10. …"); a bullet opening a line of its own is layout, like an indent.
    boolean layoutBullets = list.cuts().isEmpty();
    Set<Integer> cuts = new TreeSet<>(boundaries(p, list));
    cuts.add(p.length());
    ImmutableList.Builder<Span> sentences = ImmutableList.builder();
    int from = 0;
    for (int cut : cuts) {
      int s = from;
      int e = cut;
      while (s < e && (Whitespace.isSpace(p.charAt(s)) || layoutBullets && isBullet(p, s))) {
        s++; // "• 24 are close contacts": the bullet marks an item, it is no part of the sentence
      }
      while (e > s && Whitespace.isSpace(p.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        sentences.add(Span.of(range.start() + s, range.start() + e));
      }
      from = cut;
    }
    return sentences.build();
  }

  /** Offsets in {@code p} where a new sentence begins. */
  private static Set<Integer> boundaries(String p, ListMarkers list) {
    Set<Integer> cuts = new TreeSet<>(list.cuts());
    cuts.addAll(LostStops.find(p));
    boolean turkish = TurkishText.isLikely(p);
    int sentenceStart = 0;
    int n = p.length();
    int i = 0;
    while (i < n) {
      char c = p.charAt(i);
      if (!isTerminal(c) || list.isMarkerPeriod(i)) {
        if (!list.cuts().isEmpty() && list.cuts().contains(i)) { // asked at every character
          sentenceStart = i;
        }
        i++;
        continue;
      }
      int runEnd = endOfRun(p, i);
      int closeEnd = runEnd;
      while (closeEnd < n && Tokens.CLOSERS.indexOf(p.charAt(closeEnd)) >= 0) {
        closeEnd++;
      }
      int next = closeEnd;
      while (next < n && Whitespace.isSpace(p.charAt(next))) {
        next++;
      }
      if (next >= n) {
        break;
      }
      Decision decision =
          BoundaryRules.decide(p, sentenceStart, i, runEnd, closeEnd, next, turkish);
      if (decision == Decision.UNSURE) {
        decision =
            OpenNlpSentences.endsSentenceBetween(p, i + 1, next)
                ? Decision.BREAK
                : Decision.NO_BREAK;
      }
      if (decision == Decision.BREAK) {
        cuts.add(closeEnd);
        sentenceStart = next;
      }
      i = Math.max(closeEnd, i + 1);
    }
    return cuts;
  }

  /** A bullet glyph standing before a space: "• ", "▪ ". */
  private static boolean isBullet(String p, int i) {
    return BULLETS.indexOf(p.charAt(i)) >= 0
        && i + 1 < p.length()
        && Whitespace.isSpace(p.charAt(i + 1));
  }

  private static final String BULLETS = "•◦▪▫‣⁃●■►";

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  /** A run of terminal marks, including spaced ellipses (". . ."). */
  private static int endOfRun(String p, int i) {
    int j = i;
    while (j < p.length()) {
      char c = p.charAt(j);
      if (isTerminal(c)) {
        j++;
      } else if (c == ' '
          && j + 1 < p.length()
          && p.charAt(j + 1) == '.'
          && p.charAt(j - 1) == '.') {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }
}
