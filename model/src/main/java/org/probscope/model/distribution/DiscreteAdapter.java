package org.probscope.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.DiscreteDistribution;

/**
 * A {@link Distribution} over a Commons Statistics discrete distribution: the mass is 0 off the
 * whole numbers and the CDF is the right-continuous step function.
 */
final class DiscreteAdapter extends AbstractFamilyDistribution {

  private final DiscreteDistribution delegate;

  DiscreteAdapter(Family family, double[] parameters, DiscreteDistribution delegate, Shape shape) {
    super(family, parameters, shape);
    this.delegate = delegate;
  }

  /** An adapter whose mean and variance are Commons Statistics' own. */
  static Distribution withCommonsMoments(
      Family family,
      double[] parameters,
      DiscreteDistribution delegate,
      double skewness,
      double excessKurtosis,
      double mode,
      double entropy) {
    return new DiscreteAdapter(
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
    // Commons Statistics marks an unbounded support with Integer.MAX_VALUE
    int upper = delegate.getSupportUpperBound();
    return upper == Integer.MAX_VALUE ? Double.POSITIVE_INFINITY : upper;
  }

  @Override
  public double density(double x) {
    if (x != Math.rint(x) || x < supportLower() || x > supportUpper() || x >= Integer.MAX_VALUE) {
      return 0;
    }
    return delegate.probability((int) x);
  }

  @Override
  public double logDensity(double x) {
    if (x != Math.rint(x) || x < supportLower() || x > supportUpper() || x >= Integer.MAX_VALUE) {
      return Double.NEGATIVE_INFINITY;
    }
    return delegate.logProbability((int) x);
  }

  @Override
  public double cdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x < supportLower()) {
      return 0;
    }
    if (x >= supportUpper()) {
      return 1;
    }
    return delegate.cumulativeProbability((int) Math.floor(x));
  }

  @Override
  public double survival(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x < supportLower()) {
      return 1;
    }
    if (x >= supportUpper()) {
      return 0;
    }
    return delegate.survivalProbability((int) Math.floor(x));
  }

  @Override
  public double logCdf(double x) {
    return Math.log(cdf(x));
  }

  @Override
  public double logSurvival(double x) {
    return Math.log(survival(x));
  }

  @Override
  public double inverseSurvival(double q) {
    if (!(q >= 0 && q <= 1)) {
      return Double.NaN;
    }
    int k = delegate.inverseSurvivalProbability(q);
    return k == Integer.MAX_VALUE && supportUpper() == Double.POSITIVE_INFINITY
        ? Double.POSITIVE_INFINITY
        : k;
  }

  @Override
  public double quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      return Double.NaN;
    }
    int k = delegate.inverseCumulativeProbability(p);
    return k == Integer.MAX_VALUE && supportUpper() == Double.POSITIVE_INFINITY
        ? Double.POSITIVE_INFINITY
        : k;
  }

  @Override
  public double hazard(double x) {
    double mass = density(x);
    if (mass == 0) {
      return 0;
    }
    // P(X >= x) = P(X > x - 1) for whole x
    double atOrAbove = survival(x - 1);
    return atOrAbove == 0 ? Double.POSITIVE_INFINITY : mass / atOrAbove;
  }

  @Override
  public Sampler sampler(UniformRandomProvider rng) {
    DiscreteDistribution.Sampler sampler = delegate.createSampler(rng);
    return sampler::sample;
  }
}
