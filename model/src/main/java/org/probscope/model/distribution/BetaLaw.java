package org.probscope.model.distribution;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Commons Statistics' beta law with each tail from its smaller side, log tails below 1e-280 from
 * {@link IncompleteBetaTails}, and a quantile start that stays cheap: Commons' own inverse where
 * both shapes lie in [0.05, 1e4] (a quick search there), the normal approximation with the family's
 * mean and standard deviation for two large shapes, and none otherwise (Commons' search takes
 * milliseconds at beta(1e10, 1e10) or beta(1e-10, 1e10): seconds a frame); {@link
 * ContinuousQuantiles} brackets and polishes from there.
 */
final class BetaLaw extends ContinuousLaw {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
  private static final double FLOOR = 1e-280;

  private final double alpha;
  private final double beta;

  BetaLaw(double alpha, double beta) {
    super(BetaDistribution.of(alpha, beta));
    this.alpha = alpha;
    this.beta = beta;
  }

  /**
   * F from the smaller tail: where Commons' cdf is at most ½ the survival function is 1 − F
   * (Commons' own complement is 2.8e-11 off at beta(0.5, 0.5), x = 1e-12), else F = 1 − S.
   */
  @Override
  public double cumulativeProbability(double x) {
    double p = super.cumulativeProbability(x);
    if (p > 0.5) {
      return 1 - super.survivalProbability(x);
    }
    return p >= FLOOR ? p : Math.exp(logCumulativeProbability(x));
  }

  @Override
  public double survivalProbability(double x) {
    double p = super.cumulativeProbability(x);
    if (p <= 0.5) {
      return 1 - p;
    }
    double q = super.survivalProbability(x);
    return q >= FLOOR ? q : Math.exp(logSurvivalProbability(x));
  }

  /** ln F; below 1e-280 by the series (Commons' own value underflows early there). */
  @Override
  double logCumulativeProbability(double x) {
    double p = super.cumulativeProbability(x);
    if (p > 0.5) {
      return Math.log1p(-survivalProbability(x));
    }
    if (p >= FLOOR || !(x > 0 && x < 1)) {
      return Math.log(p);
    }
    double log = IncompleteBetaTails.logLower(x, alpha, beta);
    return Double.isNaN(log) ? Math.log(p) : log;
  }

  @Override
  double logSurvivalProbability(double x) {
    double p = super.cumulativeProbability(x);
    if (p <= 0.5) {
      return Math.log1p(-p);
    }
    double q = super.survivalProbability(x);
    if (q >= FLOOR || !(x > 0 && x < 1)) {
      return Math.log(q);
    }
    // 1 − x is exact where S underflows (x > ½)
    double log = IncompleteBetaTails.logLower(1 - x, beta, alpha);
    return Double.isNaN(log) ? Math.log(q) : log;
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
