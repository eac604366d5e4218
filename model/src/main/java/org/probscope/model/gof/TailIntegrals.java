package org.probscope.model.gof;

import org.probscope.model.distribution.Distribution;

/** The parts of W₁ beyond the sample: ∫F below the smallest value and ∫S above the largest. */
final class TailIntegrals {

  private TailIntegrals() {}

  /** ∫ F(x) dx from the support's lower end to x₁, where F(x₁) = {@code cdfAtMin}. */
  static double below(Distribution target, double min, double cdfAtMin) {
    if (!(cdfAtMin > 0)) {
      return 0;
    }
    if (target.isDiscrete()) {
      return discreteBelow(target, min);
    }
    double scale = cdfAtMin / target.density(min);
    return TailPanels.integrate(t -> target.cdf(min - t), scale, min - target.supportLower());
  }

  /** ∫ S(x) dx from xₙ to the support's upper end, where S(xₙ) = {@code survivalAtMax}. */
  static double above(Distribution target, double max, double survivalAtMax) {
    if (!(survivalAtMax > 0)) {
      return 0;
    }
    if (target.isDiscrete()) {
      return discreteAbove(target, max);
    }
    double scale = survivalAtMax / target.density(max);
    return TailPanels.integrate(t -> target.survival(max + t), scale, target.supportUpper() - max);
  }

  /** F is constant on [j, j+1): Σ F(j) over whole steps plus the partial step up to x₁. */
  private static double discreteBelow(Distribution target, double min) {
    double lower = target.supportLower();
    double top = Math.floor(min);
    if (top - lower > GapIntegrals.MAX_STEPS) {
      return Double.NaN;
    }
    double total = target.cdf(top) * (min - top);
    for (double j = lower; j < top; j++) {
      total += target.cdf(j);
    }
    return total;
  }

  private static double discreteAbove(Distribution target, double max) {
    double bottom = Math.floor(max);
    double total = target.survival(bottom) * (bottom + 1 - max);
    double upper = target.supportUpper();
    for (long step = 1; step <= GapIntegrals.MAX_STEPS; step++) {
      double j = bottom + step;
      if (j >= upper) {
        return total;
      }
      double s = target.survival(j);
      total += s;
      if (s <= 1e-17 * total) {
        return total;
      }
    }
    return Double.NaN;
  }
}
