package dev.newsdiff.internal.text;

import dev.newsdiff.internal.Whitespace;

/**
 * Decides whether a run of terminal punctuation ends a sentence, from the word before it and the
 * word after it. Answers {@link Decision#UNSURE} where a rule would only guess (an unknown short
 * capitalised word before a period), leaving those to the statistical model.
 */
final class BoundaryRules {

  enum Decision {
    BREAK,
    NO_BREAK,
    UNSURE
  }

  /** Fewer words than this before an abbreviation make a fragment, not a sentence ("At 5 a.m."). */
  private static final int MIN_WORDS_BEFORE_ABBREVIATION_BREAK = 4;

  private BoundaryRules() {}

  /**
   * @param p the paragraph
   * @param sentenceStart where the current sentence began in {@code p}
   * @param runStart first character of the punctuation run
   * @param runEnd end of the punctuation run
   * @param closeEnd end of closing quotes and brackets after the run
   * @param next first non-space character after them
   */
  static Decision decide(
      String p, int sentenceStart, int runStart, int runEnd, int closeEnd, int next) {
    String run = p.substring(runStart, runEnd);
    String word = lastWordOf(Tokens.wordBefore(p, runStart));
    String nextWord = Tokens.wordAt(p, next);
    if (next == closeEnd) {
      return noSpace(p, run, word, runStart, next);
    }
    char first = Tokens.firstAlnum(p, next);
    boolean nextLower = Character.isLowerCase(first);
    boolean nextUpper = Character.isUpperCase(first) || Character.isTitleCase(first);
    boolean nextDigit = Character.isDigit(first);
    boolean starter = SentenceStarters.isStarter(nextWord);

    if (run.indexOf('!') >= 0 || run.indexOf('?') >= 0) {
      return nextLower ? Decision.NO_BREAK : Decision.BREAK;
    }
    int dots = dots(run);
    if (dots >= 4) {
      return nextUpper || nextDigit ? Decision.BREAK : Decision.NO_BREAK;
    }
    if (dots == 3) {
      // An ellipsis mostly marks an omission inside a sentence; only a clear new start ends it.
      return nextUpper && starter && !nextWord.equals("I") ? Decision.BREAK : Decision.NO_BREAK;
    }
    if (nextLower) {
      return Decision.NO_BREAK;
    }
    if (!nextUpper && !nextDigit) {
      return closeEnd > runEnd ? Decision.BREAK : Decision.UNSURE;
    }
    if (closeEnd > runEnd) {
      return Decision.BREAK;
    }
    if (Abbreviations.isInside(word)) {
      return Decision.NO_BREAK;
    }
    if (nextDigit) {
      return Abbreviations.isBeforeNumber(word) ? Decision.NO_BREAK : Decision.BREAK;
    }
    if (Abbreviations.isBeforeName(word)) {
      return Decision.NO_BREAK;
    }
    if (Abbreviations.isMonth(word)) {
      return starter ? Decision.BREAK : Decision.NO_BREAK;
    }
    if (Abbreviations.isInitial(word)
        || Abbreviations.isDotted(word)
        || Abbreviations.isAfterPhrase(word)) {
      int words =
          Whitespace.wordCount(p, sentenceStart, runStart, MIN_WORDS_BEFORE_ABBREVIATION_BREAK);
      if (!starter) {
        // "at 11:52 p.m. Police had …" may end; "at 5 p.m. Friday" may not: the model has seen
        // both.
        boolean timeGoesOn = Abbreviations.isDayOrZone(nextWord); // "5 p.m. Friday", "5 p.m. GMT"
        return Abbreviations.isTime(word)
                && !timeGoesOn
                && words >= MIN_WORDS_BEFORE_ABBREVIATION_BREAK
            ? Decision.UNSURE
            : Decision.NO_BREAK;
      }
      return words >= MIN_WORDS_BEFORE_ABBREVIATION_BREAK ? Decision.BREAK : Decision.NO_BREAK;
    }
    if (mayBeAbbreviation(word)) {
      return Decision.UNSURE;
    }
    return Decision.BREAK;
  }

  /** "world.Today", "1,000.That": a period with no space, then a capitalised word. */
  private static Decision noSpace(String p, String run, String word, int runStart, int next) {
    if (next >= p.length() || runStart == 0) {
      return Decision.NO_BREAK;
    }
    String token = Tokens.tokenAround(p, runStart);
    if (token.contains("@") || token.contains("://") || token.startsWith("www.")) {
      return Decision.NO_BREAK;
    }
    boolean capitalisedWord =
        Character.isUpperCase(p.charAt(next))
            && next + 1 < p.length()
            && Character.isLowerCase(p.charAt(next + 1));
    if (!capitalisedWord) {
      return Decision.NO_BREAK;
    }
    if (run.indexOf('!') >= 0 || run.indexOf('?') >= 0) {
      return Decision.BREAK;
    }
    char before = p.charAt(runStart - 1);
    boolean plainWord =
        word.length() >= 2
            && word.indexOf('.') < 0
            && (Character.isLowerCase(before) || Character.isDigit(before))
            && !Abbreviations.isBeforeName(word)
            && !Abbreviations.isAfterPhrase(word)
            && !Abbreviations.isBeforeNumber(word);
    return run.equals(".") && plainWord ? Decision.BREAK : Decision.NO_BREAK;
  }

  /** "Tuesday.Mr" (no space after a period) is two words; "U.S" is one. */
  private static String lastWordOf(String token) {
    int dot = token.lastIndexOf('.');
    if (dot < 0 || dot == token.length() - 1 || Abbreviations.isDotted(token)) {
      return token;
    }
    return token.substring(dot + 1);
  }

  private static int dots(String run) {
    int dots = 0;
    for (int i = 0; i < run.length(); i++) {
      char c = run.charAt(i);
      if (c == '.') {
        dots++;
      } else if (c == '…') {
        dots += 3;
      }
    }
    return dots;
  }

  /**
   * Short capitalised words ("Calif", "Rome") and very short lower-case ones may be abbreviations
   * we do not list; the model has seen more of them than we have.
   */
  private static boolean mayBeAbbreviation(String word) {
    if (word.isEmpty() || !word.chars().allMatch(Character::isLetter)) {
      return false;
    }
    boolean capitalised = Character.isUpperCase(word.charAt(0));
    boolean allCaps = word.chars().noneMatch(Character::isLowerCase);
    if (capitalised && !allCaps) {
      return word.length() <= 5;
    }
    return !capitalised && word.length() <= 3;
  }
}
