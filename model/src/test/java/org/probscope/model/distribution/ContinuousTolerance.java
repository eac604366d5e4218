package org.probscope.model.distribution;

import java.util.Map;

/**
 * Tolerances of {@link ContinuousReferenceTest} against the mpmath references, per family and kind
 * of figure. Defaults:
 *
 * <ul>
 *   <li>density, cdf, sf, hazard: relative {@code 1e-15 (8 + |ln v|)}. A value v = exp(L) computed
 *       in double carries the rounding of its argument times |L| (the condition number of exp; z =
 *       (x − μ)/σ alone is rounded, and ln Q(z) ≈ −z²/2 doubles that), so a tail of 1e-300 is known
 *       to about 7e-13 and a body value to 1e-14. Below the smallest normal double the comparison
 *       is absolute at that floor;
 *   <li>hazard: relative {@code 1e-15 (8 + |ln f| + |ln S|)}, the references' ln f and ln S at the
 *       same x: where f and S underflow it is exp(ln f − ln S), whose argument carries the rounding
 *       of both logarithms;
 *   <li>log density, log cdf, log sf: absolute {@code 1e-15 (8 + |v|)}, the same carried through
 *       the logarithm;
 *   <li>quantiles and inverse survival: {@code |x − ref| <= t · slack + 4 ulp(ref)}, slack = T(ref)
 *       / f(ref) with T the smaller tail, t = max(1e-13, the probability tolerance at T): F(Q(p)) =
 *       p to 1e-13 relative in the smaller tail, as issue 7 asks, or as well as the tail itself is
 *       known where that is looser (7e-13 at 1e-300), plus the rounding of x itself;
 *   <li>mean, variance: relative 1e-13; skewness, kurtosis: 1e-12, absolute below 1 (a symmetric
 *       law's 0 comes out as ±1e-16); entropy: 1e-12, absolute below 1.
 * </ul>
 *
 * Every looser entry below says which library routine it is and how far off it was measured ({@code
 * mvn -pl model test -Dtest=ContinuousReferenceTest} prints each failure's error).
 */
final class ContinuousTolerance {

  enum Kind {
    PROBABILITY,
    HAZARD,
    LOG,
    QUANTILE,
    MOMENT,
    SHAPE,
    ENTROPY
  }

  static final double QUANTILE_DEFAULT = 1e-13;

  /** Multipliers of the default, by family and kind. */
  private static final Map<String, Map<Kind, Double>> LOOSER =
      Map.ofEntries(
          // ln x is rounded to a double: its error ulp(|ln x|)/2 (5.7e-14 at x = 1e-266) becomes
          // z/σ times that in ln f and ln F (7e-13 relative at mu = -500, sigma = 3, z = 36)
          Map.entry("lognormal", Map.of(Kind.PROBABILITY, 20.0, Kind.HAZARD, 20.0, Kind.LOG, 20.0)),
          // ln f = ln λ − λx cancels: at rate 1e300, x = 6.9e-298 two terms of 690 leave 4.7e-4,
          // known to 2e-14 absolute in any double evaluation, and f = λ e^{−λx} carries the
          // rounding of λx = 690 (5.7e-14 relative there)
          Map.entry("exponential", Map.of(Kind.LOG, 10.0, Kind.PROBABILITY, 10.0)),
          // Commons' ln f = (a − 1) ln x + (b − 1) ln(1 − x) − ln B(a, b) sums terms of about 50
          // at beta(100, 50): 1e-14 absolute
          Map.entry("beta", Map.of(Kind.LOG, 3.0)),
          // a ratio of tails taken in logarithms of size ln Q(α) (−454 at α = 30) carries |ln Q(α)|
          // ulps: 5e-14 relative where the tolerance's |ln v| is small (ln F ≈ −0.1 there)
          Map.entry(
              "truncatednormal", Map.of(Kind.PROBABILITY, 10.0, Kind.HAZARD, 10.0, Kind.LOG, 10.0)),
          // three logarithms of about 368 (w = 2e160): 4e-14 absolute in ln F
          Map.entry("triangular", Map.of(Kind.LOG, 10.0)));

  private ContinuousTolerance() {}

  static Kind kindOf(String quantity) {
    return switch (quantity) {
      case "pdf", "cdf", "sf" -> Kind.PROBABILITY;
      case "hazard" -> Kind.HAZARD;
      case "logpdf", "logcdf", "logsf" -> Kind.LOG;
      case "ppf", "isf" -> Kind.QUANTILE;
      case "mean", "var" -> Kind.MOMENT;
      case "skew", "kurt" -> Kind.SHAPE;
      case "entropy" -> Kind.ENTROPY;
      default -> throw new IllegalArgumentException("unknown quantity " + quantity);
    };
  }

  static double factor(String family, Kind kind) {
    return LOOSER.getOrDefault(family, Map.of()).getOrDefault(kind, 1.0);
  }

  /** The relative tolerance of a probability v (a tail of the same size for a quantile). */
  static double probability(String family, double v) {
    return factor(family, Kind.PROBABILITY)
        * 1e-15
        * (8 + Math.abs(Math.log(Math.max(v, Double.MIN_NORMAL))));
  }

  /**
   * Whether {@code actual} passes against {@code expected}; for a quantile, {@code slack} is the
   * reference's T / f and {@code level} the smaller tail, min(p, 1 − p); for a hazard {@code slack}
   * is |ln f| + |ln S| of the reference.
   */
  static boolean close(
      String family, Kind kind, double actual, double expected, double slack, double level) {
    if (Double.isNaN(expected) || Double.isInfinite(expected)) {
      return Double.compare(actual, expected) == 0;
    }
    double factor = factor(family, kind);
    double error = Math.abs(actual - expected);
    return switch (kind) {
      case PROBABILITY ->
          error <= Math.max(probability(family, expected) * expected, Double.MIN_NORMAL);
      case HAZARD -> error <= factor * 1e-15 * (8 + slack) * Math.abs(expected);
      case LOG -> error <= factor * 1e-15 * (8 + Math.abs(expected));
      case QUANTILE ->
          error
              <= factor * Math.max(QUANTILE_DEFAULT, probability(family, level)) * slack
                  + 4 * Math.ulp(expected);
      case MOMENT -> error <= factor * 1e-13 * Math.abs(expected);
      case SHAPE, ENTROPY -> error <= factor * 1e-12 * Math.max(Math.abs(expected), 1);
    };
  }
}
