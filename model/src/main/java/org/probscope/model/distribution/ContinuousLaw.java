package org.probscope.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * A Commons Statistics continuous distribution with logarithmic tails. Every method forwards to the
 * wrapped distribution; a family whose CDF or survival function underflows a double (the normal
 * beyond 38 sd, the exponential beyond 745 means) overrides {@link #logCumulativeProbability} and
 * {@link #logSurvivalProbability} with a closed form that stays finite there, and any method
 * Commons gets wrong (see each subclass). The quantile functions here are only starting points:
 * {@link ContinuousQuantiles} polishes them on the CDF or the survival function.
 */
class ContinuousLaw implements ContinuousDistribution {

  private final ContinuousDistribution base;

  ContinuousLaw(ContinuousDistribution base) {
    this.base = base;
  }

  /** {@code d} itself when it is a law already, else {@code d} with logs of its tails. */
  static ContinuousLaw of(ContinuousDistribution d) {
    return d instanceof ContinuousLaw law ? law : new ContinuousLaw(d);
  }

  /** ln P(X &le; x); this default is {@code log(cdf)}, which is -∞ where the cdf underflows. */
  double logCumulativeProbability(double x) {
    return Math.log(cumulativeProbability(x));
  }

  /** ln P(X &gt; x); this default is {@code log(sf)}, which is -∞ where the sf underflows. */
  double logSurvivalProbability(double x) {
    return Math.log(survivalProbability(x));
  }

  /**
   * Where {@link ContinuousQuantiles} starts its search for the x with F(x) = level ({@code
   * cumulative}) or S(x) = level: by default the library's own inverse, which is a closed form for
   * most families. A law whose library inverse is a costly root search of its own (Commons' gamma,
   * beta, t and F take milliseconds at extreme shapes, seconds a frame) returns NaN, and the
   * polisher brackets from the support.
   */
  double quantileStart(double level, boolean cumulative) {
    return cumulative ? inverseCumulativeProbability(level) : inverseSurvivalProbability(level);
  }

  /**
   * The hazard f(x) / S(x) in closed form where f and S underflow, for a law whose tail has one
   * (the normal's √(2/π) / erfcx(z/√2), an exponential's rate); NaN (the default) when there is
   * none, and the caller takes exp(ln f − ln S).
   */
  double hazard(double x) {
    return Double.NaN;
  }

  @Override
  public double density(double x) {
    return base.density(x);
  }

  @Override
  public double logDensity(double x) {
    return base.logDensity(x);
  }

  @Override
  public double cumulativeProbability(double x) {
    return base.cumulativeProbability(x);
  }

  @Override
  public double survivalProbability(double x) {
    return base.survivalProbability(x);
  }

  @Override
  public double inverseCumulativeProbability(double p) {
    return base.inverseCumulativeProbability(p);
  }

  @Override
  public double inverseSurvivalProbability(double p) {
    return base.inverseSurvivalProbability(p);
  }

  @Override
  public double getMean() {
    return base.getMean();
  }

  @Override
  public double getVariance() {
    return base.getVariance();
  }

  @Override
  public double getSupportLowerBound() {
    return base.getSupportLowerBound();
  }

  @Override
  public double getSupportUpperBound() {
    return base.getSupportUpperBound();
  }

  @Override
  public ContinuousDistribution.Sampler createSampler(UniformRandomProvider rng) {
    return base.createSampler(rng);
  }
}
