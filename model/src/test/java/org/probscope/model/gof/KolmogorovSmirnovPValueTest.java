package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KolmogorovSmirnovPValueTest {

  /** Reference: scipy.stats.kstwobign.sf(lam) (SciPy 1.17.1); 1e-12 relative (both series). */
  @ParameterizedTest
  @CsvSource({
    "0.3, 0.9999906941986655",
    "0.6, 0.8642827790506042",
    "0.9, 0.3927307079406543",
    "1.0, 0.26999967167735456",
    "1.36, 0.049485876755377876",
    "2.0, 0.0006709252557796953",
    "3.0, 3.045995948942526e-08"
  })
  void kolmogorovLimitMatchesScipyKstwobign(double lambda, double expected) {
    assertThat(KolmogorovSmirnovPValue.kolmogorovSurvival(lambda))
        .isCloseTo(expected, withinPercentage(1e-10));
  }

  /**
   * Beyond n = 10 000 the p-value is the limit: for n = 20 000 and D = 1.2/√n SciPy gives
   * kstwobign.sf(1.2) = 0.11224966667072497 (the exact kstwo.sf is 0.11161523991820543, 0.6% off).
   */
  @ParameterizedTest
  @CsvSource({"20000, 0.11224966667072497"})
  void largeSamplesUseTheAsymptoticDistribution(int n, double expected) {
    assertThat(KolmogorovSmirnovPValue.pValue(1.2 / Math.sqrt(n), n))
        .isCloseTo(expected, withinPercentage(1e-10));
    assertThat(KolmogorovSmirnovPValue.method(n)).startsWith("asymptotic");
  }
}
