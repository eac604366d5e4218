package org.probscope.model.gof;

import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * The two-sided one-sample Kolmogorov–Smirnov p-value P(Dₙ ≥ d).
 *
 * <p>For n ≤ {@value #EXACT_LIMIT} it is exact: Commons Statistics' {@link KolmogorovSmirnovTest}
 * with {@link PValueMethod#EXACT} (Simard &amp; L'Ecuyer 2011, as SciPy's {@code stats.kstwo.sf(d,
 * n)}). Commons only exposes the p-value through a test on an array, so we hand it n points whose
 * statistic against the uniform CDF is exactly d; this costs O(n) and never touches the user's
 * sample. Beyond that it is Kolmogorov's limit Q(√n·d) (SciPy's {@code stats.kstwobign.sf}).
 */
final class KolmogorovSmirnovPValue {

  /** Largest n with an exact p-value (SciPy's {@code kstest(method='auto')} uses the same cut). */
  static final int EXACT_LIMIT = 10_000;

  private static final KolmogorovSmirnovTest EXACT =
      KolmogorovSmirnovTest.withDefaults().with(PValueMethod.EXACT);

  private KolmogorovSmirnovPValue() {}

  static String method(int n) {
    return n <= EXACT_LIMIT
        ? "exact (Simard & L'Ecuyer 2011)"
        : "asymptotic (Kolmogorov limit of √n·D)";
  }

  static double pValue(double d, int n) {
    if (Double.isNaN(d)) {
      return Double.NaN;
    }
    if (d <= 0.5 / n) {
      return 1; // D >= 1/(2n) always
    }
    if (d >= 1) {
      return 0;
    }
    if (n == 1) {
      return 2 * (1 - d); // D = max(F, 1 − F) with F uniform; Commons needs n ≥ 2
    }
    if (n > EXACT_LIMIT) {
      return kolmogorovSurvival(Math.sqrt(n) * d);
    }
    return EXACT.test(pointsWithStatistic(d, n), u -> u).getPValue();
  }

  /**
   * Points u₁ ≤ … ≤ uₙ in [0, 1] with D⁺ = d against the uniform CDF and D⁻ = 1/n − d < d, so that
   * their KS statistic is d (for d > 1/(2n)).
   */
  private static double[] pointsWithStatistic(double d, int n) {
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = Math.max(0, (i + 1.0) / n - d);
    }
    return u;
  }

  /**
   * Kolmogorov's limiting survival function Q(λ) = 2 Σₖ (−1)ᵏ⁻¹ exp(−2k²λ²); for λ < 1 through the
   * equivalent theta-function form of the CDF, 1 − (√(2π)/λ) Σₖ exp(−(2k−1)²π²/(8λ²)), which
   * converges fast there.
   */
  static double kolmogorovSurvival(double lambda) {
    if (!(lambda > 0)) {
      return 1;
    }
    if (lambda < 1) {
      double sum = 0;
      double c = -Math.PI * Math.PI / (8 * lambda * lambda);
      for (int k = 1; k < 100; k++) {
        double term = Math.exp(c * (2 * k - 1) * (2 * k - 1));
        sum += term;
        if (term < 1e-17 * sum) {
          break;
        }
      }
      return Math.min(1, Math.max(0, 1 - Math.sqrt(2 * Math.PI) / lambda * sum));
    }
    double sum = 0;
    for (int k = 1; k < 100; k++) {
      double term = Math.exp(-2.0 * k * k * lambda * lambda);
      sum += (k % 2 == 1) ? term : -term;
      if (term < 1e-17 * sum) {
        break;
      }
    }
    return Math.min(1, Math.max(0, 2 * sum));
  }

  /** The d with P(Dₙ ≥ d) = α. */
  static double criticalValue(int n, double alpha) {
    return Roots.decreasing(d -> pValue(d, n), alpha, 0.5 / n, 1);
  }
}
