package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probscope.model.TestScale;

/**
 * What C(x) = ∫₋∞ˣ F and Σ(x) = ∫ₓ^∞ S must satisfy for every target of {@link ExtremeTargets}: Σ −
 * C = μ − x; C ≥ (x − μ)⁺ and Σ ≥ (μ − x)⁺ (Jensen); C non-decreasing and convex; +∞ exactly on the
 * side of a tail without a finite first moment; and, for the continuous families with a closed
 * form, agreement with {@link NumericStopLoss}'s quadrature, an independent computation from F and
 * S alone (1e-9 relative to E|X − x|). Points: the quantiles 1e-9 … 1 − 1e-9, the support ends and
 * points beyond them.
 */
class StopLossPropertiesTest {

  static List<Distribution> targets() {
    return ExtremeTargets.all();
  }

  private static double[] points(Distribution d) {
    double[] ps = {1e-9, 1e-4, 0.05, 0.3, 0.5, 0.7, 0.95, 1 - 1e-4, 1 - 1e-9};
    DoubleStream quantiles = DoubleStream.of(ps).map(d::quantile);
    DoubleStream ends =
        DoubleStream.of(
            d.supportLower() - 1, d.supportLower(), d.supportUpper(), d.supportUpper() + 2);
    return DoubleStream.concat(quantiles, ends)
        .filter(Double::isFinite)
        .sorted()
        .distinct()
        .toArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void meanIdentityAndJensenBounds(Distribution d) {
    StopLoss s = StopLoss.of(d);
    for (double x : points(d)) {
      double c = s.cdfIntegral(x);
      double sigma = s.survivalIntegral(x);
      assertThat(c).as("C(%s)", x).isNotNaN().isGreaterThanOrEqualTo(0);
      assertThat(sigma).as("Σ(%s)", x).isNotNaN().isGreaterThanOrEqualTo(0);
      if (!s.hasFiniteFirstMoment() || !Double.isFinite(s.mean())) {
        assertThat(sigma).isEqualTo(Double.POSITIVE_INFINITY);
        continue;
      }
      double mean = s.mean();
      double scale = c + sigma;
      assertThat(sigma - c).as("Σ − C at %s", x).isCloseTo(mean - x, within(1e-12 * scale));
      assertThat(c).isGreaterThanOrEqualTo(Math.max(0, x - mean) * (1 - 1e-12));
      assertThat(sigma).isGreaterThanOrEqualTo(Math.max(0, mean - x) * (1 - 1e-12));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void cdfIntegralIsNonDecreasingAndConvex(Distribution d) {
    double[] xs = points(d);
    StopLoss s = StopLoss.of(d);
    for (int i = 1; i < xs.length; i++) {
      double before = s.cdfIntegral(xs[i - 1]);
      double here = s.cdfIntegral(xs[i]);
      assertThat(here)
          .as("C(%s) vs C(%s)", xs[i], xs[i - 1])
          .isGreaterThanOrEqualTo(before * (1 - 1e-12));
      if (i + 1 < xs.length && Double.isFinite(here)) {
        double after = s.cdfIntegral(xs[i + 1]);
        double chord = before + (after - before) * ((xs[i] - xs[i - 1]) / (xs[i + 1] - xs[i - 1]));
        assertThat(here)
            .as("convexity at %s", xs[i])
            .isLessThanOrEqualTo(chord + 1e-12 * Math.abs(chord) + 1e-300);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void closedFormsAgreeWithQuadrature(Distribution d) {
    StopLoss s = StopLoss.of(d);
    if (d.isDiscrete() || !s.hasFiniteFirstMoment() || !Double.isFinite(s.mean())) {
      return;
    }
    double[] xs =
        TestScale.exhaustive()
            ? points(d)
            : DoubleStream.of(1e-4, 0.5, 1 - 1e-4)
                .map(d::quantile)
                .filter(Double::isFinite)
                .toArray();
    for (double x : xs) {
      double c = s.cdfIntegral(x);
      double sigma = s.survivalIntegral(x);
      double scale = c + sigma;
      assertThat(NumericStopLoss.lowerIntegral(d, x))
          .as("C(%s)", x)
          .isCloseTo(c, within(1e-9 * scale));
      assertThat(NumericStopLoss.upperIntegral(d, x))
          .as("Σ(%s)", x)
          .isCloseTo(sigma, within(1e-9 * scale));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void latticeFormsAgreeWithSumsOverTheAtoms(Distribution d) {
    if (!d.isDiscrete()
        || !(d.supportLower() > -1e3)
        || !(d.supportUpper() - d.supportLower() < 1e4
            || d.supportUpper() == Double.POSITIVE_INFINITY)) {
      return;
    }
    // C(m) = Σ_{j<m} F(j) for whole m: summed directly from the support's lower end, checked at
    // about 200 points up to the 1 − 1e-9 quantile
    StopLoss s = StopLoss.of(d);
    double top = d.quantile(1 - 1e-9) + 2;
    double stride = Math.max(1, Math.floor((top - d.supportLower()) / 200));
    double sum = 0;
    for (double m = d.supportLower(); m <= top; m++) {
      if ((m - d.supportLower()) % stride == 0) {
        double c = s.cdfIntegral(m);
        double sigma = s.survivalIntegral(m);
        assertThat(c).as("C(%s)", m).isCloseTo(sum, within(1e-11 * (c + sigma) + 1e-300));
      }
      sum += d.cdf(m);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("targets")
  void partialCentralMomentIsNonNegativeAndVanishesBeyondTheSupport(Distribution d) {
    StopLoss s = StopLoss.of(d);
    if (!s.hasFiniteFirstMoment() || !Double.isFinite(s.mean())) {
      assertThat(s.partialCentralMoment(0.5)).isNaN();
      return;
    }
    for (double x : points(d)) {
      assertThat(s.partialCentralMoment(x)).as("D(%s)", x).isGreaterThanOrEqualTo(0);
    }
    if (Double.isFinite(d.supportLower())) {
      assertThat(s.partialCentralMoment(d.supportLower() - 1)).isZero();
    }
    if (Double.isFinite(d.supportUpper())) {
      assertThat(s.partialCentralMoment(d.supportUpper() + 1)).isZero();
    }
  }
}
