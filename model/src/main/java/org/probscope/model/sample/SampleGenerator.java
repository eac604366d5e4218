package org.probscope.model.sample;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.probscope.model.distribution.Distribution;

/**
 * Draws seeded samples. The generator is the XO_RO_SHI_RO_128_PP of Commons RNG seeded from one
 * {@code long}; its output depends only on the seed, so the same seed gives the same sample on
 * every machine and JDK.
 */
public final class SampleGenerator {

  /** Largest sample the generator will draw in one call. */
  public static final int MAX_SIZE = 50_000_000;

  private SampleGenerator() {}

  /** A source of randomness for {@code seed}; the one every seeded feature uses. */
  public static UniformRandomProvider rng(long seed) {
    return RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
  }

  /**
   * Draws {@code n} values from {@code distribution}.
   *
   * @throws IllegalArgumentException when n is not in [1, {@link #MAX_SIZE}]
   */
  public static Sample draw(Distribution distribution, int n, long seed) {
    return Sample.ofOwned(
        distribution.spec() + ", n=" + n + ", seed=" + seed, drawValues(distribution, n, seed));
  }

  /** The values in draw order, for callers that need them before sorting. */
  public static double[] drawValues(Distribution distribution, int n, long seed) {
    if (n < 1 || n > MAX_SIZE) {
      throw new IllegalArgumentException("n must be in [1, " + MAX_SIZE + "], got " + n);
    }
    Distribution.Sampler sampler = distribution.sampler(rng(seed));
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = sampler.sample();
    }
    return values;
  }
}
