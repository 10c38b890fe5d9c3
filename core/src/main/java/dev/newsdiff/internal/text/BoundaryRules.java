package dev.newsdiff.internal.text;

import com.google.common.collect.ImmutableSet;
import dev.newsdiff.internal.Whitespace;
import java.util.Locale;

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
   * @param turkish whether {@code p} is Turkish prose (see {@link TurkishText})
   */
  static Decision decide(
      String p,
      int sentenceStart,
      int runStart,
      int runEnd,
      int closeEnd,
      int next,
      boolean turkish) {
    String run = p.substring(runStart, runEnd);
    if (next == closeEnd) {
      return noSpace(p, run, runStart, next);
    }
    String word = lastWordOf(Tokens.wordBefore(p, runStart));
    String nextWord = Tokens.wordAt(p, next);
    if (startsWithDash(p, next)) {
      // "Is that the forecast?" -- asked …, "Acme Corp. -- 1.4 million shares": the sentence goes
      // on; a full stop after a plain word is one, and the dash opens an attribution or an item,
      // unless a quotation closed after it: "… in hospital.” – Dr. Ada Okafor, state
      // epidemiologist.
      boolean quoteClosed = Tokens.QUOTE_CLOSERS.indexOf(p.charAt(closeEnd - 1)) >= 0;
      return isPlainWord(word) && run.equals(".") && !(closeEnd > runEnd && quoteClosed)
          ? Decision.BREAK
          : Decision.NO_BREAK;
    }
    if (p.charAt(next) == '(' && closeEnd == runEnd && goesOnAfterBrackets(p, next)) {
      return Decision.NO_BREAK; // "at 7:45 a.m. (2345 GMT) was": the bracket is inside a sentence
    }
    char first = Tokens.firstAlnum(p, next);
    boolean nextLower = Character.isLowerCase(first);
    boolean nextUpper = Character.isUpperCase(first) || Character.isTitleCase(first);
    boolean nextDigit = Character.isDigit(first);
    boolean starter = SentenceStarters.isStarter(nextWord, charAfterWord(p, next, nextWord));

    if (run.indexOf('!') >= 0 || run.indexOf('?') >= 0) {
      return nextLower ? Decision.NO_BREAK : Decision.BREAK;
    }
    int dots = dots(run);
    if (dots >= 4) {
      return nextUpper || nextDigit ? Decision.BREAK : Decision.NO_BREAK;
    }
    if (dots == 3) {
      // An English ellipsis mostly marks an omission inside a sentence, and only a clear new start
      // ends it; Turkish writers end sentences with "..." far more often than they omit words.
      if (turkish) {
        return nextUpper || nextDigit || startsItem(p, next) ? Decision.BREAK : Decision.NO_BREAK;
      }
      return nextUpper && starter && !nextWord.equals("I") ? Decision.BREAK : Decision.NO_BREAK;
    }
    if (dots == 2 && (nextUpper || nextDigit)) {
      return Decision
          .BREAK; // "in the U.S.. Sea Containers": the abbreviation's period, then the end
    }
    if (nextLower) {
      return startsItem(p, next) ? Decision.BREAK : Decision.NO_BREAK;
    }
    if (!nextUpper && !nextDigit) {
      if (Abbreviations.isDotted(word) && Character.getType(first) == Character.CURRENCY_SYMBOL) {
        return Decision.NO_BREAK; // "120 billion yen (U.S. $857 million)"
      }
      return closeEnd > runEnd ? Decision.BREAK : Decision.UNSURE;
    }
    if (closeEnd > runEnd) {
      // "Racine (Wis.) Labor": a bracketed abbreviation inside a sentence, not a bracketed
      // sentence.
      return isBracketedAbbreviation(p, runStart, runEnd, closeEnd) && !starter
          ? Decision.NO_BREAK
          : Decision.BREAK;
    }
    if (Abbreviations.isInside(word)) {
      return Decision.NO_BREAK;
    }
    if (nextDigit) {
      return Abbreviations.isBeforeNumber(word) ? Decision.NO_BREAK : Decision.BREAK;
    }
    if (turkish && isOrdinal(p, runStart)) {
      return Decision.NO_BREAK; // "1. Lig", "2. Ordu": Turkish writes ordinals with a period
    }
    if (Abbreviations.isBeforeName(word)) {
      return Decision.NO_BREAK;
    }
    int words =
        Whitespace.wordCount(p, sentenceStart, runStart, MIN_WORDS_BEFORE_ABBREVIATION_BREAK);
    boolean sentenceBefore = words >= MIN_WORDS_BEFORE_ABBREVIATION_BREAK;
    if (Abbreviations.isMonth(word)) {
      // "on Aug. 13" continues; "sold … Oct. Seats are quoted" starts anew.
      return starter || sentenceBefore ? Decision.BREAK : Decision.NO_BREAK;
    }
    if (Abbreviations.isCompanyForm(word)) {
      boolean nameGoesOn =
          Abbreviations.goesOnAfterCompanyForm(nextWord)
              || Abbreviations.isMonth(nextWord) // "the buy-out of Acme Corp. Oct. 13"
              || isInitialAt(p, next) // "Reiss & Co. B.V."
              || p.charAt(next) == '('; // "Acme Corp. (India)"
      return sentenceBefore && !nameGoesOn ? Decision.BREAK : Decision.NO_BREAK;
    }
    if (Abbreviations.isInitial(word)
        || Abbreviations.isDotted(word)
        || Abbreviations.isAfterPhrase(word)) {
      if (!starter) {
        // "at 11:52 p.m. Police had …" may end; "at 5 p.m. Friday" may not: the model has seen
        // both.
        boolean timeGoesOn = Abbreviations.isDayOrZone(nextWord); // "5 p.m. Friday", "5 p.m. GMT"
        return Abbreviations.isTime(word) && !timeGoesOn && sentenceBefore
            ? Decision.UNSURE
            : Decision.NO_BREAK;
      }
      return sentenceBefore ? Decision.BREAK : Decision.NO_BREAK;
    }
    if (mayBeAbbreviation(word)) {
      // "Ph. D.", "Jos. A. Bank": an initial after a short word we do not know goes on with a name.
      return isInitialAt(p, next) ? Decision.NO_BREAK : Decision.UNSURE;
    }
    return Decision.BREAK;
  }

  /**
   * Whether the words after the bracketed aside opening at {@code open} go on in lower case: "at
   * 7:45 a.m. (2345 GMT Sunday) was magnitude 6.6", "5 p.m. (local time) on Friday". A sentence
   * that begins with a bracket is a bracketed sentence or an aside ("(Reporting by …)").
   */
  private static boolean goesOnAfterBrackets(String p, int open) {
    int close = p.indexOf(')', open);
    if (close < 0 || close - open > MAX_ASIDE_CHARS) {
      return false;
    }
    int after = close + 1;
    while (after < p.length() && Whitespace.isSpace(p.charAt(after))) {
      after++;
    }
    return after > close + 1 && after < p.length() && Character.isLowerCase(p.charAt(after));
  }

  /** How long a bracketed aside inside a sentence may be: "(2345 GMT Sunday)". */
  private static final int MAX_ASIDE_CHARS = 40;

  /** "--", an em dash or an en dash standing as a word: punctuation inside a sentence. */
  private static boolean startsWithDash(String p, int next) {
    char c = p.charAt(next);
    if (c == '—' || c == '–') {
      return true;
    }
    return c == '-' && next + 1 < p.length() && p.charAt(next + 1) == '-';
  }

  /**
   * The key of a footnote or a dashed list item: "a - Discounted rate.", "- Mezhep …". A letter or
   * nothing, then a hyphen between spaces.
   */
  private static boolean startsItem(String p, int next) {
    int dash = next;
    if (dash < p.length() && Character.isLowerCase(p.charAt(dash))) {
      if (dash + 1 >= p.length() || p.charAt(dash + 1) != ' ') {
        return false;
      }
      dash += 2;
    }
    return dash + 1 < p.length() && p.charAt(dash) == '-' && p.charAt(dash + 1) == ' ';
  }

  /** "A. Bank", "B.V.": one capital letter with a period, an initial or a dotted abbreviation. */
  private static boolean isInitialAt(String p, int at) {
    return at + 2 < p.length()
        && Character.isUpperCase(p.charAt(at))
        && p.charAt(at + 1) == '.'
        && (Whitespace.isSpace(p.charAt(at + 2)) || Character.isLetter(p.charAt(at + 2)));
  }

  /** "(Wis.)", "(U.S.A.)": one word with its period alone in brackets. */
  private static boolean isBracketedAbbreviation(String p, int runStart, int runEnd, int closeEnd) {
    if (runEnd - runStart != 1 || closeEnd - runEnd != 1 || p.charAt(runEnd) != ')') {
      return false;
    }
    int start = runStart;
    while (start > 0 && (Character.isLetter(p.charAt(start - 1)) || p.charAt(start - 1) == '.')) {
      start--;
    }
    return start < runStart && start > 0 && p.charAt(start - 1) == '(';
  }

  /** Turkish words after which a number is an amount, not an ordinal: "yüzde 5", "117 bin 378". */
  private static final ImmutableSet<String> BEFORE_AMOUNT =
      ImmutableSet.of("yüzde", "binde", "bin", "milyon", "milyar", "trilyon");

  /**
   * One to three digits standing alone, as a Turkish ordinal ("1.", "22.", "100.") is written: not
   * a figure such as "1,000" or "1.3", nor an amount such as "yüzde 5".
   */
  private static boolean isOrdinal(String p, int runStart) {
    String number = Tokens.wordBefore(p, runStart);
    if (number.isEmpty()
        || number.length() > 3
        || !number.chars().allMatch(Character::isDigit)
        || runStart - number.length() < 1) {
      return false;
    }
    int before = runStart - number.length() - 1;
    String previous = Tokens.wordBefore(p, before).toLowerCase(Locale.ROOT);
    return !BEFORE_AMOUNT.contains(previous);
  }

  /** An ordinary word in lower case, which no abbreviation list needs to know: "award", "jury". */
  private static boolean isPlainWord(String word) {
    return word.length() >= 2
        && word.chars().allMatch(Character::isLetter)
        && word.chars().allMatch(Character::isLowerCase)
        && !Abbreviations.isAfterPhrase(word)
        && !Abbreviations.isInside(word)
        && !Abbreviations.isBeforeNumber(word);
  }

  /** The character right after {@code word} read at {@code start}, or a space at the end. */
  private static char charAfterWord(String p, int start, String word) {
    int at = p.indexOf(word, start) + word.length();
    return word.isEmpty() || at >= p.length() ? ' ' : p.charAt(at);
  }

  /** "world.Today", "1,000.That": a period with no space, then a capitalised word. */
  private static Decision noSpace(String p, String run, int runStart, int next) {
    if (next >= p.length() || runStart == 0) {
      return Decision.NO_BREAK;
    }
    // The cheap test first: a run of figures ("1.2.3.4") has a full stop at every other character.
    boolean capitalisedWord =
        Character.isUpperCase(p.charAt(next))
            && next + 1 < p.length()
            && Character.isLowerCase(p.charAt(next + 1));
    if (!capitalisedWord) {
      return Decision.NO_BREAK;
    }
    String token = Tokens.tokenAround(p, runStart);
    if (token.contains("@") || token.contains("://") || token.startsWith("www.")) {
      return Decision.NO_BREAK;
    }
    String word = lastWordOf(Tokens.wordBefore(p, runStart));
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
