package dev.newsdiff.internal.diff;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides whether a wording change leaves the meaning alone: spelling variants (Defence/Defense,
 * emphasised/emphasized), quote marks and apostrophes, dashes, punctuation alone, abbreviated
 * months (Aug./August) and articles. Compares matching forms of copies, never the text itself.
 */
final class Cosmetics {

  private static final Map<String, String> MONTHS =
      Map.ofEntries(
          Map.entry("jan", "january"),
          Map.entry("feb", "february"),
          Map.entry("mar", "march"),
          Map.entry("apr", "april"),
          Map.entry("jun", "june"),
          Map.entry("jul", "july"),
          Map.entry("aug", "august"),
          Map.entry("sep", "september"),
          Map.entry("sept", "september"),
          Map.entry("oct", "october"),
          Map.entry("nov", "november"),
          Map.entry("dec", "december"));

  private static final List<String[]> SPELLINGS =
      List.of(
          new String[] {"defence", "defense"}, new String[] {"offence", "offense"},
          new String[] {"programme", "program"}, new String[] {"centre", "center"},
          new String[] {"metre", "meter"}, new String[] {"kilometre", "kilometer"},
          new String[] {"colour", "color"}, new String[] {"favour", "favor"},
          new String[] {"labour", "labor"}, new String[] {"honour", "honor"},
          new String[] {"neighbour", "neighbor"}, new String[] {"travelled", "traveled"});

  private Cosmetics() {}

  static boolean isCosmetic(List<Token> before, List<Token> after) {
    return key(before).equals(key(after));
  }

  /** What remains of some tokens once cosmetic variation is taken out. */
  static String key(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      String w = t.text();
      if (!Character.isLetterOrDigit(w.charAt(0))) {
        continue; // punctuation, quote marks, dashes
      }
      w = fold(w.toLowerCase(Locale.ROOT)).replace('’', '\'');
      if (w.equals("the") || w.equals("a") || w.equals("an")) {
        continue;
      }
      w = MONTHS.getOrDefault(w, w);
      for (String[] pair : SPELLINGS) {
        w = w.replace(pair[0], pair[1]);
      }
      if (w.indexOf("is", 3)
          >= 0) { // what the pattern needs; most words lack it, and a matcher costs
        w = BRITISH_IS.matcher(w).replaceAll("$1iz$2");
      }
      sb.append(w).append(' ');
    }
    return sb.toString().trim();
  }

  private static String fold(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return MARKS
            .matcher(Normalizer.normalize(s, Normalizer.Form.NFD))
            .replaceAll("")
            .replace('ı', 'i');
      }
    }
    return s;
  }

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
  private static final java.util.regex.Pattern BRITISH_IS =
      java.util.regex.Pattern.compile("([a-z]{3,})is(e|es|ed|ing|ation|ations)$");
}
