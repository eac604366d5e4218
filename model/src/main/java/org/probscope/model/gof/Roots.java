package org.probscope.model.gof;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/** Inverts a decreasing p-value function to a critical value. */
final class Roots {

  private static final int MAX_EVALUATIONS = 200;

  /** ln p below this counts as this for the solver (Brent's interpolation needs finite values). */
  private static final double LOG_FLOOR = -1e6;

  private Roots() {}

  /**
   * The statistic s in [lower, upper] with {@code lnP(s) = lnAlpha}, for a log p-value that is
   * non-increasing from above ln α at {@code lower} to below it at {@code upper} (the upper end is
   * doubled until it is); {@code lower} when ln p is already below ln α there, NaN when ln p never
   * falls below ln α.
   */
  static double decreasingLog(DoubleUnaryOperator lnP, double lnAlpha, double lower, double upper) {
    DoubleUnaryOperator g = s -> Math.max(LOG_FLOOR, lnP.applyAsDouble(s)) - lnAlpha;
    if (g.applyAsDouble(lower) <= 0) {
      return lower;
    }
    double hi = upper;
    while (g.applyAsDouble(hi) >= 0) {
      if (!(hi < 1e300)) {
        return Double.NaN;
      }
      hi *= 2;
    }
    double absoluteAccuracy = 1e-14 * Math.max(1, Math.abs(hi));
    BrentSolver solver = new BrentSolver(1e-15, absoluteAccuracy);
    return solver.solve(MAX_EVALUATIONS, g::applyAsDouble, lower, hi);
  }
}
