package org.probscope.model.distribution;

import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * Gamma (and chi-squared, gamma(k/2, 2)) with log tails beyond where Commons Statistics' regularised
 * incomplete gamma underflows: ln P(a, x) from the series x^a e^{−x} / Γ(a + 1) Σ xⁿ / ((a + 1) ⋯
 * (a + n)) below the mean and ln Q(a, x) from Legendre's continued fraction e^{−x} x^a / Γ(a) ·
 * 1/(x + 1 − a − 1(1 − a)/(x + 3 − a − ⋯)) above it (DLMF 8.7.3 and 8.9.2, evaluated by the
 * modified Lentz method), each taken in logarithms. Where the tail is a normal double Commons'
 * value is used.
 */
final class GammaLaw extends ContinuousLaw {

  private static final double FLOOR = 1e-280;
  private static final double EPSILON = 1e-16;
  private static final int MAX_TERMS = 100_000;

  private final double shape;
  private final double scale;

  GammaLaw(ContinuousDistribution base, double shape, double scale) {
    super(base);
    this.shape = shape;
    this.scale = scale;
  }

  @Override
  double logCumulativeProbability(double x) {
    double p = cumulativeProbability(x);
    if (p >= FLOOR || x <= 0) {
      return Math.log(p);
    }
    return logLower(shape, x / scale);
  }

  @Override
  double logSurvivalProbability(double x) {
    double q = survivalProbability(x);
    if (q >= FLOOR || x <= 0) {
      return Math.log(q);
    }
    double standard = x / scale;
    // ln Q ≈ −x/θ: beyond a double when x/θ overflows
    return Double.isInfinite(standard) ? Double.NEGATIVE_INFINITY : logUpper(shape, standard);
  }

  /** ln P(a, x) by the power series, for x below about a + 1. */
  static double logLower(double a, double x) {
    double term = 1;
    double sum = 1;
    for (int n = 1; n < MAX_TERMS; n++) {
      term *= x / (a + n);
      sum += term;
      if (term < sum * EPSILON) {
        break;
      }
    }
    return a * Math.log(x) - x - LogGamma.value(a + 1) + Math.log(sum);
  }

  /** ln Q(a, x) by the continued fraction, for x above about a + 1. */
  static double logUpper(double a, double x) {
    double tiny = 1e-300;
    double b = x + 1 - a;
    double c = 1 / tiny;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < MAX_TERMS; i++) {
      double an = -i * (i - a);
      b += 2;
      d = an * d + b;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = b + an / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      double delta = d * c;
      h *= delta;
      if (Math.abs(delta - 1) < EPSILON) {
        break;
      }
    }
    return a * Math.log(x) - x - LogGamma.value(a) + Math.log(h);
  }
}
