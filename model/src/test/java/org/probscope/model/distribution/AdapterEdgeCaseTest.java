package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The ends of the support, probabilities outside [0, 1] and huge arguments, for every family. */
class AdapterEdgeCaseTest {

  static List<Distribution> defaults() {
    return Families.all().stream().map(Family::createDefault).toList();
  }

  static List<Distribution> discreteDefaults() {
    return defaults().stream().filter(Distribution::isDiscrete).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defaults")
  void quantileEndsAreTheSupportEnds(Distribution d) {
    assertThat(d.quantile(0)).isEqualTo(d.supportLower());
    assertThat(d.quantile(1)).isEqualTo(d.supportUpper());
    assertThat(d.quantile(Double.NaN)).isNaN();
    assertThat(d.quantile(-0.1)).isNaN();
    assertThat(d.quantile(1.1)).isNaN();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("defaults")
  void cdfIsZeroBelowAndOneAtTheTopOfTheSupport(Distribution d) {
    if (Double.isFinite(d.supportLower())) {
      double below = d.supportLower() - 1;
      assertThat(d.cdf(below)).isZero();
      assertThat(d.survival(below)).isEqualTo(1);
      assertThat(d.density(below)).isZero();
      assertThat(d.logDensity(below)).isEqualTo(Double.NEGATIVE_INFINITY);
      assertThat(d.hazard(below)).isZero();
    }
    if (Double.isFinite(d.supportUpper())) {
      assertThat(d.cdf(d.supportUpper())).isEqualTo(1);
      assertThat(d.survival(d.supportUpper())).isZero();
      assertThat(d.density(d.supportUpper() + 1)).isZero();
    }
    assertThat(d.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1);
    assertThat(d.survival(Double.POSITIVE_INFINITY)).isZero();
    assertThat(d.cdf(Double.NEGATIVE_INFINITY)).isZero();
    assertThat(d.survival(Double.NEGATIVE_INFINITY)).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("discreteDefaults")
  void discreteMassLivesOnWholeNumbersOnly(Distribution d) {
    double x = Math.floor(d.median()) + 0.5;
    assertThat(d.density(x)).isZero();
    assertThat(d.logDensity(x)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(d.hazard(x)).isZero();
    assertThat(d.cdf(x)).isEqualTo(d.cdf(Math.floor(x)));
    assertThat(d.survival(x)).isEqualTo(d.survival(Math.floor(x)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("discreteDefaults")
  void hugeArgumentsDoNotWrapAroundInt(Distribution d) {
    for (double huge : new double[] {3e9, 1e300, Double.MAX_VALUE}) {
      assertThat(d.cdf(huge)).isEqualTo(1);
      assertThat(d.survival(huge)).isZero();
      assertThat(d.density(huge)).isZero();
      assertThat(d.cdf(-huge)).isZero();
      assertThat(d.density(-huge)).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("discreteDefaults")
  void discreteHazardIsMassOverMassAtOrAbove(Distribution d) {
    double x = Math.floor(d.median());
    double atOrAbove = d.survival(x) + d.density(x);
    assertThat(d.hazard(x)).isCloseTo(d.density(x) / atOrAbove, within(1e-14));
  }

  @Test
  void discreteHazardAtTheLastValueIsOne() {
    Distribution die = DistributionSpec.parse("uniformdiscrete(lower=1, upper=6)").orElseThrow();
    assertThat(die.hazard(6)).isEqualTo(1);
    assertThat(die.hazard(1)).isCloseTo(1.0 / 6, within(1e-15));
  }

  @Test
  void continuousHazardIsInfiniteWhereNothingSurvivesButDensityRemains() {
    Distribution triangle =
        DistributionSpec.parse("triangular(lower=0, mode=1, upper=1)").orElseThrow();
    assertThat(triangle.hazard(1)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(triangle.hazard(0.5)).isCloseTo(1 / 0.75, within(1e-12));
  }
}
