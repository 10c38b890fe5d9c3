package dev.newsdiff.internal.facts;

import dev.newsdiff.internal.Whitespace;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether two outlets name one person differently enough to tell a reader something is wrong: the
 * same surname with given names a letter apart ("Roberta Jacobson" against "Robert Jacobson", "Jon
 * Reyes" against "John Reyes") names someone else, or misspells the name. Spellings of one name in
 * different transliterations are not conflicts: accents ("José López" / "Jose Lopez") and a doubled
 * letter ("Mohamed" / "Mohammed") and a vowel for another ("Muhammad" / "Muhammed") are set aside,
 * and only a given name of three letters or more is read (initials differ by style). A surname that
 * differs is left alone: transliterations of surnames differ by a letter more often than outlets
 * misspell them ("Zelenskiy" / "Zelensky").
 */
final class NameConflicts {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private static final int MIN_GIVEN_NAME = 3;

  private static final String VOWELS = "aeiouy";

  private NameConflicts() {}

  /** Whether person names {@code a} and {@code b} (as written) disagree, as the class says. */
  static boolean disagree(String a, String b) {
    if (surnamesDifferPlainly(a, b)) {
      return false; // most pairs of names, told apart without folding them
    }
    List<String> x = Whitespace.words(fold(a));
    List<String> y = Whitespace.words(fold(b));
    if (x.size() < 2 || y.size() < 2 || !x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
      return false;
    }
    String gx = x.get(0);
    String gy = y.get(0);
    return gx.length() >= MIN_GIVEN_NAME
        && gy.length() >= MIN_GIVEN_NAME
        && isLetters(gx)
        && isLetters(gy)
        && oneLetterApart(gx, gy);
  }

  /** The last word of a name, lower-cased without accents: names that may disagree share it. */
  static String surname(String name) {
    List<String> words = Whitespace.words(fold(name));
    return words.isEmpty() ? "" : words.get(words.size() - 1);
  }

  /** Two last words in ASCII letters that differ other than by case. */
  private static boolean surnamesDifferPlainly(String a, String b) {
    String x = a.substring(a.lastIndexOf(' ') + 1);
    String y = b.substring(b.lastIndexOf(' ') + 1);
    return isAscii(x) && isAscii(y) && !x.equalsIgnoreCase(y);
  }

  private static boolean isAscii(String word) {
    return word.chars().allMatch(c -> c < 0x80);
  }

  /** Lower-cased without accents, for matching only. */
  private static String fold(String name) {
    return MARKS
        .matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
        .replaceAll("")
        .toLowerCase(Locale.ROOT);
  }

  private static boolean isLetters(String word) {
    return word.codePoints().allMatch(Character::isLetter);
  }

  /**
   * One letter added, dropped or changed, unless the letter added doubles its neighbour or a vowel
   * stands for another: "robert" / "roberta", "jon" / "john" and "mark" / "mary" are a letter
   * apart; "mohamed" / "mohammed" and "muhammad" / "muhammed" are one name transliterated.
   */
  static boolean oneLetterApart(String a, String b) {
    if (a.length() == b.length()) {
      int diffs = 0;
      boolean vowels = true;
      for (int i = 0; i < a.length(); i++) {
        if (a.charAt(i) != b.charAt(i)) {
          diffs++;
          vowels &= VOWELS.indexOf(a.charAt(i)) >= 0 && VOWELS.indexOf(b.charAt(i)) >= 0;
        }
      }
      return diffs == 1 && !vowels;
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    if (longer.length() != shorter.length() + 1) {
      return false;
    }
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    if (!longer.substring(i + 1).equals(shorter.substring(i))) {
      return false;
    }
    char added = longer.charAt(i);
    boolean doubles =
        i > 0 && longer.charAt(i - 1) == added
            || i + 1 < longer.length() && longer.charAt(i + 1) == added;
    return !doubles;
  }
}
