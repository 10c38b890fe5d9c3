package dev.newsdiff.internal.align;

import dev.newsdiff.internal.text.Stems;
import java.util.ArrayList;
import java.util.List;

/**
 * The matching terms of a stretch of text: stems of content words, numbers as written ("27,000",
 * "2.5"), a mark for names (capitalised words inside a sentence), and figures of a kind (a number
 * next to something news counts: "#killed" for "26 killed" and for "killing 24").
 */
final class Terms {

  /** A term and what kind of evidence it is. */
  record Term(String key, Kind kind) {}

  enum Kind {
    WORD,
    NAME,
    NUMBER,
    /** A figure of a kind: a number next to what it counts ("26 killed", "injuring 13"). */
    FIGURE
  }

  /** How many terms either side of a number are searched for what it counts. */
  private static final int FIGURE_REACH = 2;

  private Terms() {}

  static List<Term> of(String text, int from, int to, Stems stems) {
    List<Term> terms = new ArrayList<>();
    int i = from;
    boolean first = true;
    while (i < to) {
      char c = text.charAt(i);
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
      add(terms, word, first, stems);
      first = false;
      i = j;
    }
    return withFigures(terms);
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
