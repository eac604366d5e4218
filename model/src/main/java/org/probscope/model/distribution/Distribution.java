package org.probscope.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * An immutable distribution of one family with fixed parameter values.
 *
 * <p>For a discrete family, {@link #density(double)} is the probability mass function: it is the
 * mass at {@code x} when {@code x} is a whole number in the support and 0 elsewhere, and the CDF is
 * the right-continuous step function {@code P(X <= x)}.
 *
 * <p>Summary figures follow one convention, so that nothing on screen is ever a bare NaN: a figure
 * that does not exist (the mean of a Cauchy distribution, a mode that is not unique) is {@code NaN}
 * here and is shown as "undefined" by {@link SummaryFigure}; a figure that exists but diverges (the
 * variance of Student's t with 1 &lt; df &le; 2) is {@code +Infinity}.
 *
 * <p>{@link #toString()} returns the spec, {@code family(name=value, ...)}, which {@link
 * DistributionSpec#parse(String)} reads back to an equal distribution.
 */
public interface Distribution {

  Family family();

  /** Parameter values in the order of {@link Family#parameters()}; a fresh copy each call. */
  double[] parameters();

  /** The value of one named parameter; throws {@link IllegalArgumentException} for a wrong name. */
  double parameter(String name);

  default boolean isDiscrete() {
    return family().isDiscrete();
  }

  /** Smallest value with positive density or mass ({@code -Infinity} when unbounded). */
  double supportLower();

  /** Largest value with positive density or mass ({@code +Infinity} when unbounded). */
  double supportUpper();

  /** Density (continuous) or probability mass (discrete) at {@code x}. */
  double density(double x);

  /** Natural log of {@link #density(double)}; {@code -Infinity} outside the support. */
  double logDensity(double x);

  /** {@code P(X <= x)}. */
  double cdf(double x);

  /** {@code P(X > x)}, computed directly (not as {@code 1 - cdf}) to keep upper-tail accuracy. */
  double survival(double x);

  /**
   * ln P(X &le; x): finite wherever P(X &le; x) &gt; 0, also where that probability underflows a
   * double (a normal CDF 40 sd below the mean is about 1e-350); {@code -Infinity} below the
   * support.
   */
  double logCdf(double x);

  /**
   * ln P(X &gt; x): finite wherever P(X &gt; x) &gt; 0, also where it underflows a double; {@code
   * -Infinity} at and above the support's upper end.
   */
  double logSurvival(double x);

  /**
   * The smallest {@code x} with {@code cdf(x) >= p}, for {@code p} in [0, 1]; NaN outside [0, 1].
   */
  double quantile(double p);

  /**
   * The quantile of the upper tail, computed from the survival function without forming {@code 1 -
   * q}: for a continuous family the x with {@code survival(x) = q}; for a discrete family the
   * smallest whole x with {@code survival(x) <= q}. NaN outside [0, 1]. {@code inverseSurvival(q)}
   * equals {@code quantile(1 - q)} where {@code 1 - q} is exact, and is the accurate one for small
   * q (p = 1 − 1e-15 is not representable exactly as a double near 1).
   */
  double inverseSurvival(double q);

  /**
   * Hazard rate: {@code density(x) / survival(x)} for a continuous family; for a discrete family
   * {@code P(X = x) / P(X >= x)}, a number in [0, 1] (1 at the last value of a bounded support),
   * computed from logarithms where the mass or the tail underflows so that it stays finite and
   * right. Infinite where a continuous survival is 0 but the density is not; 0 below the support
   * (and between a discrete family's values); NaN ("undefined") beyond the support's upper end
   * (0/0), and for a continuous family so far in the upper tail that both underflow a double.
   */
  double hazard(double x);

  double mean();

  /**
   * C(x) = ∫₋∞ˣ F(t) dt = E[(x − X)⁺], the integrated CDF (the put-like stop-loss transform);
   * {@code +Infinity} when the lower tail has no finite first moment. See {@link StopLoss}.
   */
  default double cdfIntegral(double x) {
    return StopLoss.of(this).cdfIntegral(x);
  }

  /**
   * Σ(x) = ∫ₓ^∞ S(t) dt = E[(X − x)⁺], the integrated survival function (the stop-loss transform);
   * {@code +Infinity} when the upper tail has no finite first moment. {@code survivalIntegral(x) −
   * cdfIntegral(x) = mean() − x}. See {@link StopLoss}.
   */
  default double survivalIntegral(double x) {
    return StopLoss.of(this).survivalIntegral(x);
  }

  double variance();

  default double standardDeviation() {
    return Math.sqrt(variance());
  }

  double skewness();

  /** Excess kurtosis (0 for the normal distribution). */
  double excessKurtosis();

  default double median() {
    return quantile(0.5);
  }

  /** The mode, or NaN when it is not unique (uniform, bimodal beta, ...); see {@link #modes()}. */
  default double mode() {
    return modes().unique();
  }

  /** Every mode: one value, two (Poisson with a whole-number mean), or an interval (uniform). */
  Modes modes();

  /** Differential entropy (continuous) or Shannon entropy (discrete), in nats. */
  double entropy();

  /** A sampler drawing from this distribution with the given source of randomness. */
  Sampler sampler(UniformRandomProvider rng);

  /** The spec of this distribution, {@code family(name=value, ...)}. */
  default String spec() {
    return DistributionSpec.print(this);
  }

  /** Draws one value at a time. Not thread-safe: one sampler per thread. */
  @FunctionalInterface
  interface Sampler {
    double sample();
  }
}
