package org.probscope.app.plot;

import java.util.function.DoubleUnaryOperator;

/**
 * A function of x tabulated on a uniform grid over {@code [from, to]}, read by linear
 * interpolation; NaN outside the grid or next to a value that is not finite, so a painter lifts its
 * pen there. Where the tabulated function jumps between two grid points (found by bisection when
 * the table is made), the table jumps too, at the bisected x, instead of joining the two sides by a
 * slope, so the painters' own jump detection still sees a discontinuity. Immutable; made off the FX
 * thread and read on it.
 */
final class SampledCurve implements DoubleUnaryOperator {

  private final double from;
  private final double step;
  private final double[] values;
  private final double[] jumps;

  private SampledCurve(double from, double step, double[] values, double[] jumps) {
    this.from = from;
    this.step = step;
    this.values = values;
    this.jumps = jumps;
  }

  /**
   * Tabulates {@code f} at {@code count} ≥ 2 evenly spaced points of {@code [from, to]}.
   *
   * @param jumpCheck a change between neighbours larger than this (in y units) is bisected to see
   *     whether it is a jump; infinite to skip the check (fills, whose edges may slope)
   */
  static SampledCurve of(
      DoubleUnaryOperator f, double from, double to, int count, double jumpCheck) {
    double step = (to - from) / (count - 1);
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = f.applyAsDouble(i == count - 1 ? to : from + i * step);
    }
    double[] jumps = new double[count - 1];
    java.util.Arrays.fill(jumps, Double.NaN);
    if (Double.isFinite(jumpCheck)) {
      for (int i = 0; i + 1 < count; i++) {
        double a = values[i];
        double b = values[i + 1];
        if (Double.isFinite(a) && Double.isFinite(b) && Math.abs(b - a) > jumpCheck) {
          jumps[i] = FunctionPainter.jumpLocation(f, from + i * step, a, from + (i + 1) * step, b);
        }
      }
    }
    return new SampledCurve(from, step, values, jumps);
  }

  /** The first x of the grid. */
  double from() {
    return from;
  }

  /** The last x of the grid. */
  double to() {
    return from + step * (values.length - 1);
  }

  int size() {
    return values.length;
  }

  @Override
  public double applyAsDouble(double x) {
    double position = (x - from) / step;
    if (!(position >= 0) || position > values.length - 1) {
      return Double.NaN;
    }
    int i = (int) position;
    if (i >= values.length - 1) {
      return values[values.length - 1];
    }
    double t = position - i;
    if (t == 0) {
      return values[i];
    }
    double a = values[i];
    double b = values[i + 1];
    double jump = jumps[i];
    if (!Double.isNaN(jump)) {
      return x < jump ? a : b;
    }
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      return Double.NaN;
    }
    return a + t * (b - a);
  }
}
