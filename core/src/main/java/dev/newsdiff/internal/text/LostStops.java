package dev.newsdiff.internal.text;

import com.google.common.collect.ImmutableSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a sentence starts without a full stop before it, as pages that lost a paragraph break or a
 * stop print it: a word glued to a sentence's opening word ("according to the statementNotably,
 * Murmu's visit"), a label glued to the paragraph's first sentence ("measlesCases have been
 * reported"), or a sentence adverb with its comma after a word in lower case ("according to the
 * statement Notably, Murmu's visit"). A capitalised sentence adverb never goes on a sentence, and
 * names glued in this way ("iPhone", "eBay", "McDonald", "wikiHow") open with fewer than five
 * lower-case letters; inside a sentence, a typo's glued words ("paraTürkiye") go on with it.
 */
final class LostStops {

  /** Five lower-case letters or more glued to a capitalised word, at the start of a token. */
  private static final Pattern GLUED =
      Pattern.compile("(?<![\\p{L}\\p{N}/@#._:-])\\p{Ll}{5,}(?=(\\p{Lu}\\p{Ll}{2,}))");

  /**
   * A capitalised sentence adverb and its comma right after a word in lower case or a figure. The
   * space comes first and the look-behind after it: a search then tries the look-behind at spaces
   * only, not at every character (half the time on a 1 MB article).
   */
  private static final Pattern ADVERB = Pattern.compile(" (?<=[\\p{Ll}\\p{N}] )(\\p{Lu}\\p{Ll}+),");

  /** Sentence adverbs that open a sentence and are nobody's name. */
  private static final ImmutableSet<String> ADVERBS =
      ImmutableSet.of(
          "Notably",
          "However",
          "Meanwhile",
          "Moreover",
          "Furthermore",
          "Additionally",
          "Separately",
          "Nevertheless",
          "Nonetheless",
          "Similarly",
          "Likewise",
          "Previously",
          "Earlier",
          "Subsequently",
          "Consequently",
          "Therefore",
          "Overall",
          "Ultimately",
          "Interestingly",
          "Importantly",
          "Incidentally",
          "Besides",
          "Instead",
          "Currently");

  private LostStops() {}

  /** Offsets in {@code p} where a sentence starts with no stop before it. */
  static ImmutableSet<Integer> find(String p) {
    ImmutableSet.Builder<Integer> cuts = ImmutableSet.builder();
    Matcher glued = GLUED.matcher(p);
    while (glued.find()) {
      // A word glued to a sentence's opening word, or a label glued to the paragraph's first
      // sentence; inside a sentence, a typo's glued words ("için Türkiye") go on with it.
      String next = glued.group(1);
      boolean opens =
          SentenceStarters.isStarter(next) || ADVERBS.contains(next) || opensParagraph(p, glued);
      if (opens && isPlainToken(p, glued.start())) {
        cuts.add(glued.end());
      }
    }
    Matcher adverb = ADVERB.matcher(p);
    while (adverb.find()) {
      if (ADVERBS.contains(adverb.group(1))) {
        cuts.add(adverb.start(1));
      }
    }
    return cuts.build();
  }

  private static boolean opensParagraph(String p, Matcher m) {
    return p.substring(0, m.start()).isBlank();
  }

  /** A token of letters only, not part of a web address, handle or hashtag: "measlesCases". */
  private static boolean isPlainToken(String p, int start) {
    int end = start;
    while (end < p.length() && !Character.isWhitespace(p.charAt(end))) {
      end++;
    }
    String token = p.substring(start, end);
    return token.indexOf('/') < 0 && token.indexOf('@') < 0 && !token.contains(".com");
  }
}
