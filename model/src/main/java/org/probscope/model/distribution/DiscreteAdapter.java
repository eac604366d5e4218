package org.probscope.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A {@link Distribution} over a {@link DiscreteLaw}: the mass is 0 off the whole numbers and the
 * CDF is the right-continuous step function. This class owns the edges (fractions, values outside
 * the support, infinities, NaN); the law only sees whole numbers inside the support.
 */
final class DiscreteAdapter extends AbstractFamilyDistribution {

  private final DiscreteLaw law;

  DiscreteAdapter(Family family, double[] parameters, DiscreteLaw law, Shape shape) {
    super(family, parameters, shape);
    this.law = law;
  }

  @Override
  public double supportLower() {
    return law.lower();
  }

  @Override
  public double supportUpper() {
    return law.upper();
  }

  private boolean isAtom(double x) {
    return x == Math.rint(x) && x >= law.lower() && x <= law.upper() && Double.isFinite(x);
  }

  @Override
  public double density(double x) {
    return isAtom(x) ? law.mass(x) : 0;
  }

  @Override
  public double logDensity(double x) {
    return isAtom(x) ? law.logMass(x) : Double.NEGATIVE_INFINITY;
  }

  @Override
  public double cdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x < law.lower()) {
      return 0;
    }
    return x >= law.upper() ? 1 : law.cdf(Math.floor(x));
  }

  @Override
  public double survival(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x < law.lower()) {
      return 1;
    }
    return x >= law.upper() ? 0 : law.survival(Math.floor(x));
  }

  @Override
  public double logCdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x < law.lower()) {
      return Double.NEGATIVE_INFINITY;
    }
    return x >= law.upper() ? 0 : law.logCdf(Math.floor(x));
  }

  @Override
  public double logSurvival(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x < law.lower()) {
      return 0;
    }
    return x >= law.upper() ? Double.NEGATIVE_INFINITY : law.logSurvival(Math.floor(x));
  }

  @Override
  public double quantile(double p) {
    return p >= 0 && p <= 1 ? DiscreteQuantiles.quantile(law, p) : Double.NaN;
  }

  @Override
  public double inverseSurvival(double q) {
    return q >= 0 && q <= 1 ? DiscreteQuantiles.inverseSurvival(law, q) : Double.NaN;
  }

  /**
   * {@code P(X = x) / P(X >= x)}: 0 below the support and between its atoms, NaN (0/0) above it and
   * at +∞, and at an atom a number in (0, 1], 1 at the last one; computed from logarithms where the
   * mass or the tail underflows.
   */
  @Override
  public double hazard(double x) {
    if (Double.isNaN(x) || x > law.upper() || x == Double.POSITIVE_INFINITY) {
      return Double.NaN;
    }
    return isAtom(x) ? law.hazard(x) : 0;
  }

  @Override
  public Sampler sampler(UniformRandomProvider rng) {
    return law.sampler(rng);
  }
}
