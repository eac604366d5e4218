package org.probscope.model.distribution;

/**
 * Mean, variance, skewness, excess kurtosis and entropy of the standard normal truncated to [α, β],
 * by composite Gauss–Legendre quadrature of the density relative to its largest value. With m the
 * point of [α, β] nearest 0 and d = z − m, the weight w(d) = exp(−d(d + 2m)/2) is 1 at m and is cut
 * where it falls below e^{−50} (2e-22); panels end wherever the exponent passes a multiple of ¼ (at
 * d = √(m² + k/2) − m, k = 1 .. 200), so the integrand varies by at most e^{¼} within each and the
 * 10-point rule is exact to rounding for moments of degree ≤ 4. Central moments are summed about
 * the mean offset in a second pass, and the entropy is ln W + E[d(d + 2m)/2] with W = ∫w: nothing
 * cancels for a narrow interval ([0, 1e-8]: skewness 0, where the moment recurrence gave −1.3e14;
 * [2, 2.000001]: NaN there) nor far in a tail ([30, 40]).
 *
 * @param meanOffset E[Z] − m, standardised
 * @param variance Var Z, standardised
 * @param skewness third standardised moment
 * @param excessKurtosis fourth standardised moment minus 3
 * @param standardEntropy entropy with σ = 1; add {@code ln σ}
 * @param mode m, the point of [α, β] nearest 0
 */
record TruncatedNormalShape(
    double meanOffset,
    double variance,
    double skewness,
    double excessKurtosis,
    double standardEntropy,
    double mode) {

  private static final double LN_SQRT_2_PI = 0.5 * Math.log(2 * Math.PI);
  private static final int PANELS = 100;

  /**
   * @param alpha standardised lower bound (may be -∞)
   * @param beta standardised upper bound (may be +∞)
   */
  static TruncatedNormalShape of(double alpha, double beta) {
    double m = alpha > 0 ? alpha : beta < 0 ? beta : 0;
    // below 0, work on the mirror image, so that the offsets from the mode are ≥ 0 unless m = 0
    boolean mirrored = m < 0;
    double mm = Math.abs(m);
    double from = mirrored ? 0 : alpha - m;
    double to = mirrored ? beta - alpha : beta - m;
    double[] ends = panelEnds(mm, from, to);
    double[] raw = new double[3];
    for (int i = 1; i < ends.length; i++) {
      accumulate(raw, ends[i - 1], ends[i], mm, 0);
    }
    double w = raw[0];
    double c = raw[1] / w;
    double exponent = (raw[2] + 2 * mm * raw[1]) / (2 * w);
    double[] central = new double[5];
    for (int i = 1; i < ends.length; i++) {
      accumulate(central, ends[i - 1], ends[i], mm, c);
    }
    double m2 = central[2] / w;
    double m3 = central[3] / w;
    double m4 = central[4] / w;
    double skew = m3 / Math.pow(m2, 1.5);
    return new TruncatedNormalShape(
        mirrored ? -c : c,
        m2,
        mirrored ? -skew : skew,
        m4 / (m2 * m2) - 3,
        Math.log(w) + exponent,
        m);
  }

  /**
   * Panel ends over [from, to] (offsets from m ≥ 0; from &lt; 0 only when m = 0) cut to where the
   * exponent d(d + 2m)/2 is at most 50, one end wherever it passes a multiple of ½.
   */
  private static double[] panelEnds(double m, double from, double to) {
    double reach = offset(m, 2 * PANELS);
    double lo = Math.max(from, -reach);
    double hi = Math.min(to, reach);
    double[] ends = new double[4 * PANELS + 3];
    int n = 0;
    ends[n++] = lo;
    for (int k = 2 * PANELS - 1; k >= 1; k--) {
      double d = -offset(m, k);
      if (d > lo && d < hi) {
        ends[n++] = d;
      }
    }
    if (0 > lo && 0 < hi) {
      ends[n++] = 0;
    }
    for (int k = 1; k < 2 * PANELS; k++) {
      double d = offset(m, k);
      if (d > lo && d < hi) {
        ends[n++] = d;
      }
    }
    ends[n++] = hi;
    return java.util.Arrays.copyOf(ends, n);
  }

  /** The offset d ≥ 0 from m where the exponent d(d + 2m)/2 is k/4: √(m² + k/2) − m. */
  private static double offset(double m, int k) {
    double s = k / 2.0;
    return s / (Math.sqrt(m * m + s) + m);
  }

  /** Adds Σ weight · (d − c)^k, k = 0 .. sums.length − 1, over one panel. */
  private static void accumulate(double[] sums, double a, double b, double m, double c) {
    double half = (b - a) / 2;
    double centre = a + half;
    for (int i = 0; i < GaussLegendre.HALF_POINTS; i++) {
      for (int sign = -1; sign <= 1; sign += 2) {
        double d = centre + sign * half * GaussLegendre.node(i);
        double power = GaussLegendre.weight(i) * half * Math.exp(-d * (d + 2 * m) / 2);
        double u = d - c;
        for (int k = 0; k < sums.length; k++) {
          sums[k] += power;
          power *= u;
        }
      }
    }
  }
}
