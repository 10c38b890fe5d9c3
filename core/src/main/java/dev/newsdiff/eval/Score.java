package dev.newsdiff.eval;

import java.util.Locale;

/**
 * Counts of a matching task and the precision, recall and F1 they give. Immutable. Where findings
 * are matched as groups, a predicted finding and an annotated one may each match several of the
 * other, so the matched counts of each side are kept apart.
 *
 * @param truePositives predicted items that match an expected one
 * @param predicted all predicted items
 * @param expected all expected items
 * @param found expected items that some predicted item matches
 */
public record Score(int truePositives, int predicted, int expected, int found) {

  static Score of(int truePositives, int predicted, int expected) {
    return new Score(truePositives, predicted, expected, truePositives);
  }

  static Score of(int truePositives, int predicted, int found, int expected) {
    return new Score(truePositives, predicted, expected, found);
  }

  public Score plus(Score other) {
    return new Score(
        truePositives + other.truePositives,
        predicted + other.predicted,
        expected + other.expected,
        found + other.found);
  }

  public double precision() {
    return predicted == 0 ? 1.0 : (double) truePositives / predicted;
  }

  public double recall() {
    return expected == 0 ? 1.0 : (double) found / expected;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "P %.3f  R %.3f  F1 %.3f  (%d/%d predicted, %d/%d expected)",
        precision(),
        recall(),
        f1(),
        truePositives,
        predicted,
        found,
        expected);
  }
}
