package org.probscope.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Successes among n draws without replacement from N items of which K are successes. The mass is
 * b(k; K, p) b(n − k; N − K, p) / b(n; N, p) with p = n/N, each binomial mass in {@link
 * SaddlePoint}'s form (R's {@code dhyper}); the tails are sums of masses ({@link SummedLaw}):
 * Commons' own cdf sums from the support's end on every call, 2.5·10⁸ terms at N = 10⁹.
 */
final class HypergeometricLaw extends SummedLaw {

  private final double population;
  private final double successes;
  private final double draws;
  private final double lower;
  private final double upper;
  private final double p;
  private final double q;
  private final double logAllDraws;

  HypergeometricLaw(double population, double successes, double draws) {
    this.population = population;
    this.successes = successes;
    this.draws = draws;
    this.lower = Math.max(0, draws - (population - successes));
    this.upper = Math.min(draws, successes);
    this.p = draws / population;
    this.q = (population - draws) / population;
    this.logAllDraws = SaddlePoint.logBinomial(draws, population, p, q);
  }

  @Override
  double lower() {
    return lower;
  }

  @Override
  double upper() {
    return upper;
  }

  @Override
  double logMass(double k) {
    if (lower == upper) {
      return 0;
    }
    // n − k rounds when k has a fraction (the mass continued between whole numbers): its
    // rounding, recovered by two-sum, is passed on
    double y = draws - k;
    double back = y - draws;
    double rounding = (draws - (y - back)) + (-k - back);
    return SaddlePoint.logBinomial(k, successes, p, q)
        + SaddlePoint.logBinomial(y, population - successes, p, q, rounding)
        - logAllDraws;
  }

  @Override
  double massRatio(double k) {
    return (successes - k) * (draws - k) / ((k + 1) * (population - successes - draws + k + 1));
  }

  /** ⌊(n + 1)(K + 1)/(N + 2)⌋, where the mass ratio crosses 1. */
  @Override
  double mode() {
    long product = ((long) draws + 1) * ((long) successes + 1);
    return Math.min(Math.max(product / ((long) population + 2), lower), upper);
  }

  @Override
  double standardDeviation() {
    double bigN = population;
    return Math.sqrt(
        draws * successes * (bigN - successes) * (bigN - draws) / (bigN * bigN * (bigN - 1)));
  }

  @Override
  double guess(double level, boolean upperTail) {
    return DiscreteQuantiles.cornishFisher(
        draws * successes / population, standardDeviation(), 0, 0, level, upperTail);
  }

  /** Guide-table inversion over the window (Commons' sampler inverts its O(N) cdf). */
  @Override
  Distribution.Sampler sampler(UniformRandomProvider rng) {
    return windowSampler(rng, mode());
  }
}
