package org.probscope.model.distribution;

/**
 * Moments and entropy of the Zipf distribution on 1..N with mass {@code k^-s / H(N, s)}, {@code
 * H(N, s) = Σ k^-s} (SciPy's {@code zipfian}: {@code E[X^j] = H(N, s-j) / H(N, s)}). The sums run
 * over every rank, smallest terms first, with the central moments taken about the mean in a second
 * pass so that a steep exponent (nearly all mass on rank 1) keeps its tiny variance exact. The
 * family bounds N by {@link #MAX_ELEMENTS}, which keeps this under a few milliseconds. Entropy is
 * {@code s E[ln X] + ln H(N, s)}.
 *
 * @param mean first moment
 * @param variance second central moment
 * @param skewness third standardised moment (NaN for N = 1)
 * @param excessKurtosis fourth standardised moment minus 3 (NaN for N = 1)
 * @param entropy Shannon entropy in nats
 */
record ZipfShape(
    double mean, double variance, double skewness, double excessKurtosis, double entropy) {

  /**
   * Largest number of elements: Commons Statistics 1.3 finds Zipf quantiles by a search that takes
   * 65 ms at 1e5 elements, 0.4 s at 3e5 and does not finish at 1e8.
   */
  static final double MAX_ELEMENTS = 100_000;

  static ZipfShape of(int n, double s) {
    double h = 0;
    double first = 0;
    double logSum = 0;
    for (int k = n; k >= 1; k--) {
      double w = Math.pow(k, -s);
      h += w;
      first += w * k;
      logSum += w * Math.log(k);
    }
    double mean = first / h;
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    for (int k = n; k >= 1; k--) {
      double w = Math.pow(k, -s);
      double dev = k - mean;
      m2 += w * dev * dev;
      m3 += w * dev * dev * dev;
      m4 += w * dev * dev * dev * dev;
    }
    double variance = m2 / h;
    boolean single = n == 1;
    return new ZipfShape(
        mean,
        single ? 0 : variance,
        single ? Double.NaN : m3 / h / Math.pow(variance, 1.5),
        single ? Double.NaN : m4 / h / (variance * variance) - 3,
        s * logSum / h + Math.log(h));
  }
}
