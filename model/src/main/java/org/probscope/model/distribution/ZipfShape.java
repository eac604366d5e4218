package org.probscope.model.distribution;

/**
 * Moments and entropy of the Zipf distribution on 1..N with mass {@code k^-s / H(N, s)}, where
 * {@code H(N, s) = Σ k^-s}. SciPy's {@code zipfian} states the moments as {@code E[X^j] = H(N, s-j)
 * / H(N, s)}; here the first {@value #DIRECT_TERMS} ranks are summed directly, with the central
 * moments taken about the mean in a second pass so that a steep exponent (nearly all mass on rank
 * 1) keeps its tiny variance exact. Ranks beyond that are a smooth power tail, summed by the
 * Euler–Maclaurin formula {@code Σ_{k=a}^{b} f(k) ≈ ∫_a^b f + (f(a)+f(b))/2 + (f'(b)-f'(a))/12},
 * whose next term is below 1e-15 of the sum there. Entropy is {@code s E[ln X] + ln H(N, s)}.
 *
 * @param mean first moment
 * @param variance second central moment
 * @param skewness third standardised moment (NaN for N = 1)
 * @param excessKurtosis fourth standardised moment minus 3 (NaN for N = 1)
 * @param entropy Shannon entropy in nats
 */
record ZipfShape(
    double mean, double variance, double skewness, double excessKurtosis, double entropy) {

  private static final int DIRECT_TERMS = 100_000;

  static ZipfShape of(int n, double s) {
    int direct = Math.min(n, DIRECT_TERMS);
    double[] tail = new double[5];
    double tailLog = 0;
    if (n > direct) {
      for (int j = 0; j < tail.length; j++) {
        tail[j] = powerSum(direct + 1, n, s - j);
      }
      tailLog = logPowerSum(direct + 1, n, s);
    }
    double h = tail[0];
    double first = tail[1];
    double logSum = tailLog;
    for (int k = direct; k >= 1; k--) {
      double w = Math.pow(k, -s);
      h += w;
      first += w * k;
      logSum += w * Math.log(k);
    }
    double mean = first / h;
    double[] central = centralSums(direct, s, mean, tail);
    double variance = central[2] / h;
    double m3 = central[3] / h;
    double m4 = central[4] / h;
    boolean single = n == 1;
    return new ZipfShape(
        mean,
        single ? 0 : variance,
        single ? Double.NaN : m3 / Math.pow(variance, 1.5),
        single ? Double.NaN : m4 / (variance * variance) - 3,
        s * logSum / h + Math.log(h));
  }

  /**
   * {@code Σ (k - mean)^j k^-s} for j = 2..4 over all ranks: directly up to {@code direct}, and the
   * tail through its power sums {@code T_i = Σ k^(i-s)} by the binomial expansion of {@code (k -
   * mean)^j}.
   */
  private static double[] centralSums(int direct, double s, double mean, double[] tail) {
    double[] sums = new double[5];
    for (int k = direct; k >= 1; k--) {
      double w = Math.pow(k, -s);
      double dev = k - mean;
      sums[2] += w * dev * dev;
      sums[3] += w * dev * dev * dev;
      sums[4] += w * dev * dev * dev * dev;
    }
    double m = -mean;
    sums[2] += tail[2] + 2 * m * tail[1] + m * m * tail[0];
    sums[3] += tail[3] + 3 * m * tail[2] + 3 * m * m * tail[1] + m * m * m * tail[0];
    sums[4] +=
        tail[4]
            + 4 * m * tail[3]
            + 6 * m * m * tail[2]
            + 4 * m * m * m * tail[1]
            + m * m * m * m * tail[0];
    return sums;
  }

  /** {@code Σ_{k=a}^{b} k^-t} by Euler–Maclaurin with the first-derivative correction. */
  static double powerSum(double a, double b, double t) {
    double span = Math.log(b / a);
    double s = 1 - t;
    // ∫_a^b x^-t dx = a^s (e^{s ln(b/a)} - 1) / s, written with expm1 so that s near 0 is exact
    double integral =
        Math.abs(s * span) < 1e-300 ? span : Math.pow(a, s) * Math.expm1(s * span) / s;
    double ends = 0.5 * (Math.pow(a, -t) + Math.pow(b, -t));
    double slopes = (-t * Math.pow(b, -t - 1) + t * Math.pow(a, -t - 1)) / 12;
    return integral + ends + slopes;
  }

  /** {@code Σ_{k=a}^{b} k^-t ln k} by Euler–Maclaurin with the first-derivative correction. */
  static double logPowerSum(double a, double b, double t) {
    double s = 1 - t;
    double ua = Math.log(a);
    double ub = Math.log(b);
    double integral;
    if (Math.abs(s) < 1e-3) {
      // ∫ u e^{su} du as the series Σ sⁱ/i! (ub^{i+2} - ua^{i+2})/(i+2); |s u| < 0.03 here
      integral = 0;
      double factor = 1;
      for (int i = 0; i < 12; i++) {
        integral += factor * (Math.pow(ub, i + 2) - Math.pow(ua, i + 2)) / (i + 2);
        factor *= s / (i + 1);
      }
    } else {
      integral =
          (Math.exp(s * ub) * (ub / s - 1 / (s * s))) - (Math.exp(s * ua) * (ua / s - 1 / (s * s)));
    }
    double ends = 0.5 * (Math.pow(a, -t) * ua + Math.pow(b, -t) * ub);
    // d/dx x^-t ln x = x^{-t-1} (1 - t ln x)
    double slopes = (Math.pow(b, -t - 1) * (1 - t * ub) - Math.pow(a, -t - 1) * (1 - t * ua)) / 12;
    return integral + ends + slopes;
  }
}
