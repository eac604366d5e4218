package org.probscope.model.gof;

import org.probscope.model.distribution.Distribution;

/**
 * Evaluates F and S = 1 − F of a target with one call where possible and without cancellation:
 * below the median F is computed and S = 1 − F loses nothing (S ≥ 1/2); above it S is computed
 * directly and F = 1 − S. Only at the median itself (an atom of a discrete target) are both
 * computed.
 */
final class TailSafeCdf {

  private final Distribution target;
  private final double median;

  TailSafeCdf(Distribution target) {
    this.target = target;
    this.median = target.quantile(0.5);
  }

  Distribution target() {
    return target;
  }

  /** Whether {@link #survival(double)} is the directly computed value at x. */
  boolean isUpper(double x) {
    return x > median;
  }

  /** Fills {@code out[0] = F(x)}, {@code out[1] = S(x)}. */
  void evaluate(double x, double[] out) {
    if (x < median) {
      double f = target.cdf(x);
      out[0] = f;
      out[1] = 1 - f;
    } else if (x > median) {
      double s = target.survival(x);
      out[0] = 1 - s;
      out[1] = s;
    } else {
      out[0] = target.cdf(x);
      out[1] = target.survival(x);
    }
  }

  /**
   * F(x) − k/n without cancellation: computed as ((n − k)/n) − S(x) above the median.
   *
   * @param k the ECDF count, 0 ≤ k ≤ n
   */
  double cdfMinus(double x, int k, int n) {
    if (x > median) {
      return (double) (n - k) / n - target.survival(x);
    }
    return target.cdf(x) - (double) k / n;
  }
}
