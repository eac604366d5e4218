package org.probscope.model.distribution;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Skewness, excess kurtosis and entropy of the standard normal truncated to [α, β], from the moment
 * recurrence {@code M_k = (k-1) M_{k-2} - c M_{k-1} - [(β-c)^{k-1} φ(β) - (α-c)^{k-1} φ(α)] / Z}
 * for the moments {@code M_k = E[(X - c)^k]} about the mean {@code c} (integration by parts of
 * {@code x φ(x) = -φ'(x)}; with {@code c = 0} it is the recurrence on Wikipedia's "Truncated normal
 * distribution" page), {@code Z = Φ(β) - Φ(α)}. Centring on the mean keeps most of the cancellation
 * out; under extreme one-sided truncation (α beyond about 8) the skewness and kurtosis lose a few
 * digits. Entropy: {@code ln(√(2πe) Z) + [α φ(α) - β φ(β)] / (2Z)}.
 *
 * @param skewness third standardised moment
 * @param excessKurtosis fourth standardised moment minus 3
 * @param standardEntropy entropy with σ = 1; add {@code ln σ}
 */
record TruncatedNormalShape(double skewness, double excessKurtosis, double standardEntropy) {

  private static final double LN_SQRT_2_PI = 0.5 * Math.log(2 * Math.PI);

  /**
   * @param alpha standardised lower bound (may be -∞)
   * @param beta standardised upper bound (may be +∞)
   */
  static TruncatedNormalShape of(double alpha, double beta) {
    NormalDistribution standard = NormalDistribution.of(0, 1);
    double logZ = Math.log(standard.probability(alpha, beta));
    double c = -(phiOverZ(beta, logZ) - phiOverZ(alpha, logZ));
    double m1 = 0;
    double m2 = 1 - c * m1 - difference(alpha, beta, c, 1, logZ);
    double m3 = 2 * m1 - c * m2 - difference(alpha, beta, c, 2, logZ);
    double m4 = 3 * m2 - c * m3 - difference(alpha, beta, c, 3, logZ);
    double skewness = m3 / Math.pow(m2, 1.5);
    double kurtosis = m4 / (m2 * m2) - 3;
    double entropy = 0.5 + LN_SQRT_2_PI + logZ - 0.5 * difference(alpha, beta, 0, 1, logZ);
    return new TruncatedNormalShape(skewness, kurtosis, entropy);
  }

  /** {@code [(β-c)^k φ(β) - (α-c)^k φ(α)] / Z}. */
  private static double difference(double alpha, double beta, double c, int k, double logZ) {
    return term(beta, c, k, logZ) - term(alpha, c, k, logZ);
  }

  private static double term(double x, double c, int k, double logZ) {
    if (Double.isInfinite(x)) {
      return 0;
    }
    return Math.pow(x - c, k) * phiOverZ(x, logZ);
  }

  private static double phiOverZ(double x, double logZ) {
    if (Double.isInfinite(x)) {
      return 0;
    }
    return Math.exp(-0.5 * x * x - LN_SQRT_2_PI - logZ);
  }
}
