package dev.newsdiff.internal.align;

import com.google.common.collect.ImmutableMap;
import dev.newsdiff.internal.Whitespace;
import dev.newsdiff.internal.text.Stems;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matching terms of a stretch of text: stems of content words, numbers as written ("27,000",
 * "2.5"; "150m" as 150 and metres), a mark for names (capitalised words inside a sentence), and
 * figures of a kind (a number next to something news counts: "#killed" for "26 killed" and for
 * "killing 24"). A bracketed conversion ("(164 yards)") gives no terms, and the words of a closing
 * attribution (", police said") are marked as such.
 */
final class Terms {

  /** A term and what kind of evidence it is. */
  record Term(String key, Kind kind) {}

  enum Kind {
    /** A word of a closing attribution (", police said"): weak evidence, outlets name sources. */
    ATTRIBUTION,
    WORD,
    NAME,
    NUMBER,
    /** A figure of a kind: a number next to what it counts ("26 killed", "injuring 13"). */
    FIGURE
  }

  /** How many terms either side of a number are searched for what it counts. */
  private static final int FIGURE_REACH = 2;

  /**
   * Units written onto their figure ("150m", "100km", "8am"), as the word the spelt-out unit gives,
   * or "" for those that add nothing (times of day, ordinals, decades). "m" after a currency sign
   * is a million.
   */
  private static final ImmutableMap<String, String> GLUED_UNITS =
      ImmutableMap.<String, String>builder()
          .put("m", "meters")
          .put("km", "kilometers")
          .put("kg", "kilograms")
          .put("cm", "centimeters")
          .put("mm", "millimeters")
          .put("ft", "feet")
          .put("mph", "mph")
          .put("kph", "kph")
          .put("bn", "billion")
          .put("am", "")
          .put("pm", "")
          .put("st", "")
          .put("nd", "")
          .put("rd", "")
          .put("th", "")
          .put("s", "")
          .buildOrThrow();

  private static final String CURRENCY_SIGNS = "$£€¥";

  /** A bracketed conversion is short: a figure and at most two more words. */
  private static final int CONVERSION_WORDS = 3;

  private static final int CONVERSION_CHARS = 30;

  /**
   * Who said it, closing a sentence: ", police said.", ", state television reported on Friday.", ",
   * according to the ministry." One outlet names its source, another does not or names another, so
   * these words count little ({@link Kind#ATTRIBUTION}).
   */
  private static final Pattern ATTRIBUTION_TAIL =
      Pattern.compile(
          ",\\s+(?:according\\s+to\\s+[^,;\"“”]{1,80}"
              + "|[^,;\"“”]{1,80}?\\b(?:said|says|reported|reports|announced|stated|confirmed"
              + "|told\\s+[^,;\"“”]{1,40}|cited\\s+[^,;\"“”]{1,40})"
              + "(?:\\s+[^,;\"“”\\s]+){0,4})\\s*[.!?]?\\s*$");

  /** An attribution is read in the last characters of a stretch only: it is short. */
  private static final int TAIL_CHARS = 160;

  /** A stretch keeps its attribution at full weight when little else is left. */
  private static final int MIN_WORDS_BEFORE_TAIL = 5;

  private Terms() {}

  static List<Term> of(String text, int from, int to, Stems stems) {
    int tail = attributionStart(text, from, to);
    List<Term> terms = new ArrayList<>();
    int i = from;
    boolean first = true;
    while (i < to) {
      char c = text.charAt(i);
      int conversionEnd = c == '(' ? conversionEnd(text, i, to) : -1;
      if (conversionEnd > 0) {
        i = conversionEnd; // "150 metres (164 yards)": the same figure again, in other units
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < to) {
        char d = text.charAt(j);
        boolean inner =
            (d == '.' || d == ',' || d == '\'' || d == '’')
                && j + 1 < to
                && Character.isLetterOrDigit(text.charAt(j + 1))
                && (d != ','
                    || Character.isDigit(text.charAt(j - 1))
                        && Character.isDigit(text.charAt(j + 1)));
        if (Character.isLetterOrDigit(d) || inner) {
          j++;
        } else {
          break;
        }
      }
      String word = text.substring(i, j);
      int before = terms.size();
      int digits = leadingNumber(word);
      String unit =
          digits > 0 && digits < word.length()
              ? GLUED_UNITS.get(word.substring(digits).toLowerCase(Locale.ROOT))
              : null;
      if (unit != null) {
        terms.add(new Term(word.substring(0, digits).replace(",", ""), Kind.NUMBER));
        boolean money = i > 0 && CURRENCY_SIGNS.indexOf(text.charAt(i - 1)) >= 0;
        if (!unit.isEmpty()) {
          add(terms, money && unit.equals("meters") ? "million" : unit, false, stems);
        }
      } else {
        add(terms, word, first, stems);
      }
      if (i >= tail) {
        for (int k = before; k < terms.size(); k++) {
          terms.set(k, new Term(terms.get(k).key(), Kind.ATTRIBUTION));
        }
      }
      first = false;
      i = j;
    }
    return withFigures(terms);
  }

