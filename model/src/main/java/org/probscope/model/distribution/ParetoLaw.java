package org.probscope.model.distribution;

import org.apache.commons.statistics.distribution.ParetoDistribution;

/**
 * The Pareto law in logarithms: with z = ln x − ln xₘ, S = e^{−αz}, F = −expm1(−αz), f = α e^{−αz}
 * / x. Commons Statistics 1.3 forms (xₘ / x)^α, which underflows for a tiny scale (pareto(1e-300,
 * 0.01): cdf(1e100) = 1, exact 0.99988) and whose inverse overflows in (1 − p)^{−1/α} before the
 * tiny scale brings it back. Moments and the sampler are Commons'.
 */
final class ParetoLaw extends ContinuousLaw {

  private final double logScale;
  private final double scale;
  private final double shape;

  ParetoLaw(double scale, double shape) {
    super(ParetoDistribution.of(scale, shape));
    this.scale = scale;
    this.shape = shape;
    this.logScale = Math.log(scale);
  }

  /**
   * α ln(x/xₘ), the exponent of the survival function, for x &ge; xₘ: log1p of the exact (x −
   * xₘ)/xₘ next to xₘ (ln x − ln xₘ cancels there: 1e-9 off at 1.0001e-300 for xₘ = 1e-300), ln of
   * the ratio where it is a double, the difference of logs where it overflows.
   */
  private double exponent(double x) {
    double ratio = x / scale;
    if (ratio <= 2) {
      return shape * Math.log1p((x - scale) / scale);
    }
    return shape * (ratio < Double.POSITIVE_INFINITY ? Math.log(ratio) : Math.log(x) - logScale);
  }

  @Override
  public double density(double x) {
    return x < scale ? 0 : Math.exp(logDensity(x));
  }

  @Override
  public double logDensity(double x) {
    if (x < scale) {
      return Double.NEGATIVE_INFINITY;
    }
    return Math.log(shape / x) - exponent(x);
  }

  @Override
  public double cumulativeProbability(double x) {
    return x <= scale ? 0 : -Math.expm1(-exponent(x));
  }

  @Override
  public double survivalProbability(double x) {
    return x <= scale ? 1 : Math.exp(-exponent(x));
  }

  @Override
  double logCumulativeProbability(double x) {
    return Math.log(cumulativeProbability(x));
  }

  @Override
  double logSurvivalProbability(double x) {
    return x <= scale ? 0 : -exponent(x);
  }

  /** α / x, exactly, where f and S underflow. */
  @Override
  double hazard(double x) {
    return shape / x;
  }

  @Override
  public double inverseCumulativeProbability(double p) {
    return Math.exp(logScale - Math.log1p(-p) / shape);
  }

  @Override
  public double inverseSurvivalProbability(double q) {
    return Math.exp(logScale - Math.log(q) / shape);
  }
}
