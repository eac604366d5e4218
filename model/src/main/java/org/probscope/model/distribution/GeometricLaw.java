package org.probscope.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.GeometricDistribution;

/**
 * Failures before the first success, P(X = k) = p (1 − p)^k: S(k) = (1 − p)^(k+1) in closed form,
 * formed as exp((k + 1) ln(1 − p)) so that its logarithm is exact to rounding however far out k is
 * (Commons' log of its survival is −∞ beyond k ≈ 745 / −ln(1 − p), SciPy 1.17's pmf/sf hazard there
 * 0/0), and the hazard is p exactly; quantiles start from the closed-form inverse on ln S, where
 * SciPy's {@code geom.isf(1e-100)} is ∞.
 */
final class GeometricLaw extends DiscreteLaw {

  private final double p;
  private final double logFailure;

  GeometricLaw(double p) {
    this.p = p;
    this.logFailure = Math.log1p(-p);
  }

  @Override
  double lower() {
    return 0;
  }

  @Override
  double upper() {
    return p == 1 ? 0 : Double.POSITIVE_INFINITY;
  }

  @Override
  double logMass(double k) {
    return k == 0 ? Math.log(p) : Math.log(p) + k * logFailure;
  }

  @Override
  double mass(double k) {
    return k == 0 ? p : Math.exp(logMass(k));
  }

  /** The smaller tail is computed, the other is its complement (so F + S = 1 to rounding). */
  @Override
  double cdf(double k) {
    if (k == 0) {
      return p;
    }
    double log = (k + 1) * logFailure;
    double s = Math.exp(log);
    return s > 0.5 ? -Math.expm1(log) : 1 - s;
  }

  @Override
  double survival(double k) {
    if (k == 0) {
      return 1 - p;
    }
    double log = (k + 1) * logFailure;
    double s = Math.exp(log);
    return s > 0.5 ? 1 + Math.expm1(log) : s;
  }

  @Override
  double logCdf(double k) {
    return k == 0 ? Math.log(p) : log1mExp((k + 1) * logFailure);
  }

  @Override
  double logSurvival(double k) {
    return (k + 1) * logFailure;
  }

  @Override
  double massRatio(double k) {
    return 1 - p;
  }

  @Override
  double hazard(double k) {
    return k >= upper() ? 1 : p;
  }

  /** The closed-form inverse: (k + 1) ln(1 − p) ≤ ln q. */
  @Override
  double guess(double level, boolean upperTail) {
    double logQ = upperTail ? Math.log(level) : Math.log1p(-level);
    return Math.ceil(logQ / logFailure - 1);
  }

  @Override
  Distribution.Sampler sampler(UniformRandomProvider rng) {
    var sampler = GeometricDistribution.of(p).createSampler(rng);
    return sampler::sample;
  }
}
