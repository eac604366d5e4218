package org.probscope.model.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SampleTest {

  // Reference: numpy/scipy on [3, 1, 4, 1, 5, 9, 2, 6]:
  //   np.mean -> 3.875, np.std(ddof=1) -> 2.748376143938713,
  //   np.quantile(x, [.25, .5, .75]) -> [1.75, 3.5, 5.25],
  //   scipy.stats.skew(x, bias=False) -> 0.8335031385336658,
  //   scipy.stats.kurtosis(x, bias=False) -> 0.27660580453699524 (excess)
  private static final double[] PI_DIGITS = {3, 1, 4, 1, 5, 9, 2, 6};

  @Test
  void summaryMatchesNumpyAndScipy() {
    SampleSummary s = Sample.of("pi", PI_DIGITS).summary();
    assertThat(s.n()).isEqualTo(8);
    assertThat(s.mean()).isCloseTo(3.875, within(1e-15));
    assertThat(s.standardDeviation()).isCloseTo(2.748376143938713, within(1e-14));
    assertThat(s.firstQuartile()).isEqualTo(1.75);
    assertThat(s.median()).isEqualTo(3.5);
    assertThat(s.thirdQuartile()).isEqualTo(5.25);
    assertThat(s.min()).isEqualTo(1);
    assertThat(s.max()).isEqualTo(9);
    assertThat(s.skewness()).isCloseTo(0.8335031385336658, within(1e-13));
    assertThat(s.excessKurtosis()).isCloseTo(0.27660580453699524, within(1e-13));
  }

  @Test
  void keepsBothOrdersAndDoesNotShareTheCallersArray() {
    double[] values = PI_DIGITS.clone();
    Sample sample = Sample.of("pi", values);
    values[0] = 100;
    assertThat(sample.originalValues()).containsExactly(PI_DIGITS);
    assertThat(sample.sortedValues()).containsExactly(1, 1, 2, 3, 4, 5, 6, 9);
  }

  @Test
  void empiricalCdfCountsValuesAtOrBelow() {
    Sample sample = Sample.of("pi", PI_DIGITS);
    assertThat(sample.ecdf(0.5)).isZero();
    assertThat(sample.ecdf(1)).isEqualTo(0.25);
    assertThat(sample.ecdf(4.5)).isEqualTo(5 / 8.0);
    assertThat(sample.ecdf(9)).isEqualTo(1);
  }

  @Test
  void rejectsEmptyAndNonFiniteValues() {
    assertThatThrownBy(() -> Sample.of("x", new double[0])).hasMessageContaining("at least one");
    assertThatThrownBy(() -> Sample.of("x", new double[] {1, Double.NaN}))
        .hasMessageContaining("value 2 is not finite");
  }
}
