package org.probscope.model.gof;

import java.util.function.DoubleUnaryOperator;
import org.probscope.model.distribution.Distribution;

/**
 * ln F(x) and ln S(x) that stay finite where F or S underflows to 0 although x is inside the
 * support (a normal point 40 sd out has S ≈ 1e-350). There the density is still representable in
 * log space, and ln S(x) = ln f(x) + ln ∫₀^∞ f(x+t)/f(x) dt (a sum over the atoms above x for a
 * discrete target), with the ratio evaluated as exp(ln f(x+t) − ln f(x)).
 */
final class LogTails {

  /** Below this a probability is recomputed in log space. */
  private static final double SMALLEST_TRUSTED = 1e-290;

  private static final int MAX_ATOMS = 1_000_000;

  private LogTails() {}

  static double logSurvival(Distribution target, double x, double survival) {
    return survival >= SMALLEST_TRUSTED ? Math.log(survival) : viaDensity(target, x, +1, survival);
  }

  static double logCdf(Distribution target, double x, double cdf) {
    return cdf >= SMALLEST_TRUSTED ? Math.log(cdf) : viaDensity(target, x, -1, cdf);
  }

  private static double viaDensity(Distribution target, double x, int direction, double value) {
    if (target.isDiscrete()) {
      return discrete(target, x, direction, value);
    }
    double logAtX = target.logDensity(x);
    if (!(logAtX > Double.NEGATIVE_INFINITY) || !Double.isFinite(logAtX)) {
      return Math.log(value);
    }
    DoubleUnaryOperator ratio = t -> Math.exp(target.logDensity(x + direction * t) - logAtX);
    double delta = 1e-6 * Math.max(1, Math.abs(x));
    double slope = Math.abs(target.logDensity(x + direction * delta) - logAtX) / delta;
    double scale = slope > 0 && Double.isFinite(slope) ? 1 / slope : Math.max(1, Math.abs(x));
    double limit = direction > 0 ? target.supportUpper() - x : x - target.supportLower();
    double integral = TailPanels.integrate(ratio, scale, limit);
    return integral > 0 ? logAtX + Math.log(integral) : Math.log(value);
  }

  /** Integer-supported target: ln Σ over the atoms strictly above x (or at and below x). */
  private static double discrete(Distribution target, double x, int direction, double value) {
    double first = direction > 0 ? Math.floor(x) + 1 : Math.floor(x);
    double logFirst = target.logDensity(first);
    if (!(logFirst > Double.NEGATIVE_INFINITY)) {
      return Math.log(value);
    }
    double sum = 0;
    for (int j = 0; j < MAX_ATOMS; j++) {
      double term = Math.exp(target.logDensity(first + direction * j) - logFirst);
      sum += term;
      if (term <= 1e-17 * sum) {
        break;
      }
    }
    return logFirst + Math.log(sum);
  }
}
