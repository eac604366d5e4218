package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/** The eigenvalue fallback of the discrete Cramér–von Mises family. */
class DiscreteCramerVonMisesTest {

  /** Jacobi's method agrees with Commons Math's QL on a matrix both handle. */
  @Test
  void jacobiAgreesWithCommonsMath() {
    double[][] m = new double[12][12];
    for (int i = 0; i < 12; i++) {
      for (int j = i; j < 12; j++) {
        double v =
            Math.min(i + 1, j + 1) / 13.0 - (i + 1) * (j + 1) / 169.0 + (i == j ? 0.1 * i : 0);
        m[i][j] = v;
        m[j][i] = v;
      }
    }
    double[] expected =
        new EigenDecomposition(new Array2DRowRealMatrix(m, true)).getRealEigenvalues();
    double[] actual = DiscreteCramerVonMises.jacobiEigenvalues(copy(m));
    Arrays.sort(expected);
    Arrays.sort(actual);
    for (int i = 0; i < 12; i++) {
      assertThat(actual[i]).isCloseTo(expected[i], within(1e-13));
    }
  }

  /**
   * Regression: hypergeometric(1000, 500, 100)'s cells (tails down to 1e-13, merged to 64) made
   * Commons Math's QL iteration give up ("convergence failed") and the whole table fail.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 4, 200})
  void aMatrixTheQlIterationGivesUpOnStillHasItsLaw(int n) {
    Distribution target =
        DistributionSpec.parse("hypergeometric(population=1000, successes=500, draws=100)")
            .orElseThrow();
    Sample sample = SampleGenerator.draw(target, n, 17);
    GoodnessOfFit gof = GoodnessOfFit.of(sample, target);
    assertThat(gof.tests()).allSatisfy(t -> assertThat(t.pValue()).isBetween(0.0, 1.0));
    // the largest W² eigenvalue does not depend on the merging of the 1e-13 tail cells
    double[] merged =
        DiscreteCramerVonMises.eigenvalues(
            DiscreteCells.of(sample, target, 1000).mergedTo(64), DiscreteCramerVonMises.Kind.W2);
    double[] full =
        DiscreteCramerVonMises.eigenvalues(
            DiscreteCells.of(sample, target, 1000), DiscreteCramerVonMises.Kind.W2);
    assertThat(Arrays.stream(merged).max().orElseThrow())
        .isCloseTo(Arrays.stream(full).max().orElseThrow(), within(1e-12));
  }

  private static double[][] copy(double[][] m) {
    return Arrays.stream(m).map(double[]::clone).toArray(double[][]::new);
  }
}
