package org.probscope.model.distribution;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.Erfcx;

/**
 * Logarithms of the standard normal tails that stay finite where the tails underflow (beyond 38
 * sd): ln Q(z) = ln(erfcx(z/√2) / 2) − z²/2 for z &gt; 0, with erfcx(t) = e^{t²} erfc(t) (Commons
 * Numbers' {@link Erfcx}), which is smooth and near 1/(t√π) far out (Abramowitz &amp; Stegun
 * 7.1.23). Shared by the normal, log-normal, truncated normal and Lévy laws.
 */
final class NormalTails {

  private static final double SQRT_HALF = Math.sqrt(0.5);
  private static final double LN_2 = Math.log(2);
  private static final double SQRT_2_OVER_PI = Math.sqrt(2 / Math.PI);
  private static final double LN_SQRT_2_PI = 0.5 * Math.log(2 * Math.PI);

  private NormalTails() {}

  /** Q(z) = P(Z &gt; z). */
  static double upper(double z) {
    return 0.5 * Erfc.value(z * SQRT_HALF);
  }

  /** ln Q(z), finite for every finite z whose z²/2 is a double. */
  static double logUpper(double z) {
    if (z < 5) {
      return Math.log(upper(z));
    }
    return Math.log(Erfcx.value(z * SQRT_HALF)) - LN_2 - 0.5 * z * z;
  }

  /** φ(z) / Q(z) = √(2/π) / erfcx(z/√2), for z &gt; 0; NaN below (the ratio is direct there). */
  static double hazard(double z) {
    return z > 0 ? SQRT_2_OVER_PI / Erfcx.value(z * SQRT_HALF) : Double.NaN;
  }

  /** ln Φ(z) = ln Q(−z). */
  static double logLower(double z) {
    return logUpper(-z);
  }

  /** ln φ(z). */
  static double logDensity(double z) {
    return -0.5 * z * z - LN_SQRT_2_PI;
  }

  /** ln erfc(t) for t &ge; 0 (the Lévy CDF), finite far beyond where erfc underflows. */
  static double logErfc(double t) {
    if (t < 3) {
      return Math.log(Erfc.value(t));
    }
    return Math.log(Erfcx.value(t)) - t * t;
  }
}
