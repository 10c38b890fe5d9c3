package dev.newsdiff.internal.text;

import dev.newsdiff.internal.Whitespace;

/**
 * Tells Turkish prose from English text that only names Turkish places and people. Turkish
 * punctuates differently where it matters to a sentence splitter: "1. Lig" is an ordinal, and "..."
 * before a capital mostly ends a sentence.
 */
final class TurkishText {

  /**
   * Share of words that begin in lower case and hold a Turkish letter. Names ("Erdoğan",
   * "Kılıçdaroğlu", "İstanbul") are capitalised, so an English story full of them has almost none;
   * in Turkish prose one word in three or four has one ("yaptığı", "açıklamada", "görüştü").
   */
  private static final double MIN_SHARE = 0.05;

  private static final int MIN_WORDS = 2;

  /** Dotless i, g-breve and s-cedilla: no other language written in Latin letters uses them all. */
  private static final String ONLY_TURKISH = "ığş";

  /** Letters Turkish shares with German or French. */
  private static final String ALSO_TURKISH = "çöü";

  private TurkishText() {}

  static boolean isLikely(CharSequence text) {
    if (!hasAny(text, ONLY_TURKISH)) {
      return false; // the count below needs one of these letters: most text is passed at once
    }
    int words = 0;
    int turkish = 0;
    boolean onlyTurkish = false;
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && Whitespace.isSpace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      words++;
      boolean lowerCase = Character.isLowerCase(firstLetter(text, i));
      boolean only = false;
      boolean also = false;
      while (i < n && !Whitespace.isSpace(text.charAt(i))) {
        only |= ONLY_TURKISH.indexOf(text.charAt(i)) >= 0;
        also |= ALSO_TURKISH.indexOf(text.charAt(i)) >= 0;
        i++;
      }
      if (lowerCase && (only || also)) {
        turkish++;
        onlyTurkish |= only;
      }
    }
    return onlyTurkish && turkish >= MIN_WORDS && turkish >= MIN_SHARE * words;
  }

  private static boolean hasAny(CharSequence text, String letters) {
    for (int i = 0; i < text.length(); i++) {
      if (letters.indexOf(text.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The first letter of the word at {@code i}, past opening quotes and brackets. */
  private static char firstLetter(CharSequence text, int i) {
    for (int j = i; j < text.length() && !Whitespace.isSpace(text.charAt(j)); j++) {
      if (Character.isLetter(text.charAt(j))) {
        return text.charAt(j);
      }
    }
    return ' ';
  }
}
