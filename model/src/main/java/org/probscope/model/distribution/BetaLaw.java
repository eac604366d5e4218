package org.probscope.model.distribution;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Commons Statistics' beta law with a quantile start that stays cheap: Commons' own inverse where
 * both shapes lie in [0.05, 1e4] (a quick search there), the normal approximation with the
 * family's mean and standard deviation for two large shapes, and none otherwise (Commons' search
 * takes milliseconds at beta(1e10, 1e10) or beta(1e-10, 1e10): seconds a frame); {@link
 * ContinuousQuantiles} brackets and polishes from there.
 */
final class BetaLaw extends ContinuousLaw {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private final double alpha;
  private final double beta;

  BetaLaw(double alpha, double beta) {
    super(BetaDistribution.of(alpha, beta));
    this.alpha = alpha;
    this.beta = beta;
  }

  @Override
  double quantileStart(double level, boolean cumulative) {
    double small = Math.min(alpha, beta);
    if (small >= 0.05 && Math.max(alpha, beta) <= 1e4) {
      return super.quantileStart(level, cumulative);
    }
    if (small > 1e4) {
      double z =
          cumulative
              ? STANDARD_NORMAL.inverseCumulativeProbability(level)
              : STANDARD_NORMAL.inverseSurvivalProbability(level);
      double s = alpha + beta;
      double mean = alpha / s;
      double sd = Math.sqrt(alpha / s * (beta / s) / (s + 1));
      double x = mean + z * sd;
      return x > 0 && x < 1 ? x : Double.NaN;
    }
    return Double.NaN;
  }
}
