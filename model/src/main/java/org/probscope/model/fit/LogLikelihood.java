package org.probscope.model.fit;

import org.probscope.model.distribution.Distribution;

/** ln L = Σ wᵢ ln f(xᵢ) over the distinct values, f the density or mass function. */
public final class LogLikelihood {

  private LogLikelihood() {}

  /** The log-likelihood of the data under {@code d}; −∞ when a value has zero density. */
  public static double of(Distribution d, FitData data) {
    double s = 0;
    for (int i = 0; i < data.distinct(); i++) {
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
