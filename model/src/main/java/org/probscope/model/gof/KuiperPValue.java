package org.probscope.model.gof;

/**
 * The Kuiper p-value after Stephens (1970): the statistic is scaled to λ = (√n + 0.155 + 0.24/√n)·V
 * and referred to Kuiper's limiting survival function Q(λ) = 2 Σⱼ (4j²λ² − 1) exp(−2j²λ²) (Kuiper
 * 1960; the form in Numerical Recipes §14.3, {@code probkp}). It is an asymptotic approximation;
 * Stephens reports it good to about two significant digits of the p-value for n ≥ 8 in the upper
 * tail (p ≤ 0.25) that matters for a test.
 */
final class KuiperPValue {

  private KuiperPValue() {}

  static final String METHOD = "asymptotic (Stephens 1970 modified statistic)";

  static double pValue(double v, int n) {
    double sqrtN = Math.sqrt(n);
    return limitSurvival((sqrtN + 0.155 + 0.24 / sqrtN) * v);
  }

  static double limitSurvival(double lambda) {
    if (!(lambda >= 0.4)) {
      // Q(0.4) = 1 − 2e-11: the series loses accuracy to cancellation below that.
      return Double.isNaN(lambda) ? Double.NaN : 1;
    }
    double l2 = lambda * lambda;
    double sum = 0;
    for (int j = 1; j < 1000; j++) {
      double jj = (double) j * j;
      double term = (4 * jj * l2 - 1) * Math.exp(-2 * jj * l2);
      sum += term;
      if (Math.abs(term) < 1e-17 * Math.abs(sum)) {
        break;
      }
    }
    return Math.min(1, Math.max(0, 2 * sum));
  }

  static double criticalValue(int n, double alpha) {
    return Roots.decreasing(v -> pValue(v, n), alpha, 0, 2);
  }
}
