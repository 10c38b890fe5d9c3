package dev.newsdiff.internal.learn;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.stream.Collectors.joining;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic regression: the probability of a positive case is the logistic function of a bias plus
 * each named feature times its weight. A feature the model has no weight for counts nothing, so a
 * stage can add a feature before the model is trained again. Immutable.
 *
 * <p>It is written as a small tab-separated text ({@link #toTsv()}, {@link #parse}) rather than a
 * binary model, so that a reviewer can read what the model learned and a diff shows what changed
 * when it is trained again.
 */
public final class LogisticModel {

  static final String BIAS = "(bias)";

  private final double bias;
  private final ImmutableSortedMap<String, Double> weights;

  private LogisticModel(double bias, ImmutableSortedMap<String, Double> weights) {
    this.bias = bias;
    this.weights = weights;
  }

  public static LogisticModel of(double bias, Map<String, Double> weights) {
    checkArgument(Double.isFinite(bias), "bias is not finite: %s", bias);
    checkNotNull(weights, "weights");
    weights.forEach(
        (name, weight) -> {
          checkArgument(!name.equals(BIAS), "a feature may not be named %s", BIAS);
          checkArgument(Double.isFinite(weight), "weight of %s is not finite: %s", name, weight);
        });
    return new LogisticModel(bias, ImmutableSortedMap.copyOf(weights));
  }

  /** The log-odds of a positive case. */
  public double score(Map<String, Double> features) {
    return bias
        + features.entrySet().stream()
            .mapToDouble(f -> weights.getOrDefault(f.getKey(), 0.0) * f.getValue())
            .sum();
  }

  /** The probability of a positive case, in (0, 1). */
  public double probability(Map<String, Double> features) {
    return logistic(score(features));
  }

  static double logistic(double logOdds) {
    return 1 / (1 + Math.exp(-logOdds));
  }

  public double bias() {
    return bias;
  }

  public ImmutableSortedMap<String, Double> weights() {
    return weights;
  }

  /**
   * One line per weight, the bias first, then the features in name order: {@code name<TAB>weight},
   * the weight rounded to six decimals so that the same training gives the same bytes.
   */
  public String toTsv() {
    return line(BIAS, bias)
        + weights.entrySet().stream().map(w -> line(w.getKey(), w.getValue())).collect(joining());
  }

  private static String line(String name, double weight) {
    return name + '\t' + String.format(Locale.ROOT, "%.6f", weight) + '\n';
  }

  /** Reads what {@link #toTsv()} wrote; blank lines and lines starting with {@code #} are notes. */
  public static LogisticModel parse(String tsv) {
    double bias = 0;
    ImmutableSortedMap.Builder<String, Double> weights = ImmutableSortedMap.naturalOrder();
    for (String line : tsv.lines().toList()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      checkArgument(cells.length == 2, "model line is not name<TAB>weight: %s", line);
      double weight = Double.parseDouble(cells[1]);
      if (cells[0].equals(BIAS)) {
        bias = weight;
      } else {
        weights.put(cells[0], weight);
      }
    }
    return of(bias, weights.buildOrThrow());
  }

  /** Reads a model shipped as a resource beside {@code owner}'s class file. */
  public static LogisticModel resource(Class<?> owner, String name) {
    URL url = Resources.getResource(owner, name);
    try {
      return parse(Resources.toString(url, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model " + url, e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LogisticModel other && bias == other.bias && weights.equals(other.weights);
  }

  @Override
  public int hashCode() {
    return Double.hashCode(bias) * 31 + weights.hashCode();
  }

  @Override
  public String toString() {
    return "LogisticModel" + weights.keySet();
  }
}
