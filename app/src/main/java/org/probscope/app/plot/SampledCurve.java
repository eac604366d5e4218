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
  private final double[][] approach;

  /** Fractions of an interval at which it is tabulated towards an infinite neighbour. */
  private static final double[] APPROACH = {0.5, 0.75, 0.875, 0.9375, 0.96875, 0.984375, 0.9921875};

  private SampledCurve(
      double from, double step, double[] values, double[] jumps, double[][] approach) {
    this.from = from;
    this.step = step;
    this.values = values;
    this.jumps = jumps;
    this.approach = approach;
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
    double[][] approach = new double[count - 1][];
    for (int i = 0; i + 1 < count; i++) {
      double a = values[i];
      double b = values[i + 1];
      boolean towardsB = Double.isFinite(a) && Double.isInfinite(b);
      boolean towardsA = Double.isInfinite(a) && Double.isFinite(b);
      // a "jump" beside the end of the function's domain is its pole or asymptote (a quantile
      // function near p = 1): climb towards it rather than stop short of it
      boolean atEnd =
          !Double.isNaN(jumps[i])
              && ((i + 2 < count && !Double.isFinite(values[i + 2]))
                  || (i > 0 && !Double.isFinite(values[i - 1])));
      if (atEnd) {
        jumps[i] = Double.NaN;
        towardsB = Math.abs(b) > Math.abs(a);
        towardsA = !towardsB;
      }
      if (towardsA || towardsB) {
        double[] fine = new double[APPROACH.length];
        for (int k = 0; k < fine.length; k++) {
          double t = towardsB ? APPROACH[k] : 1 - APPROACH[k];
          fine[k] = f.applyAsDouble(from + (i + t) * step);
        }
        approach[i] = fine;
      }
    }
    return new SampledCurve(from, step, values, jumps, approach);
  }

  /** The value in an interval next to an infinite value, from its finer table; NaN beyond. */
  private double approached(int i, double t) {
    double[] fine = approach[i];
    double a = values[i];
    double b = values[i + 1];
    boolean towardsB = Double.isFinite(a) && (!Double.isFinite(b) || Math.abs(b) > Math.abs(a));
    double u = towardsB ? t : 1 - t; // distance from the finite end, as a fraction
    double previousU = 0;
    double previous = towardsB ? values[i] : values[i + 1];
    for (int k = 0; k < fine.length; k++) {
      double next = fine[k];
      double nextU = APPROACH[k];
      if (u <= nextU) {
        if (!Double.isFinite(next)) {
          return Double.NaN;
        }
        return previous + (u - previousU) / (nextU - previousU) * (next - previous);
      }
      if (k == fine.length - 1 && Double.isFinite(towardsB ? b : a)) {
        double end = towardsB ? b : a;
        return next + (u - nextU) / (1 - nextU) * (end - next);
      }
      previous = next;
      previousU = nextU;
      if (!Double.isFinite(previous)) {
        return Double.NaN;
      }
    }
    return Double.NaN;
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
    if (approach[i] != null) {
      return approached(i, t);
    }
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      return Double.NaN;
    }
    return a + t * (b - a);
  }
}
