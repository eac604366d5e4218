package org.probscope.model.gof;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/** Inverts a decreasing p-value function to a critical value. */
final class Roots {

  private static final int MAX_EVALUATIONS = 200;

  private Roots() {}

  /**
   * The statistic s in [lower, upper] with {@code pValue(s) = alpha}, for a p-value that decreases
   * from above α at {@code lower} to below α at {@code upper}; the bracket end is returned when the
   * p-value does not cross α inside it.
   */
  static double decreasing(DoubleUnaryOperator pValue, double alpha, double lower, double upper) {
    double hi = upper;
    while (pValue.applyAsDouble(hi) >= alpha && Double.isFinite(hi) && hi < 1e300) {
      hi *= 2;
    }
    if (pValue.applyAsDouble(lower) <= alpha) {
      return lower;
    }
    double absoluteAccuracy = 1e-14 * Math.max(1, Math.abs(hi));
    BrentSolver solver = new BrentSolver(1e-15, absoluteAccuracy);
    return solver.solve(MAX_EVALUATIONS, s -> pValue.applyAsDouble(s) - alpha, lower, hi);
  }
}
