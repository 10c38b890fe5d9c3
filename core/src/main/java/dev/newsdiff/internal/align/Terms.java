package dev.newsdiff.internal.align;

import dev.newsdiff.internal.text.Stems;
import java.util.ArrayList;
import java.util.List;

/**
 * The matching terms of a stretch of text: stems of content words, numbers as written ("27,000",
 * "2.5"), and a mark for names (capitalised words inside a sentence).
 */
final class Terms {

  /** A term and what kind of evidence it is. */
  record Term(String key, Kind kind) {}

  enum Kind {
    WORD,
    NAME,
    NUMBER
  }

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
    return terms;
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
