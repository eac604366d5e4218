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
   * The range that shows the body of a distribution: from the 0.1% to the 99.9% quantile, widened
   * by 5% each side. A finite support end is shown only when it lies near that body (within a tenth
   * of its width, two steps for a discrete law), so that binomial(trials=1e9, p=1e-300), all of
   * whose mass is at 0, is framed around 0 and not over 0…1e9. Discrete ranges are widened to whole
   * numbers plus a half so that the outer stems are visible.
   */
  public static ViewRange around(Distribution d) {
    double qlo = d.quantile(TAIL);
    double qhi = d.quantile(1 - TAIL);
    if (!Double.isFinite(qlo) || !Double.isFinite(qhi)) {
      return new ViewRange(-1, 1);
    }
    double near = d.isDiscrete() ? Math.max(2, 0.1 * (qhi - qlo)) : 0.1 * (qhi - qlo);
    double lo = snap(qlo, d.supportLower(), near);
    double hi = snap(qhi, d.supportUpper(), near);
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

  /**
   * The support end when it is finite and within {@code near} of the quantile, else the quantile.
   */
  private static double snap(double quantile, double supportEnd, double near) {
    return Double.isFinite(supportEnd) && Math.abs(quantile - supportEnd) <= near
        ? supportEnd
        : quantile;
  }

  public double width() {
    return upper - lower;
  }
}
