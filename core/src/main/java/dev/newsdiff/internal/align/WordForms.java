package dev.newsdiff.internal.align;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a word used for matching: lower-cased with {@link Locale#ROOT}, accents folded
 * ("Türkiye" and "Turkiye" agree), British and American spellings joined ("defence", "defense"),
 * abbreviated months and number words spelt out. Only copies are changed; the article text never
 * is.
 */
final class WordForms {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern BRITISH_IS =
      Pattern.compile("(.*[a-z])is(e|es|ed|ing|ation|ations)");

  private static final ImmutableMap<String, String> SPELLINGS =
      ImmutableMap.<String, String>builder()
          .put("defence", "defense")
          .put("offence", "offense")
          .put("licence", "license")
          .put("programme", "program")
          .put("programmes", "programs")
          .put("centre", "center")
          .put("centres", "centers")
          .put("metre", "meter")
          .put("metres", "meters")
          .put("kilometre", "kilometer")
          .put("kilometres", "kilometers")
          .put("km", "kilometers")
          .put("kg", "kilograms")
          .put("jan", "january")
          .put("feb", "february")
          .put("mar", "march")
          .put("apr", "april")
          .put("jun", "june")
          .put("jul", "july")
          .put("aug", "august")
          .put("sep", "september")
          .put("sept", "september")
          .put("oct", "october")
          .put("nov", "november")
          .put("dec", "december")
          .put("two", "2")
          .put("three", "3")
          .put("four", "4")
          .put("five", "5")
          .put("six", "6")
          .put("seven", "7")
          .put("eight", "8")
          .put("nine", "9")
          .put("ten", "10")
          .put("eleven", "11")
          .put("twelve", "12")
          .put("thirteen", "13")
          .put("fourteen", "14")
          .put("fifteen", "15")
          .put("sixteen", "16")
          .put("seventeen", "17")
          .put("eighteen", "18")
          .put("nineteen", "19")
          .put("twenty", "20")
          .put("thirty", "30")
          .put("forty", "40")
          .put("fifty", "50")
          .put("sixty", "60")
          .put("seventy", "70")
          .put("eighty", "80")
          .put("ninety", "90")
          .put("hundred", "100")
          .buildOrThrow();

  /** Words that carry no claim of their own. */
  static final ImmutableSet<String> STOPWORDS =
      ImmutableSet.of(
          "a",
          "an",
          "the",
          "and",
          "or",
          "but",
          "nor",
          "of",
          "to",
          "in",
          "on",
          "at",
          "by",
          "for",
          "with",
          "from",
          "as",
          "into",
          "onto",
          "about",
          "over",
          "under",
          "than",
          "that",
          "this",
          "these",
          "those",
          "it",
          "its",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "being",
          "has",
          "have",
          "had",
          "do",
          "does",
          "did",
          "will",
          "would",
          "shall",
          "should",
          "can",
          "could",
          "may",
          "might",
          "must",
          "also",
          "which",
          "who",
          "whom",
          "whose",
          "what",
          "when",
          "where",
          "while",
          "there",
          "their",
          "they",
          "them",
          "he",
          "she",
          "his",
          "her",
          "him",
          "we",
          "our",
          "us",
          "i",
          "my",
          "you",
          "your",
          "said",
          "says",
          "say",
          "told",
          "added",
          "noted",
          "stated",
          "s",
          "so",
          "such",
          "if",
          "all",
          "any",
          "each",
          "both",
          "not",
          "no",
          "yet",
          "still",
          "already",
          "further",
          "more",
          "most",
          "very",
          "just",
          "only",
          "then",
          "now",
          "here",
          "after",
          "before",
          "during",
          "since",
          "until",
          "between",
          "within",
          "without",
          "through",
          "including",
          "according",
          "per",
          "via",
          "other",
          "another",
          "same",
          "well",
          "one");

  private WordForms() {}

  /** The matching form of one word, or "" for a word that carries no claim. */
  static String of(String word) {
    String lower = fold(word.toLowerCase(Locale.ROOT));
    lower = lower.replace('’', '\'');
    if (lower.endsWith("'s")) {
      lower = lower.substring(0, lower.length() - 2);
    }
    String spelt = SPELLINGS.getOrDefault(lower, lower);
    if (!spelt.equals(lower)) {
      lower = spelt;
    } else if (lower.length() > 5 && lower.contains("is")) { // most words have no "is" to respell
      java.util.regex.Matcher m = BRITISH_IS.matcher(lower);
      if (m.matches()) {
        lower = m.group(1) + "iz" + m.group(2); // emphasised → emphasized
      }
    }
    return lower;
  }

  static boolean isStopword(String form) {
    return STOPWORDS.contains(form);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Removes accents: "türkiye" → "turkiye". */
  static String fold(String s) {
    if (isAscii(s)) {
      return s; // nothing to fold, and the common case
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    return MARKS.matcher(d).replaceAll("").replace('ı', 'i');
  }
}
