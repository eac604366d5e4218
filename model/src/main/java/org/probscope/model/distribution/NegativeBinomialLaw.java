package org.probscope.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;

/**
 * Failures before the r-th success, P(X = k) = C(k + r − 1, k) p^r (1 − p)^k. The mass is taken as
 * r/(r + k) times the binomial mass b(r; r + k, p) in {@link SaddlePoint}'s log form, as R's {@code
 * dnbinom} does: Commons' {@code PascalDistribution.probability} multiplies C(k + r − 1, k) by p^r
 * in linear space, which overflows to ∞ or NaN for r ≳ 400 (r = 1000, p = 1/2 at k = 1000:
 * 8.9195e-3).
 */
final class NegativeBinomialLaw extends SummedLaw {

  /** The largest Poisson mean drawn at once. */
  private static final double POISSON_PIECE = 1e9;

  private final double r;
  private final double p;
  private final double q;

  NegativeBinomialLaw(double r, double p) {
    this.r = r;
    this.p = p;
    this.q = 1 - p;
  }

  @Override
  double lower() {
    return 0;
  }

  @Override
  double upper() {
    return p == 1 ? 0 : Double.POSITIVE_INFINITY;
  }

  @Override
  double logMass(double k) {
    if (p == 1) {
      return 0;
    }
    if (k == 0) {
      return r * Math.log(p);
    }
    // r + k rounds when k has a fraction: x − np = r − (r + k)p moves by −p times that rounding
    double n = r + k;
    double back = n - r;
    double rounding = (r - (n - back)) + (k - back);
    return Math.log(r / n) + SaddlePoint.logBinomial(r, n, p, q, -p * rounding);
  }

  /** ⌊(r − 1)(1 − p)/p⌋. */
  @Override
  double mode() {
    return Math.floor((r - 1) * q / p);
  }

  @Override
  double standardDeviation() {
    return Math.sqrt(r * q) / p;
  }

  @Override
  double massRatio(double k) {
    return (k + r) / (k + 1) * q;
  }

  @Override
  double guess(double level, boolean upperTail) {
    double failures = r * q;
    double sd = Math.sqrt(failures) / p;
    return DiscreteQuantiles.cornishFisher(
        failures / p,
        sd,
        (2 - p) / Math.sqrt(failures),
        6 / r + p * p / failures,
        level,
        upperTail);
  }

  /**
   * The gamma–Poisson mixture, X ~ Poisson(λ) with λ ~ Gamma(r, (1 − p)/p) (as R's {@code
   * rnbinom}), exact with Commons RNG's exact samplers; a λ above {@link #POISSON_PIECE} is drawn
   * as a sum of independent Poisson pieces, since Commons' Poisson sampler stops at 2^30.
   */
  @Override
  Distribution.Sampler sampler(UniformRandomProvider rng) {
    if (p == 1) {
      return () -> 0;
    }
    var gamma = AhrensDieterMarsagliaTsangGammaSampler.of(rng, r, q / p);
    return () -> {
      double lambda = gamma.sample();
      double count = 0;
      while (lambda > POISSON_PIECE) {
        count += PoissonSampler.of(rng, POISSON_PIECE).sample();
        lambda -= POISSON_PIECE;
      }
      return lambda > 0 ? count + PoissonSampler.of(rng, lambda).sample() : count;
    };
  }
}
