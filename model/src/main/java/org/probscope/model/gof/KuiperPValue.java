package org.probscope.model.gof;

/**
 * The Kuiper p-value after Stephens (1970): the statistic is scaled to λ = (√n + 0.155 + 0.24/√n)·V
 * and referred to Kuiper's limiting survival function Q(λ) = 2 Σⱼ (4j²λ² − 1) exp(−2j²λ²) (Kuiper
 * 1960; the form in Numerical Recipes §14.3, {@code probkp}), in log space for λ ≥ 1 so that it
 * does not underflow: ln Q = ln 2 + ln(4λ² − 1) − 2λ² + ln(1 + Σⱼ≥₂ (4j²λ² − 1)/(4λ² − 1)·e^{−2(j²
 * − 1)λ²}). It is an asymptotic approximation; Stephens reports it good to about two significant
 * digits of the p-value for n ≥ 8 in the upper tail (p ≤ 0.25) that matters for a test. V = D⁺ + D⁻
 * never exceeds 1, so the p-value is 0 above 1; n = 1 is exact (V = 1 always).
 */
final class KuiperPValue {

  private KuiperPValue() {}

  static final String METHOD = "asymptotic (Stephens 1970 modified statistic), log space";

  static final String TABLE_METHOD =
      "simulated finite-n table (2·10⁶ samples, Monte-Carlo error ≤ 5% down to p = 1e-4)";

  static PValue of(double v, int n) {
    if (n == 1) {
      return PValue.ofLog(logPValue(v, n), "exact (n = 1: V = 1)");
    }
    if (!KuiperTable.covers(n)) {
      return PValue.ofLog(logPValue(v, n), METHOD);
    }
    double lnP = logPValue(v, n);
    if (v > KuiperTable.edge(n) && v <= 1) {
      return PValue.below(
          KuiperTable.SMALLEST_P, lnP, TABLE_METHOD, "beyond the simulated table (p < 1e-4)");
    }
    return PValue.ofLog(lnP, TABLE_METHOD);
  }

  static double pValue(double v, int n) {
    return Math.exp(logPValue(v, n));
  }

  /** ln P(V ≥ v). */
  static double logPValue(double v, int n) {
    if (Double.isNaN(v)) {
      return Double.NaN;
    }
    if (v > 1) {
      return Double.NEGATIVE_INFINITY;
    }
    if (n == 1) {
      return 0; // V = 1 for every single point
    }
    if (!KuiperTable.covers(n)) {
      return stephens(v, n);
    }
    double edge = KuiperTable.edge(n);
    if (v <= edge) {
      return KuiperTable.logP(v, n);
    }
    // beyond the table: Stephens' tail shape, shifted to meet the table at its edge
    double atEdge = KuiperTable.logPAtEdge(n);
    return Math.min(atEdge, stephens(v, n) - stephens(edge, n) + atEdge);
  }

  private static double stephens(double v, int n) {
    double sqrtN = Math.sqrt(n);
    return logLimitSurvival((sqrtN + 0.155 + 0.24 / sqrtN) * v);
  }

  static double limitSurvival(double lambda) {
    return Math.exp(logLimitSurvival(lambda));
  }

  static double logLimitSurvival(double lambda) {
    if (Double.isNaN(lambda)) {
      return Double.NaN;
    }
    if (!(lambda >= 0.4)) {
      // Q(0.4) = 1 − 2e-11: the series loses accuracy to cancellation below that.
      return 0;
    }
    double l2 = lambda * lambda;
    if (lambda < 1) {
      double sum = 0;
      for (int j = 1; j < 1000; j++) {
        double jj = (double) j * j;
        double term = (4 * jj * l2 - 1) * Math.exp(-2 * jj * l2);
        sum += term;
        if (Math.abs(term) < 1e-17 * Math.abs(sum)) {
          break;
        }
      }
      return Math.log(Math.min(1, Math.max(0, 2 * sum)));
    }
    double lead = 4 * l2 - 1;
    double rest = 0;
    for (int j = 2; j < 1000; j++) {
      double jj = (double) j * j;
      double term = (4 * jj * l2 - 1) / lead * Math.exp(-2 * (jj - 1) * l2);
      rest += term;
      if (term < 1e-17) {
        break;
      }
    }
    return Math.min(0, Math.log(2 * lead) - 2 * l2 + Math.log1p(rest));
  }

  static double criticalValue(int n, double alpha) {
    return Roots.decreasingLog(v -> logPValue(v, n), Math.log(alpha), 0, 1);
  }
}
