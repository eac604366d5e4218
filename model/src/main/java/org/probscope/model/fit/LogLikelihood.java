package org.probscope.model.fit;

import java.util.stream.IntStream;
import org.probscope.model.distribution.Distribution;

/**
 * ln L = Σ wᵢ ln f(xᵢ) over the distinct values, f the density or mass function. Above {@value
 * #BLOCK} distinct values the sum runs over both cores in fixed blocks added in order, so the
 * result does not depend on the thread count.
 */
public final class LogLikelihood {

  static final int BLOCK = 1 << 16;

  private LogLikelihood() {}

  /** The log-likelihood of the data under {@code d}; −∞ when a value has zero density. */
  public static double of(Distribution d, FitData data) {
    int n = data.distinct();
    if (n <= BLOCK) {
      return block(d, data, 0, n);
    }
    int blocks = (n + BLOCK - 1) / BLOCK;
    double[] sums =
        IntStream.range(0, blocks)
            .parallel()
            .mapToDouble(b -> block(d, data, b * BLOCK, Math.min(n, (b + 1) * BLOCK)))
            .toArray();
    double s = 0;
    for (double v : sums) {
      s += v;
    }
    return s;
  }

  private static double block(Distribution d, FitData data, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      double v = d.logDensity(data.value(i));
      if (v == Double.NEGATIVE_INFINITY || Double.isNaN(v)) {
        return Double.NEGATIVE_INFINITY;
      }
      s += data.weight(i) * v;
    }
    return s;
  }

  /** How many rows (with their weights counted once each distinct value) have zero density. */
  public static long outside(Distribution d, FitData data) {
    long count = 0;
    for (int i = 0; i < data.distinct(); i++) {
      if (!(d.logDensity(data.value(i)) > Double.NEGATIVE_INFINITY)) {
        count++;
      }
    }
    return count;
  }
}
