package org.probscope.model.distribution;

import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;

/**
 * The normal law N(μ, σ²) truncated to [lower, upper], every probability a ratio of masses from
 * {@link NormalMass} taken in logarithms: F(x) = exp(ln M(α, z) − ln M(α, β)), S(x) = exp(ln M(z,
 * β) − ln M(α, β)), f(x) = exp(ln φ(z) − ln M(α, β)) / σ with z = (x − μ)/σ. Commons Statistics 1.3
 * forms Φ(z) − Φ(α) in linear space: with the cut in the upper tail every quantile is wrong from α
 * ≈ 6 ([30, 40]: median 40.0, exact 30.0231), and on [−40, −30] the density underflows below −37.5.
 * Its sampler is kept (it samples the tails correctly); the moments are {@link
 * TruncatedNormalShape}'s.
 */
final class TruncatedNormalLaw extends ContinuousLaw {

  private final double mean;
  private final double sd;
  private final double lower;
  private final double upper;
  private final double alpha;
  private final double beta;
  private final double logMass;

  TruncatedNormalLaw(double mean, double sd, double lower, double upper) {
    super(TruncatedNormalDistribution.of(mean, sd, lower, upper));
    this.mean = mean;
    this.sd = sd;
    this.lower = lower;
    this.upper = upper;
    this.alpha = (lower - mean) / sd;
    this.beta = (upper - mean) / sd;
    this.logMass = NormalMass.log(alpha, beta, (upper - lower) / sd);
  }

  private double z(double x) {
    return (x - mean) / sd;
  }

  @Override
  public double density(double x) {
    return Math.exp(logDensity(x));
  }

  @Override
  public double logDensity(double x) {
    if (!(x >= lower && x <= upper)) {
      return Double.NEGATIVE_INFINITY;
    }
    return NormalTails.logDensity(z(x)) - logMass - Math.log(sd);
  }

  @Override
  public double cumulativeProbability(double x) {
    return Math.exp(logCumulativeProbability(x));
  }

  @Override
  public double survivalProbability(double x) {
    return Math.exp(logSurvivalProbability(x));
  }

  @Override
  double logCumulativeProbability(double x) {
    if (x <= lower) {
      return Double.NEGATIVE_INFINITY;
    }
    if (x >= upper) {
      return 0;
    }
    return Math.min(NormalMass.log(alpha, z(x), (x - lower) / sd) - logMass, 0);
  }

  @Override
  double logSurvivalProbability(double x) {
    if (x <= lower) {
      return 0;
    }
    if (x >= upper) {
      return Double.NEGATIVE_INFINITY;
    }
    return Math.min(NormalMass.log(z(x), beta, (upper - x) / sd) - logMass, 0);
  }

  @Override
  public double getSupportLowerBound() {
    return lower;
  }

  @Override
  public double getSupportUpperBound() {
    return upper;
  }
}
