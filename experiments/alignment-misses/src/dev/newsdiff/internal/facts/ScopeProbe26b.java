package dev.newsdiff.internal.facts;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 26b: the facts package's reading of a figure's scope ({@link Scope#of}), opened to the
 * aligner's figure rule for an experiment (the facts package is not edited): whether a text gives
 * a figure of another period, place, part or earlier tally than the story's own event.
 */
public final class ScopeProbe26b {
  private static final Pattern DIGITS = Pattern.compile("\\d[\\d,.]*");

  private ScopeProbe26b() {}

  public static boolean otherScope(String text) {
    Matcher m = DIGITS.matcher(text);
    while (m.find()) {
      Set<String> marks = Scope.of(text, m.start(), m.end(), true);
      marks.remove(Scope.CONVERSION);
      if (!marks.isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
