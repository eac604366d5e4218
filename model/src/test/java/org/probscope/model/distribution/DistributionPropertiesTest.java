package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

/**
 * Invariants every family must keep for random valid parameters (see {@link FamilyArbitraries}).
 * Tolerances: cdf + sf = 1 to 1e-12 absolute (Commons computes both sides directly, each to a few
 * ulp away from the support ends); the continuous quantile round trip to 1e-8 of the quartile
 * spread, which Commons' root finders reach everywhere between the 0.001 and 0.999 quantiles.
 */
class DistributionPropertiesTest {

  @Provide
  Arbitrary<Distribution> distributions() {
    return FamilyArbitraries.distributions();
  }

  @Property(tries = 250)
  void cdfNeverDecreases(
      @ForAll("distributions") Distribution d,
      @ForAll @DoubleRange(min = 0, max = 1) double u1,
      @ForAll @DoubleRange(min = 0, max = 1) double u2,
      @ForAll @DoubleRange(min = -1e3, max = 1e3) double raw) {
    double[] xs = {d.quantile(u1), d.quantile(u2), raw, d.quantile(u1) + 0.5, raw + 1e-3};
    Arrays.sort(xs);
    for (int i = 1; i < xs.length; i++) {
      assertThat(d.cdf(xs[i]))
          .as("cdf at %s vs %s", xs[i], xs[i - 1])
          .isGreaterThanOrEqualTo(d.cdf(xs[i - 1]));
    }
  }

  @Property(tries = 250)
  void cdfAndSurvivalAddUpToOne(
      @ForAll("distributions") Distribution d, @ForAll @DoubleRange(min = 0, max = 1) double u) {
    double x = d.quantile(u);
    assertThat(d.cdf(x) + d.survival(x))
        .as("at x = %s", x)
        .isCloseTo(1, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Property(tries = 250)
  void quantileInvertsTheCdf(
      @ForAll("distributions") Distribution d,
      @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(6) double p) {
    double x = d.quantile(p);
    if (d.isDiscrete()) {
      // the smallest whole x with cdf(x) >= p
      assertThat(d.cdf(x)).isGreaterThanOrEqualTo(p);
      assertThat(d.cdf(x - 1)).isLessThan(p);
    } else {
      double spread = d.quantile(0.75) - d.quantile(0.25);
      assertThat(d.quantile(d.cdf(x)))
          .isCloseTo(x, org.assertj.core.data.Offset.offset(1e-8 * (spread + Math.abs(x))));
    }
  }

  @Property(tries = 250)
  void printedSpecParsesBackToAnEqualDistribution(@ForAll("distributions") Distribution d) {
    Distribution parsed = DistributionSpec.parse(d.spec()).orElseThrow();
    assertThat(parsed).isEqualTo(d);
    assertThat(parsed.parameters()).containsExactly(d.parameters());
  }

  @Property(tries = 300)
  void summaryFiguresAreNumbersOrTheConvention(@ForAll("distributions") Distribution d) {
    // variance >= 0 or +Infinity or NaN (undefined); entropy is never NaN for an allowed vector
    assertThat(d.variance())
        .satisfiesAnyOf(v -> assertThat(v).isGreaterThanOrEqualTo(0), v -> assertThat(v).isNaN());
    assertThat(d.entropy()).isNotNaN();
  }

  static Arbitrary<Double> anyValue() {
    return Arbitraries.oneOf(
        Arbitraries.doubles(),
        Arbitraries.doubles().between(-10, 10),
        Arbitraries.integers().between(-5, 1000).map(Integer::doubleValue),
        Arbitraries.of(
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            0.0,
            -0.0,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            -Double.MAX_VALUE,
            1e-300,
            1e9,
            1e9 + 1,
            2147483647.0,
            2147483648.0,
            1e300,
            1.0,
            0.5));
  }
}
