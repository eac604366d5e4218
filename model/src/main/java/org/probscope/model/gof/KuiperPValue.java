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
      double lnP = logPValue(v, n);
      if (lnP < LOG_CHECKED && v <= 1) {
        double bound = farBound(v, n);
        return PValue.below(
            bound, lnP, METHOD, bound > PValue.SMALLEST_SHOWN ? FAR_REASON : PValue.BELOW_SHOWN);
      }
      return PValue.ofLog(lnP, METHOD);
    }
    double lnP = logPValue(v, n);
    if (v > KuiperTable.edge(n) && v <= 1) {
      return PValue.below(
          KuiperTable.SMALLEST_P, lnP, TABLE_METHOD, "beyond the simulated table (p < 1e-4)");
    }
    return PValue.ofLog(lnP, TABLE_METHOD);
  }

  /**
   * Below this Stephens' formula is not given as a number: it was checked against finite-n
   * simulation only in the body and the near tail, and far out (V near its maximum 1) the finite-n
   * law ends where the limit law goes on (at n = 300 and V = 1 − 1e-13 the formula says 5e-263, the
   * finite-n tail is below 1e-3000). Stephens' values there are larger than the finite-n ones, as
   * everywhere they were compared (3% in the body, 1.4× at p = 1e-3 for n = 10).
   */
  static final double CHECKED = 1e-10;

  private static final double LOG_CHECKED = Math.log(CHECKED);

  static final String FAR_REASON =
      "beyond p = 1e-10, where Stephens' formula was not checked against finite n; where it is"
          + " smaller, the bound is P(D ≥ V/2) ≤ 2·exp(−n·V²/2) (Massart 1990)";

  /**
   * min(1e-10, 2·exp(−nV²/2)), at least 1e-300: V ≥ v needs D⁺ or D⁻ ≥ v/2, and Massart's
   * inequality bounds P(D ≥ d) by 2·exp(−2nd²).
   */
  static double farBound(double v, int n) {
    double logMassart = Math.log(2) - n * v * v / 2;
    return Math.max(PValue.SMALLEST_SHOWN, Math.exp(Math.min(LOG_CHECKED, logMassart)));
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
