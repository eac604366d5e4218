package org.probscope.model.distribution;

import org.apache.commons.statistics.distribution.CauchyDistribution;

/**
 * Commons Statistics' Cauchy distribution with tail-exact CDF and quantiles. Commons 1.3 computes
 * {@code 0.5 + atan(z)/π} and {@code tan(π(p - 0.5))}, which cancel in the tails (relative error
 * 2e-7 at z = -1e10, and quantile(1e-300) = -1.6e16 instead of -3.2e299). Here {@code F(x) =
 * atan2(1, -z)/π}, {@code S(x) = atan2(1, z)/π} and {@code F⁻¹(p) = x₀ - γ/tan(πp)} below p = ½,
 * {@code x₀ + γ/tan(π(1-p))} above, which agree with SciPy's {@code cauchy} to 1e-15. Everything
 * else is Commons'. Beyond |z| = 1e150, where z² overflows, the density and the log tails are taken
 * from ln|x − x₀| (halved so that it does not overflow).
 */
final class CauchyWithExactTails extends ContinuousLaw {

  private final double location;
  private final double scale;

  CauchyWithExactTails(double location, double scale) {
    super(CauchyDistribution.of(location, scale));
    this.location = location;
    this.scale = scale;
  }

  /** Beyond |z| = 1e150, where z² overflows, ln f = −ln(πγ) − 2 ln|z| (1 + z² is z² there). */
  private static final double WIDE = 1e150;

  private static final double LN_PI = Math.log(Math.PI);
  private static final double LN_2 = Math.log(2);

  /** 1 / (πγ(1 + z²)), formed so that a tiny γ does not underflow in γ² first. */
  @Override
  public double density(double x) {
    double z = z(x);
    return Math.abs(z) > WIDE ? Math.exp(logDensity(x)) : 1 / (Math.PI * scale * (1 + z * z));
  }

  /** (x − x₀)/γ from halves, so that x − x₀ does not overflow (x = −1.8e308, x₀ = 1e300). */
  private double z(double x) {
    return 2 * ((x / 2 - location / 2) / scale);
  }

  /** ln|x − x₀|, from halves so that it does not overflow. */
  private double logDistance(double x) {
    return Math.log(Math.abs(x / 2 - location / 2)) + LN_2;
  }

  @Override
  public double logDensity(double x) {
    double z = z(x);
    if (Math.abs(z) > WIDE) {
      // γ / (π (x − x₀)²), z itself may overflow
      return Math.log(scale) - LN_PI - 2 * logDistance(x);
    }
    return -LN_PI - Math.log(scale) - Math.log1p(z * z);
  }

  /** ln F: beyond |z| = 1e150 on the left, ln(γ / (π |x − x₀|)). */
  double logCumulativeProbability(double x) {
    double z = z(x);
    return z < -WIDE
        ? Math.log(scale) - LN_PI - logDistance(x)
        : Math.log(cumulativeProbability(x));
  }

  /** ln S: beyond z = 1e150, ln(γ / (π (x − x₀))). */
  double logSurvivalProbability(double x) {
    double z = z(x);
    return z > WIDE ? Math.log(scale) - LN_PI - logDistance(x) : Math.log(survivalProbability(x));
  }

  @Override
  public double cumulativeProbability(double x) {
    return Math.atan2(1, -z(x)) / Math.PI;
  }

  @Override
  public double survivalProbability(double x) {
    return Math.atan2(1, z(x)) / Math.PI;
  }

  @Override
  public double inverseCumulativeProbability(double p) {
    if (p == 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 1) {
      return Double.POSITIVE_INFINITY;
    }
    if (p == 0.5) {
      return location;
    }
    return p < 0.5
        ? location - scale / Math.tan(Math.PI * p)
        : location + scale / Math.tan(Math.PI * (1 - p));
  }

  @Override
  public double inverseSurvivalProbability(double p) {
    if (p == 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (p == 1) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p == 0.5) {
      return location;
    }
    return p < 0.5
        ? location + scale / Math.tan(Math.PI * p)
        : location - scale / Math.tan(Math.PI * (1 - p));
  }
}
