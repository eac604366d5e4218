package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probscope.model.TestScale;

/**
 * Every p-value is non-increasing in its statistic, across the joins between its methods (exact →
 * log-space Smirnov, finite-n series → limit-law tail, number → "&lt; 1e-300"), on a fine grid for
 * n ∈ {1, 2, 5, 10, 100, 1000, 10⁴, 10⁵, 10⁶}: linear over the body, geometric out to the largest
 * statistic the test can take. Both ln p and the shown upper figure ({@link PValue#value()}, the
 * number or the bound) are checked; a rise of more than 1e-12 relative in ln p (rounding) fails.
 * The grid has {@code TestScale.of(600, 20 000)} points per test and n.
 */
class PValueMonotonicityTest {

  static IntStream sizes() {
    return IntStream.of(1, 2, 5, 10, 100, 1000, 10_000, 100_000, 1_000_000);
  }

  private static final int POINTS = TestScale.of(600, 20_000);

  @ParameterizedTest(name = "n = {0}")
  @MethodSource("sizes")
  void kolmogorovSmirnov(int n) {
    assertNonIncreasing(grid(0, 1.0001, 1.0001), n, KolmogorovSmirnovPValue::logPValue);
    assertShownNonIncreasing(grid(0, 1.0001, 1.0001), n, KolmogorovSmirnovPValue::of);
  }

  @ParameterizedTest(name = "n = {0}")
  @MethodSource("sizes")
  void kuiper(int n) {
    assertNonIncreasing(grid(0, 1.01, 1.01), n, KuiperPValue::logPValue);
    assertShownNonIncreasing(grid(0, 1.01, 1.01), n, KuiperPValue::of);
  }

  @ParameterizedTest(name = "n = {0}")
  @MethodSource("sizes")
  void cramerVonMises(int n) {
    double[] s = grid(0, 5, Math.max(10, n / 3.0 + 1));
    assertNonIncreasing(s, n, CramerVonMisesPValue::logPValue);
    assertShownNonIncreasing(s, n, CramerVonMisesPValue::of);
  }

  @ParameterizedTest(name = "n = {0}")
  @MethodSource("sizes")
  void andersonDarling(int n) {
    double[] s = grid(0, 12, 1e7);
    assertNonIncreasing(s, n, AndersonDarlingPValue::logPValue);
    assertShownNonIncreasing(s, n, AndersonDarlingPValue::of);
  }

  /** Half the points linear on [from, body], half geometric on (body, to]. */
  private static double[] grid(double from, double body, double to) {
    int half = POINTS / 2;
    double[] s = new double[2 * half];
    for (int i = 0; i < half; i++) {
      s[i] = from + (body - from) * (i + 1) / half;
    }
    double ratio = Math.pow(to / body, 1.0 / half);
    for (int i = 0; i < half; i++) {
      s[half + i] = body * Math.pow(ratio, i + 1);
    }
    return s;
  }

  private static void assertNonIncreasing(
      double[] s, int n, BiFunction<Double, Integer, Double> logP) {
    double previous = 0;
    for (double x : s) {
      double lnP = logP.apply(x, n);
      assertThat(lnP).as("ln p at %s, n = %d", x, n).isNotNaN().isLessThanOrEqualTo(0);
      double allowed =
          previous == Double.NEGATIVE_INFINITY
              ? previous
              : previous + 1e-12 * Math.max(1, Math.abs(previous));
      assertThat(lnP).as("ln p at %s, n = %d", x, n).isLessThanOrEqualTo(allowed);
      previous = lnP;
    }
  }

  private static void assertShownNonIncreasing(
      double[] s, int n, BiFunction<Double, Integer, PValue> p) {
    double previous = 1;
    for (double x : s) {
      PValue value = p.apply(x, n);
      assertThat(value.value())
          .as("shown p at %s, n = %d", x, n)
          .isLessThanOrEqualTo(previous * (1 + 1e-12));
      previous = value.value();
    }
  }
}
