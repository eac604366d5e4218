package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.probscope.model.distribution.AffineFamily;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;

/**
 * The closed-form log-density of {@link LogDensityScore} equals the library's (the family's own
 * {@code logDensity}) to 1e-12, and its gradient equals central differences of the library's
 * log-density (Richardson-extrapolated, steps 1e-4 and 5e-5 of the parameter) to 1e-6 relative, at
 * points from the bulk to far in the tails.
 */
class LogDensityScoreTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("cauchy", false, new double[] {1.5, 0.7}),
        Arguments.of("logistic", false, new double[] {-2, 3}),
        Arguments.of("studentt", false, new double[] {3.5}),
        Arguments.of("studentt", true, new double[] {0.8, 2, 0.5}),
        Arguments.of("studentt", true, new double[] {40, -1, 3}),
        Arguments.of("chisquared", false, new double[] {4.5}),
        Arguments.of("chisquared", true, new double[] {0.9, -2, 1.5}),
        Arguments.of("chisquared", true, new double[] {60, 3, 0.2}),
        Arguments.of("f", false, new double[] {5, 12}),
        Arguments.of("f", true, new double[] {2.5, 0.7, -1, 2}),
        Arguments.of("f", true, new double[] {30, 60, 0.5, 0.3}));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void valueAndGradientMatchTheLibrary(String name, boolean affine, double[] theta) {
    Family base = Families.byName(name).orElseThrow();
    Family family = affine ? AffineFamily.of(base) : base;
    LogDensityScore.Point point = LogDensityScore.of(family).orElseThrow().at(theta);
    Distribution d = family.create(theta).orElseThrow();
    double lowest = family.create(theta).orElseThrow().supportLower();
    for (double x : new double[] {-40, -3, -0.5, 0.01, 0.3, 1, 2.5, 7, 60, 1e4}) {
      double at = Double.isFinite(lowest) ? lowest + Math.abs(x) + 1e-3 : x;
      double[] gradient = new double[theta.length + 1];
      double value = point.add(at, 2, gradient);
      assertThat(value)
          .as("ln f(%s)", at)
          .isCloseTo(d.logDensity(at), within(1e-12 * (1 + Math.abs(value))));
      for (int j = 0; j < theta.length; j++) {
        double h = 1e-4 * Math.max(Math.abs(theta[j]), 1);
        double numeric =
            (4 * difference(family, theta, j, h / 2, at) - difference(family, theta, j, h, at)) / 3;
        assertThat(gradient[j] / 2)
            .as("∂ln f(%s)/∂θ%d", at, j)
            .isCloseTo(numeric, within(1e-6 * Math.max(1, Math.abs(numeric))));
      }
    }
  }

  private static double difference(Family family, double[] theta, int j, double h, double x) {
    double[] plus = theta.clone();
    double[] minus = theta.clone();
    plus[j] += h;
    minus[j] -= h;
    return (family.create(plus).orElseThrow().logDensity(x)
            - family.create(minus).orElseThrow().logDensity(x))
        / (2 * h);
  }
}
