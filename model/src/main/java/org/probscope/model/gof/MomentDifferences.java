package org.probscope.model.gof;

import org.probscope.model.distribution.StopLoss;

/**
 * ∫ᵤᵛ (F − k/n) from the target's partial central moment D (see {@link StopLoss}): it equals C(v) −
 * C(u) − (k/n)(v − u) rearranged as D(v) − D(u) + (v − μ)g(v) − (u − μ)g(u), g = F − k/n, which
 * holds for continuous and lattice targets alike.
 */
final class MomentDifferences {

  /** Relative accuracy claimed for D(x) and for each g = F − k/n value (several ulps). */
  private static final double MOMENT_ACCURACY = 1e-13;

  private static final double VALUE_ACCURACY = 1e-15;

  private final StopLoss stopLoss;
  private final double mean;
  private final int n;

  MomentDifferences(StopLoss stopLoss, int n) {
    this.stopLoss = stopLoss;
    this.mean = stopLoss.mean();
    this.n = n;
  }

  /**
   * |∫ᵤᵛ g| = |D(v) − D(u) + (v − μ)g(v) − (u − μ)g(u)| with D the target's partial central moment
   * (this is C(v) − C(u) − (k/n)(v − u) rearranged), or NaN when its error bound, from the accuracy
   * of D and of the g values times |x − μ|, exceeds {@link GapIntegrals#TOLERANCE} of the result.
   */
  double closedForm(double u, double v, int k, double gu, double gv) {
    double du = stopLoss.partialCentralMoment(u);
    double dv = stopLoss.partialCentralMoment(v);
    double armU = u - mean;
    double armV = v - mean;
    double value = dv - du + armV * gv - armU * gu;
    double level = (double) Math.min(k, n - k) / n + Math.max(Math.abs(gu), Math.abs(gv));
    double error =
        MOMENT_ACCURACY * (du + dv)
            + VALUE_ACCURACY * (Math.abs(armU) + Math.abs(armV)) * level
            + 4 * Math.ulp(Math.abs(dv - du) + Math.abs(armV * gv) + Math.abs(armU * gu));
    return Double.isFinite(value) && error <= GapIntegrals.TOLERANCE * Math.abs(value)
        ? Math.abs(value)
        : Double.NaN;
  }

  /** The same difference without the error check, signed. */
  double raw(double u, double v, double gu, double gv) {
    return stopLoss.partialCentralMoment(v)
        - stopLoss.partialCentralMoment(u)
        + (v - mean) * gv
        - (u - mean) * gu;
  }
}
