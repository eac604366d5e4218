package org.probscope.model.gof;

/**
 * The Anderson–Darling p-value after Marsaglia &amp; Marsaglia (2004), "Evaluating the
 * Anderson-Darling distribution", J. Stat. Software 9(2): the short-cut approximation ADinf(z) of
 * the limiting CDF (|error| &lt; 2e-6) plus their finite-n correction errfix(n, ADinf(z)), which
 * they report accurate to the 5th (rarely the 4th) digit. p = 1 − (ADinf + errfix).
 *
 * <p>Their fit is for the body: errfix(n, 1) = −0.0006/n made the p-value stick at about 0.0006/n
 * for a huge A², and ADinf's upper form exp(−exp(poly(z))) is a polynomial fit that drifts in the
 * far tail. Above A² = {@value #JOIN} (p ≈ 1e-3) the p-value is therefore the limit law's tail in
 * log space ({@link LimitTails#logAndersonDarling}: relative error below 3e-3 there, falling as
 * z⁻³), scaled by the ratio of Marsaglia's finite-n p-value to the limit tail at the join:
 * continuous, monotone, and exact as n → ∞. A² = +∞ (a value outside the support) gives 0. n = 1 is
 * exact: A² = −1 − ln(u(1 − u)), so P(A² ≥ a) = 2r with r(1 − r) = e^{−1−a}, r ≤ ½.
 */
final class AndersonDarlingPValue {

  static final String METHOD = "Marsaglia & Marsaglia (2004) ADinf + finite-n correction";

  static final String TAIL_METHOD =
      "above A² = 6: limit-law tail (Anderson & Darling 1952) in log space, scaled to the finite-n"
          + " value at A² = 6";

  /** Where Marsaglia's fit hands over to the limit-law tail. */
  static final double JOIN = 6;

  /** The smallest A² of one point, at u = ½: −1 + 2 ln 2. */
  private static final double SINGLE_POINT_MINIMUM = 2 * Math.log(2) - 1;

  private AndersonDarlingPValue() {}

  static String method(double a2, int n) {
    if (n == 1) {
      return "exact (n = 1)";
    }
    return a2 > JOIN ? METHOD + "; " + TAIL_METHOD : METHOD;
  }

  static PValue of(double a2, int n) {
    if (a2 == Double.POSITIVE_INFINITY) {
      return PValue.of(0, "exact: a value outside the target's support");
    }
    return PValue.ofLog(logPValue(a2, n), method(a2, n));
  }

  static double pValue(double a2, int n) {
    return Math.exp(logPValue(a2, n));
  }

  /** ln P(A² ≥ a2) for a sample of size n. */
  static double logPValue(double a2, int n) {
    if (Double.isNaN(a2)) {
      return Double.NaN;
    }
    if (!(a2 > 0)) {
      return 0;
    }
    if (a2 == Double.POSITIVE_INFINITY) {
      return Double.NEGATIVE_INFINITY;
    }
    if (n == 1) {
      return singlePoint(a2);
    }
    if (a2 <= JOIN) {
      return Math.log(marsaglia(a2, n));
    }
    double atJoin = Math.log(marsaglia(JOIN, n)) - LimitTails.logAndersonDarling(JOIN);
    return Math.min(0, LimitTails.logAndersonDarling(a2) + atJoin);
  }

  /** ln(2r) with r = (1 − √(1 − 4e^{−1−a}))/2 = 2e^{−1−a}/(1 + √(1 − 4e^{−1−a})). */
  private static double singlePoint(double a2) {
    if (a2 <= SINGLE_POINT_MINIMUM) {
      return 0;
    }
    double e = Math.exp(-1 - a2);
    return Math.min(0, Math.log(4 * e) - Math.log1p(Math.sqrt(Math.max(0, 1 - 4 * e))));
  }

  /** Marsaglia &amp; Marsaglia's p-value 1 − (ADinf + errfix), the body's method. */
  private static double marsaglia(double a2, int n) {
    double limitCdf = limitCdf(a2);
    double complement = limitSurvival(a2);
    return Math.min(1, Math.max(0, complement - errorFix(n, limitCdf)));
  }

  /** 1 − ADinf(z) without cancellation. */
  static double limitSurvival(double z) {
    return z < 2 ? 1 - limitCdf(z) : -Math.expm1(-Math.exp(upperExponent(z)));
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
    return Roots.decreasingLog(a -> logPValue(a, n), Math.log(alpha), 1e-3, 10);
  }
}
