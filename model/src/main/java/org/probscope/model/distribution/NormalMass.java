package org.probscope.model.distribution;

/**
 * ln P(a &lt; Z &le; b) for the standard normal Z, finite wherever the mass is positive, also where
 * it underflows (a = 40) and where it is a difference of two nearly equal CDF values (a narrow
 * interval, or one far in a tail). Three regimes:
 *
 * <ul>
 *   <li>the log density changes by at most 1 over [a, b]: ln φ(m) + ln ∫ₐᵇ exp(−(t − m)(t + m)/2)
 *       dt with m the point of [a, b] nearest 0, by 10-point Gauss–Legendre (the integrand is
 *       within a factor e of 1 and entire, so the rule is exact to rounding);
 *   <li>both ends on one side of 0: the difference of the log tails, ln Q(a) + ln(1 − exp(ln Q(b) −
 *       ln Q(a))) above 0 (mirrored below), where the ratio is at most about 1/e so nothing
 *       cancels;
 *   <li>[a, b] holds 0: ln(1 − Φ(a) − Q(b)), both tails at most ½.
 * </ul>
 */
final class NormalMass {

  private NormalMass() {}

  static double log(double a, double b) {
    return log(a, b, b - a);
  }

  /**
   * As {@link #log(double, double)} with the width b − a given, for a caller that knows it more
   * exactly than the rounded ends do: (x − lower)/σ next to a truncation point is 1e-51 where z and
   * α are the same double.
   */
  static double log(double a, double b, double width) {
    if (!(width > 0)) {
      return Double.NEGATIVE_INFINITY;
    }
    if (b <= 0) {
      return log(-b, -a, width);
    }
    double far = Math.max(Math.abs(a), Math.abs(b));
    if (Double.isFinite(far) && width * far <= 1) {
      // the end nearest 0 as the base: the lower one above 0, the upper one below (mirrored
      // above), 0 inside
      double m = a > 0 ? a : 0;
      double from = a > 0 ? 0 : a;
      double to = a > 0 ? width : b;
      return NormalTails.logDensity(m) + Math.log(flatIntegral(from, to, m, a > 0));
    }
    if (a >= 0) {
      double la = NormalTails.logUpper(a);
      if (la == Double.NEGATIVE_INFINITY) {
        // a²/2 overflows: the mass is below any double's logarithm's reach
        return la;
      }
      double lb =
          b == Double.POSITIVE_INFINITY ? Double.NEGATIVE_INFINITY : NormalTails.logUpper(b);
      return la + Math.log(-Math.expm1(lb - la));
    }
    double lowerTail = a == Double.NEGATIVE_INFINITY ? 0 : NormalTails.upper(-a);
    double upperTail = b == Double.POSITIVE_INFINITY ? 0 : NormalTails.upper(b);
    return Math.log1p(-(lowerTail + upperTail));
  }

  /**
   * ∫ exp(−(t − m)(t + m)/2) dt over [from, to], for an interval over which the exponent changes by
   * ≤ 1; with {@code offsets} the nodes are offsets d = t − m and the exponent is d(d + 2m)/2.
   */
  private static double flatIntegral(double from, double to, double m, boolean offsets) {
    double half = (to - from) / 2;
    double centre = from + half;
    return offsets
        ? GaussLegendre.integrate(d -> Math.exp(-d * (d + 2 * m) / 2), centre, half)
        : GaussLegendre.integrate(t -> Math.exp(-(t - m) * (t + m) / 2), centre, half);
  }
}
