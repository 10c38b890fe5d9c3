package dev.newsdiff.internal.text;

import com.google.common.collect.ImmutableSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run-in list ("1. First item 2. Second item", "a) … b) …", "• 9. … • 10. …") starting a
 * paragraph: each item starts a new sentence, and the period of an item number ends nothing. Only
 * consecutive numbering from the paragraph's start counts, so a stray "in 2. The" does not.
 */
final class ListMarkers {

  private static final Pattern MARKER =
      Pattern.compile("(?<![^\\s])([•⁃‣◦▪*–-]\\s*)?(\\d{1,2}|[a-z])(\\.\\)|\\)|\\.)(?=\\s)");

  private static final ListMarkers NONE = new ListMarkers(ImmutableSet.of(), ImmutableSet.of());

  private final ImmutableSet<Integer> cuts;
  private final ImmutableSet<Integer> markerPeriods;

  private ListMarkers(ImmutableSet<Integer> cuts, ImmutableSet<Integer> markerPeriods) {
    this.cuts = cuts;
    this.markerPeriods = markerPeriods;
  }

  static ListMarkers find(String paragraph) {
    ImmutableSet.Builder<Integer> cuts = ImmutableSet.builder();
    ImmutableSet.Builder<Integer> periods = ImmutableSet.builder();
    Matcher m = MARKER.matcher(paragraph);
    if (!m.lookingAt()) {
      return NONE; // a list opens the paragraph: without a marker there, nothing else is searched
    }
    m.reset();
    int expected = -1;
    String style = null;
    int count = 0;
    while (m.find()) {
      int value = valueOf(m.group(2));
      String markStyle = (Character.isDigit(m.group(2).charAt(0)) ? "n" : "a") + m.group(3);
      if (count == 0) {
        if (m.start() != 0) {
          break;
        }
      } else if (value != expected || !markStyle.equals(style)) {
        continue;
      }
      count++;
      expected = value + 1;
      style = markStyle;
      cuts.add(m.start());
      if (m.group(3).startsWith(".")) {
        periods.add(m.start(3));
      }
    }
    return count >= 2 ? new ListMarkers(cuts.build(), periods.build()) : NONE;
  }

  private static int valueOf(String marker) {
    char c = marker.charAt(0);
    return Character.isDigit(c) ? Integer.parseInt(marker) : c - 'a' + 1;
  }

  /** Offsets where a list item starts. */
  ImmutableSet<Integer> cuts() {
    return cuts;
  }

  /** True when the period at {@code offset} belongs to an item number. */
  boolean isMarkerPeriod(int offset) {
    return markerPeriods.contains(offset);
  }
}
