package dev.newsdiff.internal.text;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
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
  static final Pattern GLUED =
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
    for (MatchResult glued : glued(p)) {
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

  /**
   * The matches of {@link #GLUED} in {@code p}, as {@code find()} gives them, the pattern tried
   * only where it can match: a match is a run of lower-case letters that a capital and two more
   * lower-case letters end, and its look-behind fails after a letter. So the pattern is tried at
   * the start of such a run and after each letter outside the basic plane inside it (the
   * look-behind reads the last half of its surrogate pair, which is no letter), not at every
   * character of a long paragraph.
   */
  static List<MatchResult> glued(String p) {
    List<MatchResult> found = new ArrayList<>();
    Matcher glued = GLUED.matcher(p).useTransparentBounds(true);
    int i = 0;
    while (i < p.length()) {
      int runEnd = i;
      while (runEnd < p.length() && isLowerCase(p.codePointAt(runEnd))) {
        runEnd += Character.charCount(p.codePointAt(runEnd));
      }
      if (runEnd == i) {
        i += Character.charCount(p.codePointAt(i));
        continue;
      }
      if (endsWithCapitalisedWord(p, runEnd)) {
        for (int at = i; at < runEnd; at += Character.charCount(p.codePointAt(at))) {
          boolean mayStart = at == i || Character.isSupplementaryCodePoint(p.codePointBefore(at));
          if (mayStart && glued.region(at, p.length()).lookingAt()) {
            found.add(glued.toMatchResult()); // it ends where the run does
            break;
          }
        }
      }
      i = runEnd;
    }
    return found;
  }

  private static boolean isLowerCase(int c) {
    return Character.getType(c) == Character.LOWERCASE_LETTER;
  }

  /** A capital, then two lower-case letters, at {@code at}: what {@link #GLUED} looks ahead for. */
  private static boolean endsWithCapitalisedWord(String p, int at) {
    if (at >= p.length() || Character.getType(p.codePointAt(at)) != Character.UPPERCASE_LETTER) {
      return false;
    }
    int i = at + Character.charCount(p.codePointAt(at));
    for (int n = 0; n < 2; n++) {
      if (i >= p.length() || !isLowerCase(p.codePointAt(i))) {
        return false;
      }
      i += Character.charCount(p.codePointAt(i));
    }
    return true;
  }

  private static boolean opensParagraph(String p, MatchResult m) {
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
