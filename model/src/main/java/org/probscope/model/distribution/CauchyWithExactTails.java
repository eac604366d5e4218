package org.probscope.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.CauchyDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * Commons Statistics' Cauchy distribution with tail-exact CDF and quantiles. Commons 1.3 computes
 * {@code 0.5 + atan(z)/π} and {@code tan(π(p - 0.5))}, which cancel in the tails (relative error
 * 2e-7 at z = -1e10, and quantile(1e-300) = -1.6e16 instead of -3.2e299). Here {@code F(x) =
 * atan2(1, -z)/π}, {@code S(x) = atan2(1, z)/π} and {@code F⁻¹(p) = x₀ - γ/tan(πp)} below p = ½,
 * {@code x₀ + γ/tan(π(1-p))} above, which agree with SciPy's {@code cauchy} to 1e-15. Everything
 * else is Commons'.
 */
final class CauchyWithExactTails implements ContinuousDistribution {

  private final CauchyDistribution delegate;
  private final double location;
  private final double scale;

  CauchyWithExactTails(double location, double scale) {
    this.delegate = CauchyDistribution.of(location, scale);
    this.location = location;
    this.scale = scale;
  }

  @Override
  public double density(double x) {
    return delegate.density(x);
  }

  @Override
  public double logDensity(double x) {
    return delegate.logDensity(x);
  }

  @Override
  public double cumulativeProbability(double x) {
    return Math.atan2(1, -(x - location) / scale) / Math.PI;
  }

  @Override
  public double survivalProbability(double x) {
    return Math.atan2(1, (x - location) / scale) / Math.PI;
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

  @Override
  public double getMean() {
    return delegate.getMean();
  }

  @Override
  public double getVariance() {
    return delegate.getVariance();
  }

  @Override
  public double getSupportLowerBound() {
    return delegate.getSupportLowerBound();
  }

  @Override
  public double getSupportUpperBound() {
    return delegate.getSupportUpperBound();
  }

  @Override
  public ContinuousDistribution.Sampler createSampler(UniformRandomProvider rng) {
    return delegate.createSampler(rng);
  }
}
