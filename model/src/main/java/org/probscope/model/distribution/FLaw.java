package org.probscope.model.distribution;

import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.RegularizedBeta;
import org.apache.commons.statistics.distribution.FDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The F law with its beta arguments formed without overflow. F(x) = I_w(d₁/2, d₂/2) and S(x) =
 * I_{1−w}(d₂/2, d₁/2) with w = r / (1 + r), r = d₁x / d₂ (Wikipedia "F-distribution"), each tail
 * from its own side; Commons Statistics 1.3 forms d₁x, which overflows near x = 1e306 for d₁ = 80
 * (sf = 0 where it is about 1 for d₂ = 1e-10). Here r = exp(ln d₁ − ln d₂ + ln x) where it would
 * overflow, 1 − w = 1/(1 + r) and the density is exp((d₁/2) ln w + (d₂/2) ln(1 − w) − ln x − ln
 * B(d₁/2, d₂/2)). Moments and the sampler are Commons'.
 */
final class FLaw extends ContinuousLaw {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private final double half1;
  private final double half2;
  private final double logRatio;
  private final double logBeta;

  FLaw(double df1, double df2) {
    super(FDistribution.of(df1, df2));
    this.half1 = df1 / 2;
    this.half2 = df2 / 2;
    this.logRatio = Math.log(df1) - Math.log(df2);
    this.logBeta = LogBeta.value(half1, half2);
  }

  /** ln r = ln(d₁x / d₂). */
  private double logR(double x) {
    return logRatio + Math.log(x);
  }

  /** ln w = −ln(1 + 1/r). */
  private static double logW(double logR) {
    return logR > 0 ? -Math.log1p(Math.exp(-logR)) : logR - Math.log1p(Math.exp(logR));
  }

  /** ln(1 − w) = −ln(1 + r). */
  private static double logComplement(double logR) {
    return logW(-logR);
  }

  @Override
  public double density(double x) {
    return x <= 0 ? super.density(x) : Math.exp(logDensity(x));
  }

  @Override
  public double logDensity(double x) {
    if (x <= 0) {
      return super.logDensity(x);
    }
    double logR = logR(x);
    return half1 * logW(logR) + half2 * logComplement(logR) - Math.log(x) - logBeta;
  }

  @Override
  public double cumulativeProbability(double x) {
    double p = rawCumulative(x);
    return p >= 1e-280 || !(x > 0) ? p : Math.exp(logCumulativeProbability(x));
  }

  @Override
  public double survivalProbability(double x) {
    double q = rawSurvival(x);
    return q >= 1e-280 || !(x > 0) || x == Double.POSITIVE_INFINITY
        ? q
        : Math.exp(logSurvivalProbability(x));
  }

  private double rawCumulative(double x) {
    if (x <= 0) {
      return 0;
    }
    double logR = logR(x);
    return logR > 0
        ? RegularizedBeta.complement(Math.exp(logComplement(logR)), half2, half1)
        : RegularizedBeta.value(Math.exp(logW(logR)), half1, half2);
  }

  @Override
  double logCumulativeProbability(double x) {
    double p = rawCumulative(x);
    if (p >= 1e-280 || !(x > 0)) {
      return Math.log(p);
    }
    double log = IncompleteBetaTails.logLower(Math.exp(logW(logR(x))), half1, half2);
    return Double.isNaN(log) ? Math.log(p) : log;
  }

  @Override
  double logSurvivalProbability(double x) {
    double q = rawSurvival(x);
    if (q >= 1e-280 || !(x > 0) || x == Double.POSITIVE_INFINITY) {
      return Math.log(q);
    }
    double log = IncompleteBetaTails.logLower(Math.exp(logComplement(logR(x))), half2, half1);
    return Double.isNaN(log) ? Math.log(q) : log;
  }

  private double rawSurvival(double x) {
    if (x <= 0) {
      return 1;
    }
    double logR = logR(x);
    return logR > 0
        ? RegularizedBeta.value(Math.exp(logComplement(logR)), half2, half1)
        : RegularizedBeta.complement(Math.exp(logW(logR)), half1, half2);
  }

  /**
   * Commons' inverse where both degrees of freedom lie in [0.05, 1e4], where it is a quick search;
   * for two large ones ln X ≈ N(0, 2/d₁ + 2/d₂); else none (the polisher brackets from the support:
   * Commons' search takes milliseconds there, seconds a frame).
   */
  @Override
  double quantileStart(double level, boolean cumulative) {
    if (Math.min(half1, half2) >= 0.025 && Math.max(half1, half2) <= 5e3) {
      return super.quantileStart(level, cumulative);
    }
    if (Math.min(half1, half2) > 5e3) {
      double z =
          cumulative
              ? STANDARD_NORMAL.inverseCumulativeProbability(level)
              : STANDARD_NORMAL.inverseSurvivalProbability(level);
      return Math.exp(z * Math.sqrt(1 / half1 + 1 / half2));
    }
    return Double.NaN;
  }
}
