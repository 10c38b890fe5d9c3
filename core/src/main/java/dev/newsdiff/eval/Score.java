package dev.newsdiff.eval;

/** Counts of a matching task and the precision, recall and F1 they give. Immutable. */
public record Score(int truePositives, int predicted, int expected) {

  public static Score of(int truePositives, int predicted, int expected) {
    return new Score(truePositives, predicted, expected);
  }

  public Score plus(Score other) {
    return new Score(truePositives + other.truePositives, predicted + other.predicted, expected + other.expected);
  }

  public double precision() {
    return predicted == 0 ? 1.0 : (double) truePositives / predicted;
  }

  public double recall() {
    return expected == 0 ? 1.0 : (double) truePositives / expected;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT, "P %.3f  R %.3f  F1 %.3f  (%d/%d predicted, %d expected)",
        precision(), recall(), f1(), truePositives, predicted, expected);
  }
}
