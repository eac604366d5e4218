package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

class HazardTest {

  private static Distribution of(String spec) {
    return DistributionSpec.parse(spec).orElseThrow();
  }

  @Test
  void isDensityOverSurvivalInTheBody() {
    // scipy.stats.norm.pdf(5) / scipy.stats.norm.sf(5) = 5.186503967125854
    assertThat(of("normal(mean=0, sd=1)").hazard(5)).isCloseTo(5.186503967125854, within(1e-12));
    // exponential: constant hazard equal to the rate
    assertThat(of("exponential(rate=2.5)").hazard(3)).isCloseTo(2.5, within(1e-12));
  }

  @Test
  void isZeroBelowTheSupportAndUndefinedBeyondIt() {
    assertThat(of("exponential(rate=1)").hazard(-1)).isZero();
    assertThat(of("uniform(lower=0, upper=1)").hazard(2)).isNaN();
  }

  /**
   * Issue 7 item 6: where the density and the survival function underflow the hazard was ∞ or NaN.
   * References: mpmath (50 digits) npdf(x) / (erfc(x/√2)/2); the normal hazard at x is about x +
   * 1/x, so a relative 1e-13 is the rounding of x² / 2 ≈ 800 carried through exp.
   */
  @Test
  void staysFiniteWhereDensityAndSurvivalUnderflow() {
    Distribution normal = of("normal(mean=0, sd=1)");
    assertThat(normal.hazard(38.5)).isCloseTo(38.525939096854494, Percentage.withPercentage(1e-11));
    assertThat(normal.hazard(39)).isCloseTo(39.02560741993011, Percentage.withPercentage(1e-11));
    assertThat(normal.hazard(40)).isCloseTo(40.02496884720726, Percentage.withPercentage(1e-11));
    assertThat(normal.hazard(1e10)).isCloseTo(1e10, Percentage.withPercentage(1e-11));
    // exponential: ln f − ln S = −750 − (−750) exactly
    assertThat(of("exponential(rate=1)").hazard(750)).isEqualTo(1.0);
    assertThat(of("exponential(rate=1)").hazard(1e6)).isEqualTo(1.0);
  }
}
