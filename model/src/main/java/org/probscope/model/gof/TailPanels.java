package org.probscope.model.gof;

import java.util.function.DoubleUnaryOperator;
import org.probscope.model.numeric.AdaptiveQuadrature;

/**
 * ∫₀^L g(t) dt for a non-negative g that decays to 0 (a tail probability beyond the sample, or a
 * density ratio), over panels of doubling width starting at a natural scale, each integrated by
 * {@link AdaptiveQuadrature#smooth} to 1e-11 relative (1e-11 absolute in the log it feeds) or 1e-16
 * of the total so far (Commons Math's iterative Gauss–Legendre rule threw {@code
 * NonMonotonicSequenceException} on panels as narrow as a subnormal point's, and refined far panels
 * that cannot matter to 1e-13 of themselves). Panels stop once one adds less than 1e-16 of the
 * total; a power-law tail whose panels shrink geometrically but too slowly gets the geometric
 * remainder of its last panels added.
 */
final class TailPanels {

  private static final int MAX_PANELS = 1_100;

  private TailPanels() {}

  static double integrate(DoubleUnaryOperator g, double scale, double limit) {
    if (!(limit > 0)) {
      return 0;
    }
    double width = Math.min(scale > 0 && Double.isFinite(scale) ? scale : 1, limit);
    double start = 0;
    double total = 0;
    double previous = Double.NaN;
    double last = Double.NaN;
    for (int k = 0; k < MAX_PANELS; k++) {
      double end = Math.min(start + width, limit);
      if (!(end > start) || Double.isInfinite(end)) {
        break;
      }
      double panel = AdaptiveQuadrature.smooth(g, start, end, 1e-11, 1e-16 * total);
      total += panel;
      previous = last;
      last = panel;
      if (end >= limit || panel <= 1e-16 * total) {
        return total;
      }
      start = end;
      width *= 2;
    }
    double ratio = last / previous;
    return ratio > 0 && ratio < 1 ? total + last * ratio / (1 - ratio) : total;
  }
}
