package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probscope.model.distribution.Family;

/**
 * {@link TriangularMode#best} over several blocks (3·10⁵ values) for fixed ends: the chosen mode is
 * an order statistic whose ln L (computed by the library) is at least that of its neighbours ±1,
 * ±10, of every 997th order statistic and of the upper end, on triangular(0, 3, 10) data and on
 * gamma(2.5, 3) data, with the ends near and away from the data.
 */
class TriangularModeTest {

  @ParameterizedTest
  @CsvSource({"triangular, 1e-6", "triangular, 0.5", "gamma, 1e-6", "gamma, 2"})
  void theBestCandidate(String source, double margin) {
    double[] x =
        source.equals("gamma")
            ? MleTestData.draw("gamma", new double[] {2.5, 3}, 300_000, 5)
            : MleTestData.draw("triangular", new double[] {0, 3, 10}, 300_000, 5);
    FitData data = MleTestData.data(x);
    Family family = MleTestData.family("triangular");
    double[] v = data.distinctValues();
    double a = v[0] - margin;
    double b = v[v.length - 1] + margin;
    double c = TriangularMode.best(data, a, b, Double.NaN);
    int k = java.util.Arrays.binarySearch(v, c);
    assertThat(k).as("an order statistic").isNotNegative();
    double best = ll(family, a, c, b, data);
    double tolerance = 1e-12 * Math.abs(best);
    for (int d : new int[] {-10, -1, 1, 10}) {
      if (k + d >= 0 && k + d < v.length) {
        assertThat(ll(family, a, v[k + d], b, data))
            .as("at %d", k + d)
            .isLessThan(best + tolerance);
      }
    }
    for (int i = 0; i < v.length; i += 997) {
      assertThat(ll(family, a, v[i], b, data)).as("at %d", i).isLessThan(best + tolerance);
    }
    assertThat(ll(family, a, b, b, data)).as("at b").isLessThan(best + tolerance);
  }

  private static double ll(Family family, double a, double c, double b, FitData data) {
    return MleTestData.logLik(family, new double[] {a, c, b}, data);
  }
}
