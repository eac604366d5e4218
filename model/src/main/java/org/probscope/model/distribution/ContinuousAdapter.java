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
  public double quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      return Double.NaN;
    }
    return delegate.inverseCumulativeProbability(p);
  }

  @Override
  public double hazard(double x) {
    double density = delegate.density(x);
    if (density == 0) {
      return 0;
    }
    double survival = delegate.survivalProbability(x);
    return survival == 0 ? Double.POSITIVE_INFINITY : density / survival;
  }

  @Override
  public Sampler sampler(UniformRandomProvider rng) {
    return delegate.createSampler(rng)::sample;
  }
}
