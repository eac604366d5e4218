package org.probscope.model.distribution;

/**
 * Moments and modes of the hypergeometric distribution, from Wikipedia's "Hypergeometric
 * distribution" page (the formulas of SciPy's {@code hypergeom._stats}). Below a population of 4
 * the closed forms divide by zero, and there the support has at most 4 values, so the moments are
 * summed directly.
 *
 * @param mean nK/N
 * @param variance nK(N−K)(N−n) / (N²(N−1))
 * @param skewness NaN when the distribution is concentrated on one value
 * @param excessKurtosis NaN when the distribution is concentrated on one value
 * @param modes ⌊(n+1)(K+1)/(N+2)⌋, and the value below when that ratio is whole (they tie)
 */
record HypergeometricShape(
    double mean, double variance, double skewness, double excessKurtosis, Modes modes) {

  static HypergeometricShape of(
      double population, double successes, double draws, HypergeometricLaw law) {
    Modes modes = modes(population, successes, draws, law);
    double bigN = population;
    double bigK = successes;
    double n = draws;
    // n·K/N rounds; the exact mean lies in the support, so a rounding past its end is clamped
    // (hypergeometric(population=1e9, successes=127, draws=1e9) has mean 127, not
    // 127.00000000000001)
    double mean = Math.min(Math.max(n * bigK / bigN, law.lower()), law.upper());
    double variance =
        bigN == 1 ? 0 : n * bigK * (bigN - bigK) * (bigN - n) / (bigN * bigN * (bigN - 1));
    if (variance == 0) {
      return new HypergeometricShape(mean, 0, Double.NaN, Double.NaN, modes);
    }
    if (population < 4) {
      return summed(law, mean, modes);
    }
    double skewness =
        (bigN - 2 * bigK)
            * Math.sqrt(bigN - 1)
            * (bigN - 2 * n)
            / (Math.sqrt(n * bigK * (bigN - bigK) * (bigN - n)) * (bigN - 2));
    double spread = n * bigK * (bigN - bigK) * (bigN - n);
    double kurtosis =
        ((bigN - 1)
                    * bigN
                    * bigN
                    * (bigN * (bigN + 1) - 6 * bigK * (bigN - bigK) - 6 * n * (bigN - n))
                + 6 * spread * (5 * bigN - 6))
            / (spread * (bigN - 2) * (bigN - 3));
    return new HypergeometricShape(mean, variance, skewness, kurtosis, modes);
  }

  private static Modes modes(
      double population, double successes, double draws, HypergeometricLaw law) {
    long product = ((long) draws + 1) * ((long) successes + 1);
    long divisor = (long) population + 2;
    long m = Math.min(Math.max(product / divisor, (long) law.lower()), (long) law.upper());
    boolean tie = product % divisor == 0 && m - 1 >= law.lower() && m == product / divisor;
    return tie ? Modes.pair(m - 1, m) : Modes.single(m);
  }

  private static HypergeometricShape summed(HypergeometricLaw law, double mean, Modes modes) {
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    for (double k = law.lower(); k <= law.upper(); k++) {
      double p = law.mass(k);
      double dev = k - mean;
      m2 += p * dev * dev;
      m3 += p * dev * dev * dev;
      m4 += p * dev * dev * dev * dev;
    }
    return new HypergeometricShape(mean, m2, m3 / Math.pow(m2, 1.5), m4 / (m2 * m2) - 3, modes);
  }
}