  /** How many characters of a figure open {@code word} ("1,200" of "1,200km"); 0 for none. */
  private static int leadingNumber(String word) {
    int k = 0;
    while (k < word.length()
        && (Character.isDigit(word.charAt(k))
            || k > 0
                && (word.charAt(k) == '.' || word.charAt(k) == ',')
                && k + 1 < word.length()
                && Character.isDigit(word.charAt(k + 1)))) {
      k++;
    }
    return k;
  }

  /**
   * Where a bracketed conversion opening at {@code open} ends (after its closing bracket): a figure
   * and at most two more words, "(164 yards)", "(500-foot)", "(1600 GMT)"; -1 for any other
   * bracket.
   */
  private static int conversionEnd(String text, int open, int to) {
    int close = text.indexOf(')', open);
    if (close < 0 || close >= to || close - open > CONVERSION_CHARS) {
      return -1;
    }
    String inside = text.substring(open + 1, close).strip();
    return !inside.isEmpty()
            && Character.isDigit(inside.charAt(0))
            && inside.split("[\\s-]+").length <= CONVERSION_WORDS
        ? close + 1
        : -1;
  }

  /** Where an attribution closing the stretch starts, or {@code to} when there is none. */
  private static int attributionStart(String text, int from, int to) {
    Matcher m = ATTRIBUTION_TAIL.matcher(text).region(Math.max(from, to - TAIL_CHARS), to);
    if (!m.find()) {
      return to;
    }
    int start = m.start();
    return Whitespace.wordCount(text.substring(from, start)) >= MIN_WORDS_BEFORE_TAIL ? start : to;
  }

  /**
   * Adds a figure term for each number next to a thing news counts: outlets that give different
   * tolls ("at least 24 people died", "killing 26") state the same fact, and that is where
   * conflicts live, so the kind of figure matches even when the figures do not.
   */
  private static List<Term> withFigures(List<Term> terms) {
    List<Term> out = new ArrayList<>(terms);
    for (int k = 0; k < terms.size(); k++) {
      if (terms.get(k).kind() != Kind.NUMBER) {
        continue;
      }
      for (int d = 1; d <= FIGURE_REACH; d++) {
        String counted = concept(terms, k + d);
        if (counted == null) {
          counted = concept(terms, k - d);
        }
        if (counted != null) {
          out.add(new Term("#" + counted, Kind.FIGURE));
          break;
        }
      }
    }
    return out;
  }

  private static String concept(List<Term> terms, int k) {
    if (k < 0 || k >= terms.size()) {
      return null;
    }
    Term t = terms.get(k);
    return t.kind() == Kind.WORD && Thesaurus.isCounted(t.key()) ? t.key() : null;
  }

  private static void add(List<Term> terms, String word, boolean sentenceStart, Stems stems) {
    if (Character.isDigit(word.charAt(0))) {
      terms.add(new Term(word.replace(",", ""), Kind.NUMBER));
      return;
    }
    String form = WordForms.of(word.replace(".", ""));
    if (form.isEmpty() || WordForms.isStopword(form)) {
      return;
    }
    if (Character.isDigit(form.charAt(0))) {
      terms.add(new Term(form, Kind.NUMBER)); // "forty" → 40
      return;
    }
    boolean name = !sentenceStart && Character.isUpperCase(word.charAt(0));
    String stem = stems.stem(form);
    String concept = name ? null : Thesaurus.conceptOf(stem);
    terms.add(new Term(concept != null ? concept : stem, name ? Kind.NAME : Kind.WORD));
  }
}
