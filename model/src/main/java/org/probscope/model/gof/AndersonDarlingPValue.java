package org.probscope.model.gof;

/**
 * The Anderson–Darling p-value after Marsaglia &amp; Marsaglia (2004), "Evaluating the
 * Anderson-Darling distribution", J. Stat. Software 9(2): the short-cut approximation ADinf(z) of
 * the limiting CDF (|error| &lt; 2e-6) plus their finite-n correction errfix(n, ADinf(z)), which
 * they report accurate to the 5th (rarely the 4th) digit. p = 1 − (ADinf + errfix).
 *
 * <p>A property of their fit to keep in mind: errfix(n, 1) = −0.0006/n, so for a huge A² the
 * p-value bottoms out at about 0.0006/n instead of going to 0 (A² = +∞, a value outside the
 * support, gives exactly 0). It stays far below any usual α.
 */
final class AndersonDarlingPValue {

  static final String METHOD = "Marsaglia & Marsaglia (2004) ADinf + finite-n correction";

  private AndersonDarlingPValue() {}

  static double pValue(double a2, int n) {
    if (Double.isNaN(a2)) {
      return Double.NaN;
    }
    if (!(a2 > 0)) {
      return 1;
    }
    if (a2 == Double.POSITIVE_INFINITY) {
      return 0;
    }
    double limitCdf = limitCdf(a2);
    double complement =
        a2 < 2 ? 1 - limitCdf : -Math.expm1(-Math.exp(upperExponent(a2))); // 1 − ADinf, no loss
    return Math.min(1, Math.max(0, complement - errorFix(n, limitCdf)));
  }

  /** ADinf(z), Marsaglia &amp; Marsaglia's short-cut for the limiting CDF. */
  static double limitCdf(double z) {
    if (z < 2) {
      double poly =
          2.00012
              + (0.247105 - (0.0649821 - (0.0347962 - (0.011672 - 0.00168691 * z) * z) * z) * z)
                  * z;
      return Math.exp(-1.2337141 / z) / Math.sqrt(z) * poly;
    }
    return Math.exp(-Math.exp(upperExponent(z)));
  }

  private static double upperExponent(double z) {
    return 1.0776 - (2.30695 - (0.43424 - (0.082433 - (0.008056 - 0.0003146 * z) * z) * z) * z) * z;
  }

  /** errfix(n, x): the correction to add to x = ADinf(z) for a sample of size n. */
  static double errorFix(int n, double x) {
    if (x > 0.8) {
      double g3 =
          -130.2137
              + (745.2337 - (1705.091 - (1950.646 - (1116.360 - 255.7844 * x) * x) * x) * x) * x;
      return g3 / n;
    }
    double c = 0.01265 + 0.1757 / n;
    if (x < c) {
      double t = x / c;
      double g1 = Math.sqrt(t) * (1 - t) * (49 * t - 102);
      return g1 * (0.0037 / ((double) n * n) + 0.00078 / n + 0.00006) / n;
    }
    double t = (x - c) / (0.8 - c);
    double g2 =
        -0.00022633 + (6.54034 - (14.6538 - (14.458 - (8.259 - 1.91864 * t) * t) * t) * t) * t;
    return g2 * (0.04213 + 0.01365 / n) / n;
  }

  static double criticalValue(int n, double alpha) {
    return Roots.decreasing(a -> pValue(a, n), alpha, 1e-3, 10);
  }
}
