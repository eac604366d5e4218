package org.probscope.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * A {@link Distribution} over a Commons Statistics continuous distribution, wrapped in a {@link
 * ContinuousLaw} for its log tails. What holds for every continuous family is done here once:
 * quantiles are polished by {@link ContinuousQuantiles}; a density that the library returns as NaN
 * at a finite x (∞ · 0 in weibull(757) at 1e300, in gamma, Gumbel and Lévy far out) is taken from
 * the log density, and is 0 where that is -∞; where the density or the survival function is too
 * small for their ratio to be formed directly the hazard is the law's closed form ({@link
 * ContinuousLaw#hazard}) or else {@code exp(ln f − ln S)}.
 */
final class ContinuousAdapter extends AbstractFamilyDistribution {

  /** Below this the ratio f / S is formed from logarithms (both may have lost digits). */
  private static final double DIRECT_RATIO_FLOOR = 1e-280;

  private final ContinuousLaw law;

  ContinuousAdapter(
      Family family, double[] parameters, ContinuousDistribution delegate, Shape shape) {
    super(family, parameters, shape);
    this.law = ContinuousLaw.of(delegate);
  }

  /** An adapter whose mean and variance are Commons Statistics' own. */
  static Distribution withCommonsMoments(
      Family family,
      double[] parameters,
      ContinuousDistribution delegate,
      double skewness,
      double excessKurtosis,
      double mode,
      double entropy) {
    return new ContinuousAdapter(
        family,
        parameters,
        delegate,
        new Shape(
            delegate.getMean(), delegate.getVariance(), skewness, excessKurtosis, mode, entropy));
  }

  @Override
  public double supportLower() {
    return law.getSupportLowerBound();
  }

  @Override
  public double supportUpper() {
    return law.getSupportUpperBound();
  }

  @Override
  public double density(double x) {
    double density = law.density(x);
    if ((Double.isNaN(density) || density == Double.POSITIVE_INFINITY) && !Double.isNaN(x)) {
      // ∞ · 0 or an intermediate overflow (gamma(1e-7, 1e40) at 2e-283: ∞, exact e^634; beta(15,
      // 1.5e5) at 4.9e-324: ∞, exact e^-10066); a density unbounded at a support end stays ∞
      double log = law.logDensity(x);
      return Double.isNaN(log) ? 0 : Math.exp(log);
    }
    return density;
  }

  @Override
  public double logDensity(double x) {
    double log = law.logDensity(x);
    if (Double.isNaN(log) && !Double.isNaN(x)) {
      double density = density(x);
      return Double.isNaN(density) ? Double.NEGATIVE_INFINITY : Math.log(density);
    }
    return log;
  }

  @Override
  public double cdf(double x) {
    return law.cumulativeProbability(x);
  }

  @Override
  public double survival(double x) {
    return law.survivalProbability(x);
  }

  @Override
  public double logCdf(double x) {
    if (x < supportLower()) {
      return Double.NEGATIVE_INFINITY;
    }
    return x >= supportUpper() ? 0 : law.logCumulativeProbability(x);
  }

  @Override
  public double logSurvival(double x) {
    if (x >= supportUpper()) {
      return Double.NEGATIVE_INFINITY;
    }
    return x < supportLower() ? 0 : law.logSurvivalProbability(x);
  }

  @Override
  public double quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      return Double.NaN;
    }
    if (p == 0) {
      return supportLower();
    }
    if (p == 1) {
      return supportUpper();
    }
    return ContinuousQuantiles.quantile(law, p);
  }

  @Override
  public double inverseSurvival(double q) {
    if (!(q >= 0 && q <= 1)) {
      return Double.NaN;
    }
    if (q == 0) {
      return supportUpper();
    }
    if (q == 1) {
      return supportLower();
    }
    return ContinuousQuantiles.inverseSurvival(law, q);
  }

  @Override
  public double hazard(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x < supportLower()) {
      return 0;
    }
    if (x > supportUpper()) {
      // beyond the support's upper end: 0 / 0
      return Double.NaN;
    }
    double density = density(x);
    double survival = survival(x);
    if (density >= DIRECT_RATIO_FLOOR && survival >= DIRECT_RATIO_FLOOR) {
      return density / survival;
    }
    double closedForm = law.hazard(x);
    if (!Double.isNaN(closedForm)) {
      return closedForm;
    }
    double logSurvival = logSurvival(x);
    double logDensity = logDensity(x);
    if (logSurvival == Double.NEGATIVE_INFINITY) {
      // S = 0 at the upper end of the support (or so far out that even its log is lost): a
      // density that remains makes the hazard infinite, none leaves 0 / 0
      return logDensity == Double.NEGATIVE_INFINITY ? Double.NaN : Double.POSITIVE_INFINITY;
    }
    return Math.exp(logDensity - logSurvival);
  }

  @Override
  public Sampler sampler(UniformRandomProvider rng) {
    return law.createSampler(rng)::sample;
  }
}
