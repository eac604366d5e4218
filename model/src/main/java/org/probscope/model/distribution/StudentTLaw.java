package org.probscope.model.distribution;

import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.RegularizedBeta;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Student's t with tails that reach the whole double range. Commons Statistics 1.3 forms t², which
 * overflows beyond |t| = 1.34e154 (df = 0.01: cdf(−1e160) = 0, exact 0.0122). Beyond {@link #WIDE}
 * the lower tail is ½ I_x(ν/2, ½) with x = ν / (ν + t²), whose leading term x^{ν/2} / ((ν/2) B(ν/2,
 * ½)) is exact to 1e-100 relative there (the next term is O(x) smaller, DLMF 8.17.7), taken in
 * logarithms with ln x = ln ν − 2 ln|t|; the density likewise, ln f = −((ν + 1)/2)(2 ln|t| − ln ν)
 * − ½ ln ν − ln B(ν/2, ½). Elsewhere Commons.
 */
final class StudentTLaw extends ContinuousLaw {

  /** |t| beyond which the asymptotic forms are exact in double precision (t² ≥ 1e200). */
  private static final double WIDE = 1e100;

  private static final double LN_2 = Math.log(2);

  private final double df;
  private final double logDf;
  private final double logBeta;

  StudentTLaw(double df) {
    super(TDistribution.of(df));
    this.df = df;
    this.logDf = Math.log(df);
    this.logBeta = LogBeta.value(df / 2, 0.5);
  }

  /** ln P(T &le; −|t|) for |t| &ge; WIDE. */
  private double logFarTail(double t) {
    double a = df / 2;
    return a * (logDf - 2 * Math.log(Math.abs(t))) - Math.log(a) - logBeta - LN_2;
  }

  private static boolean wide(double t) {
    return Math.abs(t) >= WIDE;
  }

  @Override
  public double density(double t) {
    return wide(t) ? Math.exp(logDensity(t)) : super.density(t);
  }

  @Override
  public double logDensity(double t) {
    if (!wide(t)) {
      return super.logDensity(t);
    }
    return -(df + 1) / 2 * (2 * Math.log(Math.abs(t)) - logDf) - 0.5 * logDf - logBeta;
  }

  /**
   * P(0 &lt; T &le; |t|) = ½ I_{t²/(ν + t²)}(½, ν/2) for |t| &lt; √ν, where Commons' one-sided form
   * 1 − ½ I_{ν/(ν + t²)}(ν/2, ½) is flat at ½ (t(1) had its median at −7.5e-9).
   */
  private double body(double t) {
    double t2 = t * t;
    return 0.5 * RegularizedBeta.value(t2 / (df + t2), 0.5, df / 2);
  }

  /** The central form where it does not cancel: |t| &lt; √ν and P(0 &lt; T &le; |t|) &le; ¼. */
  private double central(double t) {
    if (!(t * t < df)) {
      return Double.NaN;
    }
    double body = body(t);
    return body <= 0.25 ? body : Double.NaN;
  }

  @Override
  public double cumulativeProbability(double t) {
    double body = central(t);
    if (!Double.isNaN(body)) {
      return t < 0 ? 0.5 - body : 0.5 + body;
    }
    if (!wide(t)) {
      return super.cumulativeProbability(t);
    }
    double tail = Math.exp(logFarTail(t));
    return t < 0 ? tail : 1 - tail;
  }

  @Override
  public double survivalProbability(double t) {
    double body = central(t);
    if (!Double.isNaN(body)) {
      return t > 0 ? 0.5 - body : 0.5 + body;
    }
    if (!wide(t)) {
      return super.survivalProbability(t);
    }
    double tail = Math.exp(logFarTail(t));
    return t > 0 ? tail : 1 - tail;
  }

  @Override
  double logCumulativeProbability(double t) {
    if (wide(t) && t < 0) {
      return logFarTail(t);
    }
    return Math.log(cumulativeProbability(t));
  }

  @Override
  double logSurvivalProbability(double t) {
    if (wide(t) && t > 0) {
      return logFarTail(t);
    }
    return Math.log(survivalProbability(t));
  }

  /**
   * No start: Commons' inverse is a root search costing milliseconds at tiny df (seconds a frame),
   * and the polisher alone takes microseconds.
   */
  @Override
  double quantileStart(double level, boolean cumulative) {
    return level == 0.5 ? 0 : Double.NaN;
  }
}
