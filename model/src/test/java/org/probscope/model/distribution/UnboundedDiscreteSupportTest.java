package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Commons Statistics marks an unbounded discrete support with Integer.MAX_VALUE; the model reports
 * it as infinite (scipy.stats.poisson(3).support() = (0, inf), .ppf(1) = inf).
 */
class UnboundedDiscreteSupportTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"poisson(mean=3)", "geometric(p=0.3)", "negativebinomial(successes=4, p=0.5)"})
  void upperSupportAndTopQuantileAreInfinite(String spec) {
    Distribution d = DistributionSpec.parse(spec).orElseThrow();
    assertThat(d.supportUpper()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(d.quantile(1)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(d.cdf(1e12)).isEqualTo(1);
    assertThat(d.survival(1e12)).isZero();
    assertThat(d.density(3e9)).isZero();
    assertThat(d.quantile(0.5)).isFinite();
  }
}
