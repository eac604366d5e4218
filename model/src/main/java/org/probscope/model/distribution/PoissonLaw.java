package org.probscope.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * Poisson counts with mean λ: the mass by {@link SaddlePoint} (λ enters the deviance without
 * rounding), the tails summed ({@link SummedLaw}). Commons' regularised incomplete gamma, which
 * this replaces, forms the prefix λ^x e^−λ / x! with a power whose base rounds, a·ε: 5e-8 off in
 * the tails beyond 10 standard deviations at λ = 10⁹, and its series there takes 10⁵ terms a call.
 */
final class PoissonLaw extends SummedLaw {

  private final double lambda;

  PoissonLaw(double lambda) {
    this.lambda = lambda;
  }

  @Override
  double lower() {
    return 0;
  }

  @Override
  double upper() {
    return Double.POSITIVE_INFINITY;
  }

  @Override
  double logMass(double k) {
    return SaddlePoint.logPoisson(k, lambda);
  }

  @Override
  double mode() {
    return Math.floor(lambda);
  }

  @Override
  double massRatio(double k) {
    return lambda / (k + 1);
  }

  @Override
  double standardDeviation() {
    return Math.sqrt(lambda);
  }

  @Override
  double guess(double level, boolean upperTail) {
    double sd = Math.sqrt(lambda);
    return DiscreteQuantiles.cornishFisher(lambda, sd, 1 / sd, 1 / lambda, level, upperTail);
  }

  @Override
  Distribution.Sampler sampler(UniformRandomProvider rng) {
    var sampler = PoissonDistribution.of(lambda).createSampler(rng);
    return sampler::sample;
  }
}
