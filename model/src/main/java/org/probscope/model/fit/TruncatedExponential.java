package org.probscope.model.fit;

/**
 * The exponential law truncated to [0, 1], density ∝ e^{λy}: the boundary η₂ = 0 of the truncated
 * normals seen as the exponential family exp(η₁y + η₂y²) on [0, 1]. That family's moment map is a
 * bijection, and its image of {η₂ = 0} is the curve of the truncated exponentials' (mean,
 * variance); the truncated normals (η₂ &lt; 0) are the side with smaller variance. So a truncated
 * normal maximum exists exactly when the data's variance is below that of the truncated exponential
 * with the data's mean (Barndorff-Nielsen, <i>Information and Exponential Families</i>, 1978,
 * Theorem 9.13).
 */
final class TruncatedExponential {

  private TruncatedExponential() {}

  /** Mean 1/(1 − e^{−λ}) − 1/λ, by its series 1/2 + λ/12 − λ³/720 + λ⁵/30240 near 0. */
  static double mean(double lambda) {
    if (Math.abs(lambda) < 0.05) {
      double l2 = lambda * lambda;
      return 0.5 + lambda * (1.0 / 12 - l2 * (1.0 / 720 - l2 / 30240));
    }
    return 1 / (-Math.expm1(-lambda)) - 1 / lambda;
  }

  /** Variance 1/λ² − 1/(4 sinh²(λ/2)), by its series 1/12 − λ²/240 + λ⁴/6048 near 0. */
  static double variance(double lambda) {
    if (Math.abs(lambda) < 0.05) {
      double l2 = lambda * lambda;
      return 1.0 / 12 - l2 * (1.0 / 240 - l2 / 6048);
    }
    if (Math.abs(lambda) > 700) {
      return 1 / (lambda * lambda);
    }
    double s = Math.sinh(lambda / 2);
    return 1 / (lambda * lambda) - 1 / (4 * s * s);
  }

  /** The variance of the truncated exponential on [0, 1] whose mean is {@code mean} ∈ (0, 1). */
  static double varianceAtMean(double mean) {
    double lo = -1;
    double hi = 1;
    while (mean(lo) > mean && lo > -1e300) {
      lo *= 2;
    }
    while (mean(hi) < mean && hi < 1e300) {
      hi *= 2;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-15 * Math.max(1, Math.abs(lo)); i++) {
      double mid = lo + (hi - lo) / 2;
      if (mean(mid) < mean) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return variance(lo + (hi - lo) / 2);
  }
}
