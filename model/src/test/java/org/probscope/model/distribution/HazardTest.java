package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
  void isZeroBelowTheSupportAndUndefinedWhereItCannotBeRepresented() {
    assertThat(of("exponential(rate=1)").hazard(-1)).isZero();
    // beyond the upper end 0/0; at x = 40 both the normal density and survival underflow
    assertThat(of("uniform(lower=0, upper=1)").hazard(2)).isNaN();
    assertThat(of("normal(mean=0, sd=1)").hazard(40)).isNaN();
  }
}
