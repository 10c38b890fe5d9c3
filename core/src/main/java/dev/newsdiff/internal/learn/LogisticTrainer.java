package dev.newsdiff.internal.learn;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Fits a {@link LogisticModel} to labelled examples by Newton's method on the L2-penalised
 * log-likelihood. Newton's method reaches the optimum in a few steps and needs no learning rate, so
 * the same examples always give the same model, whatever order they come in. Features are
 * standardised while training, so that the penalty treats a count and a flag alike, and the weights
 * are turned back to the raw scale before they are returned. Immutable.
 *
 * @param ridge the L2 penalty on the standardised weights (not on the bias); larger keeps the model
 *     nearer to "every feature counts nothing", which is what few examples call for
 * @param balanced whether positives and negatives count as much in total whatever their numbers,
 *     for decisions where one class is rare
 */
public record LogisticTrainer(double ridge, boolean balanced) {

  private static final int MAX_STEPS = 100;
  private static final double CONVERGED = 1e-10;

  public LogisticTrainer {
    checkArgument(ridge > 0 && Double.isFinite(ridge), "ridge must be positive: %s", ridge);
  }

  /** A penalty of 1 on the standardised weights; classes counted as they come. */
  public static LogisticTrainer defaults() {
    return new LogisticTrainer(1.0, false);
  }

  public LogisticTrainer withRidge(double ridge) {
    return new LogisticTrainer(ridge, balanced);
  }

  public LogisticTrainer withBalancedClasses() {
    return new LogisticTrainer(ridge, true);
  }

  public LogisticModel train(List<Example> examples) {
    checkArgument(!examples.isEmpty(), "no examples to train on");
    List<String> names = List.copyOf(featureNames(examples));
    int n = examples.size();
    int d = names.size();
    double[][] x = new double[n][d];
    double[] y = new double[n];
    double[] caseWeight = caseWeights(examples);
    for (int i = 0; i < n; i++) {
      Example e = examples.get(i);
      for (int j = 0; j < d; j++) {
        x[i][j] = e.features().getOrDefault(names.get(j), 0.0);
      }
      y[i] = e.positive() ? 1 : 0;
    }
    Standardised scale = Standardised.of(x);
    double[] w = fit(scale.apply(x), y, caseWeight);
    // Back to the raw scale: w0 + sum(wj * (xj - mean j) / sd j) = bias + sum(beta j * xj).
    double bias = w[0];
    ImmutableSortedMap.Builder<String, Double> weights = ImmutableSortedMap.naturalOrder();
    for (int j = 0; j < d; j++) {
      double beta = scale.sd[j] == 0 ? 0 : w[j + 1] / scale.sd[j];
      bias -= beta * scale.mean[j];
      weights.put(names.get(j), beta);
    }
    return LogisticModel.of(bias, weights.buildOrThrow());
  }

  private static SortedSet<String> featureNames(List<Example> examples) {
    SortedSet<String> names = new TreeSet<>();
    examples.forEach(e -> names.addAll(e.features().keySet()));
    return names;
  }

  private double[] caseWeights(List<Example> examples) {
    long positives = examples.stream().filter(Example::positive).count();
    long negatives = examples.size() - positives;
    return examples.stream()
        .mapToDouble(
            e -> {
              if (!balanced || positives == 0 || negatives == 0) {
                return 1;
              }
              return examples.size() / (2.0 * (e.positive() ? positives : negatives));
            })
        .toArray();
  }

  /** Newton's method; column 0 of the returned weights is the bias, which is not penalised. */
  private double[] fit(double[][] z, double[] y, double[] caseWeight) {
    int d = z[0].length + 1;
    double[] w = new double[d];
    for (int step = 0; step < MAX_STEPS; step++) {
      double[] gradient = new double[d];
      double[][] hessian = new double[d][d];
      for (int i = 0; i < z.length; i++) {
        double[] row = withOne(z[i]);
        double p = LogisticModel.logistic(dot(w, row));
        double residual = caseWeight[i] * (y[i] - p);
        double curvature = caseWeight[i] * p * (1 - p);
        for (int a = 0; a < d; a++) {
          gradient[a] += residual * row[a];
          for (int b = 0; b < d; b++) {
            hessian[a][b] += curvature * row[a] * row[b];
          }
        }
      }
      for (int a = 1; a < d; a++) {
        gradient[a] -= ridge * w[a];
        hessian[a][a] += ridge;
      }
      hessian[0][0] += 1e-9; // keeps the system solvable when every case has the same label
      double[] delta = Cholesky.solve(hessian, gradient);
      double largest = 0;
      for (int a = 0; a < d; a++) {
        w[a] += delta[a];
        largest = Math.max(largest, Math.abs(delta[a]));
      }
      if (largest < CONVERGED) {
        break;
      }
    }
    return w;
  }

  private static double[] withOne(double[] z) {
    double[] row = new double[z.length + 1];
    row[0] = 1;
    System.arraycopy(z, 0, row, 1, z.length);
    return row;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  /** Each column's mean and standard deviation, and the columns rescaled by them. */
  private record Standardised(double[] mean, double[] sd) {

    static Standardised of(double[][] x) {
      int d = x[0].length;
      double[] mean = new double[d];
      double[] sd = new double[d];
      for (int j = 0; j < d; j++) {
        int column = j;
        mean[j] = Arrays.stream(x).mapToDouble(row -> row[column]).average().orElse(0);
        double variance =
            Arrays.stream(x)
                .mapToDouble(row -> Math.pow(row[column] - mean[column], 2))
                .average()
                .orElse(0);
        sd[j] = Math.sqrt(variance);
      }
      return new Standardised(mean, sd);
    }

    double[][] apply(double[][] x) {
      double[][] z = new double[x.length][mean.length];
      for (int i = 0; i < x.length; i++) {
        for (int j = 0; j < mean.length; j++) {
          z[i][j] = sd[j] == 0 ? 0 : (x[i][j] - mean[j]) / sd[j];
        }
      }
      return z;
    }
  }
}
