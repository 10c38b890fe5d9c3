package dev.newsdiff.internal.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CholeskyTest {

  @Test
  void solvesASymmetricPositiveDefiniteSystem() {
    double[][] a = {{4, 2, 0}, {2, 5, 1}, {0, 1, 3}};
    double[] expected = {1, -2, 3};
    double[] b = {4 * 1 + 2 * -2, 2 * 1 + 5 * -2 + 3, -2 + 3 * 3};

    double[] x = Cholesky.solve(a, b);

    for (int i = 0; i < 3; i++) {
      assertThat(x[i]).isCloseTo(expected[i], within(1e-12));
    }
  }
}
