package org.probscope.model.distribution;

import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Gamma (and chi-squared, gamma(k/2, 2)) with log tails beyond where Commons Statistics'
 * regularised incomplete gamma underflows: ln P(a, x) from the series x^a e^{−x} / Γ(a + 1) Σ xⁿ /
 * ((a + 1) ⋯ (a + n)) below the mean and ln Q(a, x) from Legendre's continued fraction e^{−x} x^a /
 * Γ(a) · 1/(x + 1 − a − 1(1 − a)/(x + 3 − a − ⋯)) above it (DLMF 8.7.3 and 8.9.2, evaluated by the
 * modified Lentz method), each taken in logarithms. Where the tail is a normal double Commons'
 * value is used.
 */
final class GammaLaw extends ContinuousLaw {

  private static final double FLOOR = 1e-280;
  private static final double EPSILON = 1e-16;
  private static final int MAX_TERMS = 100_000;
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private final double shape;
  private final double scale;

  GammaLaw(ContinuousDistribution base, double shape, double scale) {
    super(base);
    this.shape = shape;
    this.scale = scale;
  }

  @Override
  double logCumulativeProbability(double x) {
    if (temme(x)) {
      return logHuge(x, false);
    }
    double p = cumulativeProbability(x);
    if (p >= FLOOR || x <= 0) {
      return Math.log(p);
    }
    return logLower(shape, x / scale);
  }

  @Override
  double logSurvivalProbability(double x) {
    if (temme(x)) {
      return logHuge(x, true);
    }
    if (farAbove(x)) {
      double standard = x / scale;
      return Double.isInfinite(standard) ? Double.NEGATIVE_INFINITY : logUpper(shape, standard);
    }
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
    return logPrefix(a, x) + Math.log(sum);
  }

  /**
   * ln(x^a e^{−x} / Γ(a + 1)), the Poisson mass at a with mean x: in Loader's saddle-point form
   * above a = 15 (SaddlePoint), where a ln x − x − ln Γ(a + 1) cancels terms of size a ln a.
   */
  private static double logPrefix(double a, double x) {
    if (a <= 15) {
      return a * Math.log(x) - x - LogGamma.value(a + 1);
    }
    return SaddlePoint.logPoisson(a, x);
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
    return logPrefix(a, x) + Math.log(a * h);
  }

  /**
   * Commons' inverse between the shapes where it is a quick search; beyond them the Wilson–Hilferty
   * cube x = aθ(1 − 1/(9a) + z/(3√a))³ for a large shape and the leading term of the lower tail, x
   * = θ(p Γ(a + 1))^{1/a}, for a tiny one (Commons' inverse takes milliseconds there: seconds a
   * frame).
   */
  @Override
  double quantileStart(double level, boolean cumulative) {
    if (shape >= 0.05 && shape <= 1e5) {
      return super.quantileStart(level, cumulative);
    }
    if (shape > 1e5) {
      double z =
          cumulative
              ? STANDARD_NORMAL.inverseCumulativeProbability(level)
              : STANDARD_NORMAL.inverseSurvivalProbability(level);
      double t = 1 - 1 / (9 * shape) + z / (3 * Math.sqrt(shape));
      return t > 0 ? shape * scale * t * t * t : Double.NaN;
    }
    double p = cumulative ? level : 1 - level;
    return scale * Math.exp((Math.log(p) + LogGamma.value(shape + 1)) / shape);
  }

  /** Far above the mean Commons' series is slow (3 ms at x = 1e308): the fraction is quick. */
  private boolean farAbove(double x) {
    double y = x / scale;
    return y > shape + 40 * Math.sqrt(shape) + 800;
  }

  /** A huge shape, inside the support: Commons' incomplete gamma is not used. */
  private boolean temme(double x) {
    return shape >= GammaTemme.MIN_SHAPE && x > 0 && x < Double.POSITIVE_INFINITY;
  }

  /**
   * ln P (or ln Q) for a huge shape: Temme's expansion within a/2 of the mean (beyond, its leading
   * terms cancel), the series below and the continued fraction above, both quick there.
   */
  private double logHuge(double x, boolean upper) {
    double y = x / scale;
    if (Double.isInfinite(y)) {
      return upper ? Double.NEGATIVE_INFINITY : 0;
    }
    if (Math.abs(y - shape) <= shape / 2) {
      // the smaller tail from the expansion, the larger as its complement
      boolean above = y > shape;
      double small = GammaTemme.log(shape, y, above);
      return upper == above ? small : Math.log1p(-Math.exp(small));
    }
    if (y < shape) {
      double logP = logLower(shape, y);
      return upper ? Math.log1p(-Math.exp(logP)) : logP;
    }
    double logQ = logUpper(shape, y);
    return upper ? logQ : Math.log1p(-Math.exp(logQ));
  }

  @Override
  public double cumulativeProbability(double x) {
    if (temme(x)) {
      return x < shape * scale ? Math.exp(logHuge(x, false)) : -Math.expm1(logHuge(x, true));
    }
    return farAbove(x) ? -Math.expm1(logSurvivalProbability(x)) : super.cumulativeProbability(x);
  }

  @Override
  public double survivalProbability(double x) {
    if (temme(x)) {
      return x > shape * scale ? Math.exp(logHuge(x, true)) : -Math.expm1(logHuge(x, false));
    }
    return farAbove(x) ? Math.exp(logSurvivalProbability(x)) : super.survivalProbability(x);
  }

  /**
   * Loader's saddle-point form above shape 15, f = a/y · e^{−δ(a) − D(a, y)} / √(2πa) / θ with y =
   * x/θ, δ the Stirling error and D the deviance ({@link SaddlePoint}): Commons forms (a − 1) ln y
   * − y − ln Γ(a), whose terms of size a ln a cancel (4e-7 off at shape 1e10).
   */
  @Override
  public double logDensity(double x) {
    if (shape <= 15 || !(x > 0) || x == Double.POSITIVE_INFINITY) {
      return super.logDensity(x);
    }
    double y = x / scale;
    return Math.log(shape / y)
        - SaddlePoint.stirlingError(shape)
        - SaddlePoint.deviance(shape, y)
        - 0.5 * Math.log(2 * Math.PI * shape)
        - Math.log(scale);
  }

  @Override
  public double density(double x) {
    return shape <= 15 ? super.density(x) : Math.exp(logDensity(x));
  }
}
