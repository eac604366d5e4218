package org.probscope.app.plot;

import java.util.function.IntToDoubleFunction;

/**
 * A function of the integers tabulated over {@code [first, last]}: every integer when there are few
 * enough, else evenly spaced ones, each integer then reading its nearest tabulated neighbour (a
 * column of the plot holds many integers then, so the difference is below a pixel). NaN outside the
 * range. Immutable; made off the FX thread and read on it.
 */
final class SampledIntegers implements IntToDoubleFunction {

  private final long first;
  private final double stride;
  private final double[] values;

  private SampledIntegers(long first, double stride, double[] values) {
    this.first = first;
    this.stride = stride;
    this.values = values;
  }

  /** Tabulates {@code f} over {@code [first, last]} with at most {@code maxValues} evaluations. */
  static SampledIntegers of(IntToDoubleFunction f, long first, long last, int maxValues) {
    long count = last - first + 1;
    if (count <= 0) {
      return new SampledIntegers(first, 1, new double[0]);
    }
    int n = (int) Math.min(count, Math.max(2, maxValues));
    double stride = n == count ? 1 : (double) (count - 1) / (n - 1);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = f.applyAsDouble(clampToInt(first + Math.round(i * stride)));
    }
    return new SampledIntegers(first, stride, values);
  }

  int size() {
    return values.length;
  }

  @Override
  public double applyAsDouble(int k) {
    double position = (k - first) / stride;
    long index = Math.round(position);
    if (index < 0 || index >= values.length) {
      return Double.NaN;
    }
    return values[(int) index];
  }

  private static int clampToInt(long k) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, k));
  }
}
