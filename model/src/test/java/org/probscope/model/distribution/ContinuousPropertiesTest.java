package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probscope.model.TestScale;

/**
 * Invariants of every continuous family at seeded random valid parameters biased to the extremes
 * ({@link ExtremeParameters}): {@value #QUICK} distributions a family in {@code mvn verify},
 * {@value #FULL} with {@code -Pexhaustive}. Every check is exact (the quantile is the smallest
 * double at which the computed CDF reaches p) or a sign or range condition; none is a sample
 * statistic, so none fails by chance.
 */
class ContinuousPropertiesTest {

  private static final int QUICK = 30;
  private static final int FULL = 3000;
  private static final double LOG_MAX = Math.log(Double.MAX_VALUE);

  /** The audit's levels, and a log-spaced sweep of both tails between them. */
  private static final double[] LEVELS = levels();

  static List<Family> families() {
    return ContinuousFamilies.all();
  }

  private static double[] levels() {
    List<Double> out = new ArrayList<>();
    for (int e = -300; e <= -1; e += 13) {
      out.add(Math.pow(10, e));
      out.add(1 - Math.pow(10, Math.max(e, -16)));
    }
    for (double p : new double[] {1e-300, 1e-15, 1e-6, 0.1, 0.25, 0.5, 0.75, 0.9}) {
      out.add(p);
    }
    out.add(1 - 1e-6);
    out.add(1 - 1e-15);
    out.add(Math.nextDown(1.0));
    return out.stream().mapToDouble(Double::doubleValue).sorted().distinct().toArray();
  }

