package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TriangularMle#refine} (the alternation on the stand-in with the tails, then on the full
 * data) ends at least as high as the alternation on the full data alone from the same start, for
 * each fixing, on triangular(0, 3, 10) data and on the gamma(2.5, 3) data of the benchmarks, n =
 * 10⁶ (seed 42). The start is deliberately rough: the ends 5 % of the range outside the data, the
 * mode at the median; a fixed parameter takes the value given.
 */
class TriangularMleStagesTest {

  @ParameterizedTest
  @CsvSource({
    "triangular, -, -, -",
    "triangular, 0, -, -",
    "triangular, -, 3, -",
    "triangular, -, -, 10",
    "triangular, 0, -, 10",
    "triangular, -0.5, 3, -",
    "gamma, -, -, -",
    "gamma, -, 2, -",
    "gamma, -, -, 60",
  })
  void atLeastAsHighAsTheFullAlternation(String source, String a, String c, String b) {
    double[] x =
        source.equals("gamma")
            ? MleTestData.draw("gamma", new double[] {2.5, 3}, 1_000_000, 42)
            : MleTestData.draw("triangular", new double[] {0, 3, 10}, 1_000_000, 42);
    FitData data = MleTestData.data(x);
    Map<String, Double> fixed = new HashMap<>();
    put(fixed, "lower", a);
    put(fixed, "mode", c);
    put(fixed, "upper", b);
    FitProblem problem = MleTestData.problem("triangular", FixedParameters.of(fixed));
    double[] v = data.distinctValues();
    double min = v[0];
    double max = v[v.length - 1];
    double range = max - min;
    double[] start = {min - 0.05 * range, v[v.length / 2], max + 0.05 * range};
    double[] staged = TriangularMle.refine(problem, start, data);
    double[] full = TriangularMle.alternate(problem, start, data);
    double stagedLl = MleTestData.logLik(problem.family(), staged, data);
    double fullLl = MleTestData.logLik(problem.family(), full, data);
    double startLl = MleTestData.logLik(problem.family(), problem.withFixed(start), data);
    assertThat(stagedLl).as("above the start").isGreaterThan(startLl);
    assertThat(stagedLl)
        .as(
            "staged %s vs full %s",
            java.util.Arrays.toString(staged), java.util.Arrays.toString(full))
        .isGreaterThanOrEqualTo(fullLl - 1e-12 * Math.abs(fullLl));
    for (int i = 0; i < 3; i++) {
      if (!problem.isFree(i)) {
        assertThat(staged[i]).as("fixed parameter %d", i).isEqualTo(problem.withFixed(start)[i]);
      }
    }
  }

  /**
   * The closed-form ln L that the polish climbs (summed in blocks over both cores) is the library's
   * to 1e-12 relative, on 10⁶ values (more than one block): ends near and far from the data, the
   * mode inside, at an order statistic, at the lower and at the upper end.
   */
  @ParameterizedTest
  @CsvSource({
    "0.1, 0.3, 0.1",
    "1e-6, 0.5, 1e-6",
    "0.01, -1, 0.5",
    "0.5, 0, 0.01",
    "0.5, 1, 0.01",
  })
  void closedFormLogLikelihoodIsTheLibrarys(double below, double modeAt, double above) {
    FitData data =
        MleTestData.data(MleTestData.draw("triangular", new double[] {0, 3, 10}, 1_000_000, 7));
    double[] v = data.distinctValues();
    double a = v[0] - below;
    double b = v[v.length - 1] + above;
    // modeAt: a fraction of the way from a to b; −1: the order statistic at the 40 % rank
    double c = modeAt < 0 ? v[(int) (0.4 * v.length)] : a + modeAt * (b - a);
    double[] t = {a, c, b};
    FitProblem problem = FitProblem.allFree(MleTestData.family("triangular"));
    double library = MleTestData.logLik(problem.family(), t, data);
    assertThat(TriangularMle.logLikelihood(problem, t, data))
        .isCloseTo(library, org.assertj.core.data.Offset.offset(1e-12 * Math.abs(library)));
  }

  private static void put(Map<String, Double> fixed, String name, String value) {
    if (!value.equals("-")) {
      fixed.put(name, Double.parseDouble(value));
    }
  }
}
