package org.probscope.model.distribution;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Quantiles of a {@link DiscreteLaw}: the smallest whole k with F(k) ≥ p, and the smallest with
 * S(k) ≤ q. Each is decided on the tail that is exact: a lower quantile p &gt; 1/2 is found as the
 * smallest k with S(k) ≤ 1 − p (exact in binary for p ≥ 1/2, and F(k) ≥ p ⟺ S(k) ≤ 1 − p), so that
 * quantile(1 − 1e-15) does not depend on how 1 − S rounds near 1; an upper level q &gt; 1/2 is
 * found on F with p = 1 − q likewise. Both functions therefore agree wherever 1 − q is exact.
 *
 * <p>The search starts from the law's guess, moves it by Newton steps on the tail (the step is the
 * tail's distance from the level over the mass there, which for a wide law lands within a value or
 * two), then gallops (steps 1, 2, 4, ...) to a bracket and bisects: two or three tail evaluations
 * for a good guess, about 2 log₂ of the error otherwise. The answer is always decided by the tail
 * function itself, so F(Q(p)) ≥ p &gt; F(Q(p) − 1) holds exactly as computed.
 */
final class DiscreteQuantiles {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private static final int NEWTON_STEPS = 3;

  private DiscreteQuantiles() {}

  /** Smallest k with {@code cdf(k) >= p}; p in [0, 1]. */
  static double quantile(DiscreteLaw law, double p) {
    if (p == 0) {
      return law.lower();
    }
    if (p == 1) {
      return law.upper();
    }
    return p > 0.5 ? search(law, 1 - p, true) : search(law, p, false);
  }

  /** Smallest k with {@code survival(k) <= q}; q in [0, 1]. */
  static double inverseSurvival(DiscreteLaw law, double q) {
    if (q == 0) {
      return law.upper();
    }
    if (q == 1) {
      return law.lower();
    }
    return q > 0.5 ? search(law, 1 - q, false) : search(law, q, true);
  }

  /**
   * The Cornish–Fisher guess μ + σ w − ½ (with the continuity correction), w = z + (z² − 1)γ/6 +
   * (z³ − 3z)κ/24 − (2z³ − 5z)γ²/36 (Abramowitz and Stegun 26.2.49), z the standard normal quantile
   * of the level; the correction is dropped where it would exceed z (far tails, where the expansion
   * diverges and the search gallops instead).
   */
  static double cornishFisher(
      double mean, double sd, double skewness, double kurtosis, double level, boolean upperTail) {
    double z =
        upperTail
            ? STANDARD_NORMAL.inverseSurvivalProbability(level)
            : STANDARD_NORMAL.inverseCumulativeProbability(level);
    double g = Double.isFinite(skewness) ? skewness : 0;
    double k = Double.isFinite(kurtosis) ? kurtosis : 0;
    double z2 = z * z;
    double w = z + (z2 - 1) * g / 6 + (z2 * z - 3 * z) * k / 24 - (2 * z2 * z - 5 * z) * g * g / 36;
    if (!(Math.abs(w - z) <= Math.abs(z) + 1)) {
      w = z;
    }
    return Math.ceil(mean + sd * w - 0.5);
  }

  private static double search(DiscreteLaw law, double level, boolean upperTail) {
    double lower = law.lower();
    double upper = law.upper();
    double k = newton(law, clamp(law, law.guess(level, upperTail)), level, upperTail);
    double below;
    double above;
    if (reaches(law, k, level, upperTail)) {
      above = k;
      below = lower - 1;
      for (double step = 1; above > lower; step *= 2) {
        double next = Math.max(above - step, lower);
        if (!reaches(law, next, level, upperTail)) {
          below = next;
          break;
        }
        above = next;
      }
    } else {
      below = k;
      above = upper;
      for (double step = 1; below + step < upper; step *= 2) {
        double next = below + step;
        if (reaches(law, next, level, upperTail)) {
          above = next;
          break;
        }
        below = next;
      }
    }
    // reaches(below) is false (or below is under the support), reaches(above) is true
    while (above - below > 1) {
      double middle = Math.floor(below + (above - below) / 2);
      if (reaches(law, middle, level, upperTail)) {
        above = middle;
      } else {
        below = middle;
      }
    }
    return above;
  }

  private static double clamp(DiscreteLaw law, double k) {
    return Double.isNaN(k)
        ? law.lower()
        : Math.min(Math.max(Math.floor(k), law.lower()), law.upper());
  }

  /**
   * Moves k by (tail − level)/mass, the Newton step on the tail seen as a function of k, while the
   * step is more than one value and the mass does not underflow.
   */
  private static double newton(DiscreteLaw law, double k, double level, boolean upperTail) {
    for (int i = 0; i < NEWTON_STEPS && k < law.upper(); i++) {
      double mass = law.mass(k);
      if (!(mass > 0)) {
        break;
      }
      double step = upperTail ? (law.survival(k) - level) / mass : (level - law.cdf(k)) / mass;
      if (!(Math.abs(step) > 1) || !Double.isFinite(step)) {
        break;
      }
      k = clamp(law, k + Math.rint(step));
    }
    return k;
  }

  /** Whether k is at or past the level: F(k) ≥ level, or S(k) ≤ level for an upper tail. */
  private static boolean reaches(DiscreteLaw law, double k, double level, boolean upperTail) {
    if (k >= law.upper()) {
      return true;
    }
    return upperTail ? law.survival(k) <= level : law.cdf(k) >= level;
  }
}
