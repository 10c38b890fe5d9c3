package dev.newsdiff.internal.align;

import dev.newsdiff.internal.align.Terms.Kind;

/**
 * What two texts share, by kind of evidence: the features of a pair that a score folds into one
 * number. Rare shared words count more (their weight is the IDF over the texts compared).
 *
 * @param words the summed weight of the content words both carry
 * @param names names both carry
 * @param numbers figures of the same value both carry
 * @param figures kinds of figure both carry ("#killed" for "12 killed" and "19 died")
 * @param paraphrases shared terms that are one concept of the thesaurus worded alike or not
 * @param numbersA numbers of the first text
 * @param numbersB numbers of the second text
 * @param namesA names of the first text
 * @param namesB names of the second text
 * @param termsA terms of the first text
 * @param termsB terms of the second text
 */
record SharedTerms(
    double words,
    int names,
    int numbers,
    int figures,
    int paraphrases,
    int numbersA,
    int numbersB,
    int namesA,
    int namesB,
    int termsA,
    int termsB) {

  /** A scorer that can tell what two of its texts share. */
  interface Source {
    SharedTerms shared(int a, int b);
  }

  /** Counts the terms of the two texts, then those they share. */
  static final class Builder {
    private double words;
    private int names;
    private int numbers;
    private int figures;
    private int paraphrases;
    private int numbersA;
    private int numbersB;
    private int namesA;
    private int namesB;
    private int termsA;
    private int termsB;

    void inFirst(Kind kind) {
      termsA++;
      numbersA += kind == Kind.NUMBER ? 1 : 0;
      namesA += kind == Kind.NAME ? 1 : 0;
    }

    void inSecond(Kind kind) {
      termsB++;
      numbersB += kind == Kind.NUMBER ? 1 : 0;
      namesB += kind == Kind.NAME ? 1 : 0;
    }

    /** A term both texts carry, with the smaller of its two weights. */
    void both(Kind kind, double weight, boolean paraphrase) {
      switch (kind) {
        case WORD -> words += weight;
        case NAME -> names++;
        case NUMBER -> numbers++;
        case FIGURE -> figures++;
        case ATTRIBUTION -> {
          // who said it: not evidence of what was said
        }
      }
      paraphrases += paraphrase ? 1 : 0;
    }

    SharedTerms build() {
      return new SharedTerms(
          words,
          names,
          numbers,
          figures,
          paraphrases,
          numbersA,
          numbersB,
          namesA,
          namesB,
          termsA,
          termsB);
    }
  }
}
