package org.probscope.app.explore;

import org.probscope.model.distribution.Distribution;

/**
 * An x interval to show a distribution over.
 *
 * @param lower left end
 * @param upper right end, greater than {@code lower}
 */
public record ViewRange(double lower, double upper) {

  private static final double TAIL = 0.001;

  public ViewRange {
    if (!(lower < upper) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
      throw new IllegalArgumentException("bad range [" + lower + ", " + upper + "]");
    }
  }

  /**
   * The range that shows the body of a distribution: from the 0.1% to the 99.9% quantile (or the
   * support ends where finite), widened by 5% each side; discrete ranges are widened to whole
   * numbers plus a half so that the outer stems are visible.
   */
  public static ViewRange around(Distribution d) {
    double lo = Double.isFinite(d.supportLower()) ? d.supportLower() : d.quantile(TAIL);
    double hi = Double.isFinite(d.supportUpper()) ? d.supportUpper() : d.quantile(1 - TAIL);
    if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
      return new ViewRange(-1, 1);
    }
    if (d.isDiscrete()) {
      return new ViewRange(Math.floor(lo) - 0.5, Math.ceil(hi) + 0.5);
    }
    if (!(hi > lo)) {
      double pad = Math.max(1, Math.abs(lo) * 0.1);
      return new ViewRange(lo - pad, hi + pad);
    }
    double pad = 0.05 * (hi - lo);
    return new ViewRange(lo - pad, hi + pad);
  }

  public double width() {
    return upper - lower;
  }
}
