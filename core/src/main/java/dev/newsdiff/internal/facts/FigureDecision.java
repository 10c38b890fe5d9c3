package dev.newsdiff.internal.facts;

import static com.google.common.base.Verify.verify;

import dev.newsdiff.internal.learn.LogisticModel;
import dev.newsdiff.model.Fact;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Whether two figures of one unit kind count the same thing, and so conflict where they differ: a
 * logistic regression over {@link FigurePairFeatures}, trained on hand-labelled figure pairs
 * ({@code FigureModelTraining} in the tests; docs/facts.md has the data and the figures).
 */
final class FigureDecision {

  /** The model's weights, beside this class. */
  static final String MODEL = "figure-pairs.tsv";

  /** A pair is taken for one thing counted twice from this probability on, fixed in advance. */
  static final double THRESHOLD = 0.5;

  private FigureDecision() {}

  static boolean conflicts(FigurePair pair) {
    return conflicts(pair, Holder.MODEL);
  }

  /**
   * What {@code model} says of the pair; two times are left to the rules, whose {@link Clock} knows
   * the offsets of zones that no feature reads.
   */
  static boolean conflicts(FigurePair pair, LogisticModel model) {
    return learns(pair)
        ? model.probability(FigurePairFeatures.of(pair)) >= THRESHOLD
        : pair.rules().selected();
  }

  /** Whether the model decides the pair (and is trained on pairs like it). */
  static boolean learns(FigurePair pair) {
    return pair.x().fact().kind() != Fact.Kind.TIME;
  }

  /** Loaded once, the first time two figures of one kind are weighed. */
  private static final class Holder {
    static final LogisticModel MODEL = read();

    /**
     * Read as a stream rather than through {@link LogisticModel#resource}: Guava's I/O classes
     * would be loaded on every cold comparison for one small file.
     */
    private static LogisticModel read() {
      try (InputStream in = FigureDecision.class.getResourceAsStream(FigureDecision.MODEL)) {
        verify(
            in != null,
            "the model %s is missing beside %s",
            FigureDecision.MODEL,
            FigureDecision.class);
        return LogisticModel.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the model " + FigureDecision.MODEL, e);
      }
    }
  }
}