  private static List<Distribution> draws(Family family, long salt) {
    List<Distribution> out = new ArrayList<>();
    for (double[] v :
        ExtremeParameters.of(
            family, family.name().hashCode() * 31L + salt, TestScale.of(QUICK, FULL))) {
      out.add(family.create(v).orElseThrow());
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void quantileIsTheSmallestDoubleWhereTheCdfReachesP(Family family) {
    for (Distribution d : draws(family, 1)) {
      double previous = Double.NEGATIVE_INFINITY;
      for (double p : LEVELS) {
        double x = d.quantile(p);
        String at = d + " quantile(" + p + ") = " + x;
        assertThat(x).as(at).isNotNaN().isGreaterThanOrEqualTo(previous);
        previous = x;
        if (p <= 0.5) {
          checkLowerTail(d, p, x, at);
        } else {
          checkUpperTail(d, 1 - p, x, at);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void inverseSurvivalIsTheSmallestDoubleWhereTheSurvivalFallsToQ(Family family) {
    for (Distribution d : draws(family, 2)) {
      double previous = Double.POSITIVE_INFINITY;
      for (double q : LEVELS) {
        double x = d.inverseSurvival(q);
        String at = d + " inverseSurvival(" + q + ") = " + x;
        assertThat(x).as(at).isNotNaN().isLessThanOrEqualTo(previous);
        previous = x;
        if (q <= 0.5) {
          checkUpperTail(d, q, x, at);
        } else {
          checkLowerTail(d, 1 - q, x, at);
        }
      }
    }
  }

  /** F(x) &ge; p &gt; F(x⁻), x⁻ the double below x; ±∞ only where p lies beyond the doubles. */
  private static void checkLowerTail(Distribution d, double p, double x, String at) {
    if (x == Double.NEGATIVE_INFINITY) {
      assertThat(d.cdf(-Double.MAX_VALUE)).as(at).isGreaterThanOrEqualTo(p);
      return;
    }
    if (x == Double.POSITIVE_INFINITY) {
      assertThat(d.cdf(Double.MAX_VALUE)).as(at).isLessThan(p);
      return;
    }
    assertThat(d.cdf(x)).as("F(x) " + at).isGreaterThanOrEqualTo(p);
    // on a plateau where the computed F equals p exactly, any of its points is the quantile (the
    // start is kept there: a symmetric law's median is its centre)
    if (x > d.supportLower() && d.cdf(x) != p) {
      assertThat(d.cdf(Math.nextDown(x))).as("F(x⁻) " + at).isLessThan(p);
    }
  }

  /** S(x) &le; q &lt; S(x⁻). */
  private static void checkUpperTail(Distribution d, double q, double x, String at) {
    if (x == Double.POSITIVE_INFINITY) {
      assertThat(d.survival(Double.MAX_VALUE)).as(at).isGreaterThan(q);
      return;
    }
    if (x == Double.NEGATIVE_INFINITY) {
      assertThat(d.survival(-Double.MAX_VALUE)).as(at).isLessThanOrEqualTo(q);
      return;
    }
    assertThat(d.survival(x)).as("S(x) " + at).isLessThanOrEqualTo(q);
    if (x > d.supportLower() && d.survival(x) != q) {
      assertThat(d.survival(Math.nextDown(x))).as("S(x⁻) " + at).isGreaterThan(q);
    }
  }

  /** Quantiles, the support ends and their neighbours, huge and tiny arguments, random points. */
  private static double[] points(Distribution d, SplittableRandom random) {
    List<Double> xs = new ArrayList<>();
    for (double p : LEVELS) {
      xs.add(d.quantile(p));
      xs.add(d.inverseSurvival(p));
    }
    for (double x :
        new double[] {
          d.supportLower(),
          d.supportUpper(),
          Math.nextUp(d.supportLower()),
          Math.nextDown(d.supportUpper()),
          -Double.MAX_VALUE,
          Double.MAX_VALUE,
          -1e300,
          1e300,
          -1e150,
          1e150,
          0,
          Double.MIN_VALUE,
          1e-300,
          1
        }) {
      xs.add(x);
    }
    for (int i = 0; i < 16; i++) {
      double magnitude = Math.pow(10, -300 + 600 * random.nextDouble());
      xs.add(random.nextBoolean() ? magnitude : -magnitude);
    }
    return xs.stream().mapToDouble(Double::doubleValue).filter(x -> !Double.isNaN(x)).toArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void everyValueIsANumberInItsRange(Family family) {
    SplittableRandom random = new SplittableRandom(3);
    for (Distribution d : draws(family, 3)) {
      double[] xs = points(d, random);
      Arrays.sort(xs);
      double previousCdf = 0;
      for (double x : xs) {
        String at = d + " at " + x;
        double density = d.density(x);
        double cdf = d.cdf(x);
        double sf = d.survival(x);
        boolean end = x == d.supportLower() || x == d.supportUpper();
        assertThat(density).as("density " + at).isGreaterThanOrEqualTo(0.0);
        if (!end && density == Double.POSITIVE_INFINITY) {
          // only where the true density exceeds the largest double (shape 1e-5 at 4.9e-324)
          assertThat(d.logDensity(x)).as("log density " + at).isGreaterThan(LOG_MAX);
        }
        assertThat(d.logDensity(x)).as("log density " + at).isNotNaN();
        assertThat(cdf).as("cdf " + at).isBetween(0.0, 1.0);
        assertThat(sf).as("sf " + at).isBetween(0.0, 1.0);
        // Commons' regularised incomplete beta can step back by an ulp or two (0.9 after
        // 0.9000000000000001 between two adjacent quantiles of beta(1 − 1e-16, 14.9),
        // 0.5000000000000004 after ...06 for beta(11.6, 27018))
        assertThat(cdf)
            .as("cdf is monotone " + at)
            .isGreaterThanOrEqualTo(previousCdf - 4 * Math.ulp(previousCdf));
        previousCdf = cdf;
        assertThat(d.logCdf(x)).as("log cdf " + at).isNotNaN().isLessThanOrEqualTo(0.0);
        assertThat(d.logSurvival(x)).as("log sf " + at).isNotNaN().isLessThanOrEqualTo(0.0);
        double hazard = d.hazard(x);
        if (x > d.supportLower() && x < d.supportUpper() && density > 0 && sf > 0) {
          assertThat(hazard).as("hazard " + at).isNotNaN().isGreaterThanOrEqualTo(0.0);
          if (hazard == Double.POSITIVE_INFINITY) {
            // only where f / S exceeds the largest double (S = 1e-323 next to a uniform's end)
            assertThat(d.logDensity(x) - d.logSurvival(x))
                .as("hazard " + at)
                .isGreaterThan(LOG_MAX);
          }
        } else if (x < d.supportUpper()
            && !(d.logDensity(x) == Double.NEGATIVE_INFINITY
                && d.logSurvival(x) == Double.NEGATIVE_INFINITY)) {
          // NaN only where even the logarithms are beyond a double (z² overflows), as Distribution
          // says
          assertThat(hazard).as("hazard " + at).isNotNaN().isGreaterThanOrEqualTo(0.0);
        }
      }
    }
  }
}
