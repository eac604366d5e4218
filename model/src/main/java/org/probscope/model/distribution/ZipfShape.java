package org.probscope.model.distribution;

/**
 * Moments and entropy of the Zipf distribution on 1..N with mass {@code k^-s / H(N, s)}, {@code
 * H(N, s) = Σ k^-s} (SciPy's {@code zipfian}: {@code E[X^j] = H(N, s-j) / H(N, s)}). The sums run
 * over every rank, smallest terms first, with the central moments taken about the mean in a second
 * pass so that a steep exponent (nearly all mass on rank 1) keeps its tiny variance exact, each
 * with Neumaier's compensation (the third moment's signs cancel: without it the skewness of
 * zipf(10⁵, 0.2) is 1.5e-13 off). The family bounds N by {@link #MAX_ELEMENTS}, which keeps this
 * under a few milliseconds. The entropy, {@code s E[ln X] + ln H(N, s)}, is a third pass with a
 * logarithm per rank, made only when asked.
 *
 * @param mean first moment
 * @param variance second central moment
 * @param skewness third standardised moment (NaN for N = 1)
 * @param excessKurtosis fourth standardised moment minus 3 (NaN for N = 1)
 */
record ZipfShape(double mean, double variance, double skewness, double excessKurtosis) {

  /**
   * Largest number of elements: every figure is a sum over the ranks (the table of {@link ZipfLaw}
   * and the moments here), a few milliseconds at 10⁵.
   */
  static final double MAX_ELEMENTS = 100_000;

  /**
   * @param weights k^−s at index k = 1..N (index 0 unused)
   * @param h H(N, s), their sum
   */
  static ZipfShape of(double[] weights, double h) {
    int n = weights.length - 1;
    Sum first = new Sum();
    for (int k = n; k >= 1; k--) {
      first.add(weights[k] * k);
    }
    double mean = first.value() / h;
    Sum m2 = new Sum();
    Sum m3 = new Sum();
    Sum m4 = new Sum();
    for (int k = n; k >= 1; k--) {
      double dev = k - mean;
      double w2 = weights[k] * dev * dev;
      m2.add(w2);
      m3.add(w2 * dev);
      m4.add(w2 * dev * dev);
    }
    double variance = m2.value() / h;
    boolean single = n == 1;
    return new ZipfShape(
        mean,
        single ? 0 : variance,
        single ? Double.NaN : m3.value() / h / Math.pow(variance, 1.5),
        single ? Double.NaN : m4.value() / h / (variance * variance) - 3);
  }

  /** {@code s E[ln X] + ln H(N, s)}, in nats. */
  static double entropy(int n, double s, double h) {
    Sum logSum = new Sum();
    for (int k = n; k >= 2; k--) {
      logSum.add((s == 0 ? 1 : Math.pow(k, -s)) * Math.log(k));
    }
    return s * logSum.value() / h + Math.log(h);
  }
}
