package org.probscope.model.gof;

import java.util.Objects;

/**
 * A p-value as far as its method can tell: either a number, or only an upper bound "p &lt; b" with
 * the reason no number is given (below the smallest p-value shown, or beyond the range where the
 * method is valid).
 *
 * <p>Every p-value of this package is computed as ln p, so that a far-tail statistic keeps a
 * meaningful figure instead of underflowing to 0 ({@link #logEstimate()}). A number below {@value
 * #SMALLEST_SHOWN} is reported as the bound "&lt; 1e-300": that is the method's value, no worse
 * than the number above it, but a double printed at 1e-320 would carry no more than a digit or two.
 * A test is decided by {@link #rejects(double)}: the value against α when there is one; with a
 * bound, "reject" whenever b ≤ α, and otherwise the statistic against the critical value (which
 * {@link GoodnessOfFit#decisions(double)} does; {@link #logEstimate()} is the same decision on the
 * p-value scale). An unknown p-value is never read as "do not reject".
 *
 * @param value the p-value in [0, 1] when {@code bound} is false; the bound b when it is true
 * @param bound whether only {@code p < value} is known
 * @param logEstimate ln p as the method gives it (−∞ for p = 0); monotone in the statistic, used
 *     for decisions at an α below a bound
 * @param method how the p-value was obtained, in words
 * @param boundReason why only a bound is given; empty for a number
 */
public record PValue(
    double value, boolean bound, double logEstimate, String method, String boundReason) {

  /** The smallest p-value printed as a number. */
  public static final double SMALLEST_SHOWN = 1e-300;

  private static final double LOG_SMALLEST_SHOWN = Math.log(SMALLEST_SHOWN);

  /** Why a p-value below {@link #SMALLEST_SHOWN} is a bound. */
  public static final String BELOW_SHOWN = "below 1e-300, the smallest p-value shown";

  public PValue {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(boundReason, "boundReason");
  }

  /** A known p-value (NaN for an undefined statistic). */
  public static PValue of(double p, String method) {
    double clipped = Math.min(1, Math.max(0, p));
    return new PValue(Double.isNaN(p) ? Double.NaN : clipped, false, Math.log(clipped), method, "");
  }

  /**
   * The p-value exp(lnP); "&lt; 1e-300" below {@link #SMALLEST_SHOWN}, including ln p = −∞: a
   * finite statistic at the end of its range (D = 1 once every F(xᵢ) has rounded to 0) has a tiny
   * but positive p-value, so 0 would claim too much. A p-value that is exactly 0 (a value outside
   * the target's support) is {@link #of(double, String)}.
   */
  public static PValue ofLog(double lnP, String method) {
    if (Double.isNaN(lnP)) {
      return new PValue(Double.NaN, false, Double.NaN, method, "");
    }
    double ln = Math.min(0, lnP);
    if (ln < LOG_SMALLEST_SHOWN) {
      return new PValue(SMALLEST_SHOWN, true, ln, method, BELOW_SHOWN);
    }
    return new PValue(Math.exp(ln), false, ln, method, "");
  }

  /** Only p &lt; {@code bound} is known; {@code logEstimate} is the method's extrapolation. */
  public static PValue below(double bound, double logEstimate, String method, String reason) {
    if (!(bound > 0 && bound <= 1)) {
      throw new IllegalArgumentException("a p-value bound must lie in (0, 1], got " + bound);
    }
    return new PValue(bound, true, Math.min(logEstimate, Math.log(bound)), method, reason);
  }

  /** Whether the p-value is a number (possibly NaN for an undefined statistic). */
  public boolean known() {
    return !bound;
  }

  /** The p-value when it is known, NaN when only a bound is. */
  public double knownValue() {
    return bound ? Double.NaN : value;
  }

  /**
   * Whether the test rejects at level α: p &lt; α for a known p-value; for a bound b, b ≤ α or,
   * when α &lt; b, the method's extrapolated p-value below α (the statistic beyond the critical
   * value).
   */
  public boolean rejects(double alpha) {
    if (!bound) {
      return value < alpha;
    }
    return value <= alpha || logEstimate < Math.log(alpha);
  }

  /** The p-value as text: the number, or "&lt; b (reason)". */
  @Override
  public String toString() {
    return bound ? "< " + value + " (" + boundReason + ")" : Double.toString(value);
  }
}
