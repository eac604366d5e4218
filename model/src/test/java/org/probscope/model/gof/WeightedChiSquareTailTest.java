package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.numbers.gamma.Erfc;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Smirnov's series for P(Σ λⱼ χ²₁ &gt; x) against laws known in closed form.
 *
 * <ul>
 *   <li>One weight: P = erfc(√(x/(2λ))); two equal weights (χ²₂ scaled): P = e^{−x/(2λ)}.
 *   <li>Watson's U² limit: weights 1/(4π²k²), each twice, so every interval has length 0; its
 *       survival is 2Σ(−1)^{k−1}e^{−2k²π²u} (Watson 1961). Truncated at k = 4000, which drops a
 *       mean of 2Σ_{k&gt;4000} 1/(4π²k²) ≈ 1.3e-5, moving P by at most that times the density (&lt;
 *       10 for u ≥ 0.05): the comparison is made at 1e-3 absolute.
 *   <li>Widely spread weights, 1 and 1e-9 (the case that broke Gauss–Chebyshev): within 1e-8 of the
 *       one-weight law for x ≥ 0.1, where the tiny weight moves P by about 1e-9 times the χ²₁
 *       density (&lt; 1.3).
 * </ul>
 */
class WeightedChiSquareTailTest {

  @ParameterizedTest
  @ValueSource(doubles = {1e-6, 0.01, 0.5, 1, 3, 10, 40, 200})
  void oneWeightIsTheScaledChiSquareLaw(double x) {
    WeightedChiSquareTail law = WeightedChiSquareTail.of(new double[] {0.25});
    double expected = Erfc.value(Math.sqrt(x / 0.5));
    assertThat(law.survival(x)).isCloseTo(expected, within(1e-12 * Math.max(expected, 1e-300)));
  }

  @ParameterizedTest
  @ValueSource(doubles = {1e-6, 0.01, 0.5, 1, 3, 10, 40, 300})
  void twoEqualWeightsAreAnExponential(double x) {
    WeightedChiSquareTail law = WeightedChiSquareTail.of(new double[] {0.5, 0.5});
    double expected = Math.exp(-x);
    assertThat(law.survival(x)).isCloseTo(expected, within(1e-10 * expected));
  }

  @ParameterizedTest
  @CsvSource({"0.05", "0.1", "0.187", "0.267", "0.5"})
  void watsonsLimitWithItsDoubleEigenvalues(double u) {
    double[] weights = new double[8000];
    for (int k = 1; k <= 4000; k++) {
      weights[2 * k - 2] = 1 / (4 * Math.PI * Math.PI * k * k);
      weights[2 * k - 1] = weights[2 * k - 2];
    }
    double expected = 0;
    for (int k = 1; k < 200; k++) {
      expected += 2 * (k % 2 == 1 ? 1 : -1) * Math.exp(-2.0 * k * k * Math.PI * Math.PI * u);
    }
    assertThat(WeightedChiSquareTail.of(weights).survival(u)).isCloseTo(expected, within(1e-3));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.5, 4, 30})
  void aTinyWeightBesideALargeOneChangesAlmostNothing(double x) {
    double expected = Erfc.value(Math.sqrt(x / 2));
    double actual = WeightedChiSquareTail.of(new double[] {1, 1e-9}).survival(x);
    assertThat(actual).isCloseTo(expected, within(1e-8 * Math.max(expected, 1e-10)));
  }
}
