package org.probscope.model.distribution;

import org.apache.commons.statistics.distribution.DiscreteDistribution;

/**
 * Shannon entropy {@code -Σ p ln p} of a discrete distribution without a closed form, summed over
 * the support between the 1e-17 and 1 - 1e-17 quantiles; the mass left out changes the sum by less
 * than about 1e-15 for the families here.
 */
final class DiscreteEntropy {

  private static final double TAIL = 1e-17;
  private static final int MAX_TERMS = 50_000_000;

  private DiscreteEntropy() {}

  static double of(DiscreteDistribution d) {
    int lo = d.inverseCumulativeProbability(TAIL);
    int hi = d.inverseSurvivalProbability(TAIL);
    if ((long) hi - lo > MAX_TERMS) {
      return Double.NaN;
    }
    double sum = 0;
    for (int k = lo; k <= hi; k++) {
      double logP = d.logProbability(k);
      if (logP > Double.NEGATIVE_INFINITY) {
        sum -= Math.exp(logP) * logP;
      }
    }
    return sum;
  }
}
