package org.probscope.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/** A {@link Distribution} over a Commons Statistics continuous distribution. */
final class ContinuousAdapter extends AbstractFamilyDistribution {

  private final ContinuousDistribution delegate;

  ContinuousAdapter(
      Family family, double[] parameters, ContinuousDistribution delegate, Shape shape) {
    super(family, parameters, shape);
    this.delegate = delegate;
  }

  /** An adapter whose mean and variance are Commons Statistics' own. */
  static Distribution withCommonsMoments(
      Family family,
      double[] parameters,
      ContinuousDistribution delegate,
      double skewness,
      double excessKurtosis,
      double mode,
      double entropy) {
    return new ContinuousAdapter(
        family,
        parameters,
        delegate,
        new Shape(
            delegate.getMean(), delegate.getVariance(), skewness, excessKurtosis, mode, entropy));
  }

  @Override
  public double supportLower() {
    return delegate.getSupportLowerBound();
  }

  @Override
  public double supportUpper() {
    return delegate.getSupportUpperBound();
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
  public double cdf(double x) {
    return delegate.cumulativeProbability(x);
  }

  @Override
  public double survival(double x) {
    return delegate.survivalProbability(x);
  }

  @Override
  public double logCdf(double x) {
    return Math.log(delegate.cumulativeProbability(x));
  }

  @Override
  public double logSurvival(double x) {
    return Math.log(delegate.survivalProbability(x));
  }

  @Override
  public double inverseSurvival(double q) {
    if (!(q >= 0 && q <= 1)) {
      return Double.NaN;
    }
    return delegate.inverseSurvivalProbability(q);
  }

  @Override
  public double quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      return Double.NaN;
    }
    return delegate.inverseCumulativeProbability(p);
  }

  @Override
  public double hazard(double x) {
    double density = delegate.density(x);
    double survival = delegate.survivalProbability(x);
    if (survival > 0) {
      return density / survival;
    }
    if (density > 0) {
      return Double.POSITIVE_INFINITY;
    }
    // both 0: beyond the support's upper end (0/0), or so far in the upper tail that both
    // underflow while the true ratio is finite (normal at x = 40: about 40); neither is a number
    // that can honestly be shown
    return Double.NaN;
  }

  @Override
  public Sampler sampler(UniformRandomProvider rng) {
    return delegate.createSampler(rng)::sample;
  }
}
