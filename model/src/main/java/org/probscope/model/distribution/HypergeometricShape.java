package org.probscope.model.distribution;

import org.apache.commons.statistics.distribution.HypergeometricDistribution;

/**
 * Skewness, excess kurtosis and mode of the hypergeometric distribution, from Wikipedia's
 * "Hypergeometric distribution" page (the formulas of SciPy's {@code hypergeom._stats}). Below a
 * population of 4 the closed forms divide by zero, and there the support has at most 4 values, so
 * the moments are summed directly.
 *
 * @param skewness NaN when the distribution is concentrated on one value
 * @param excessKurtosis NaN when the distribution is concentrated on one value
 * @param mode ⌊(n+1)(K+1)/(N+2)⌋, NaN when two values tie
 */
record HypergeometricShape(double skewness, double excessKurtosis, double mode) {

  static HypergeometricShape of(
      int population, int successes, int draws, HypergeometricDistribution d) {
    double mode = mode(population, successes, draws, d.getSupportLowerBound());
    if (d.getVariance() == 0) {
      return new HypergeometricShape(Double.NaN, Double.NaN, mode);
    }
    if (population < 4) {
      return summed(d, mode);
    }
    double bigN = population;
    double bigK = successes;
    double n = draws;
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
    return new HypergeometricShape(skewness, kurtosis, mode);
  }

  private static double mode(int population, int successes, int draws, int lowest) {
    long product = ((long) draws + 1) * ((long) successes + 1);
    long divisor = (long) population + 2;
    long m = product / divisor;
    boolean tie = product % divisor == 0 && m - 1 >= lowest;
    return tie ? Double.NaN : m;
  }

  private static HypergeometricShape summed(HypergeometricDistribution d, double mode) {
    double mean = d.getMean();
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    for (int k = d.getSupportLowerBound(); k <= d.getSupportUpperBound(); k++) {
      double p = d.probability(k);
      double dev = k - mean;
      m2 += p * dev * dev;
      m3 += p * dev * dev * dev;
      m4 += p * dev * dev * dev * dev;
    }
    return new HypergeometricShape(m3 / Math.pow(m2, 1.5), m4 / (m2 * m2) - 3, mode);
  }
}
