package org.probscope.model.fit;

import org.probscope.model.distribution.Parameter;

/**
 * Maps an unconstrained real t onto a parameter's open domain, so that an optimiser can move
 * freely: (a, ∞) as a + eᵗ, (−∞, b) as b − eᵗ, (a, b) as a + (b − a)/(1 + e⁻ᵗ), ℝ as t. The
 * transform follows the domain; the parameter's reliable range ({@link Parameter#limitMin()},
 * {@link Parameter#limitMax()}, such as 1e-300 to 1e300 for a scale) only clamps the value, since a
 * logistic map over [1e-300, 1e300] would have no resolution near the data's scale.
 */
final class ParameterTransform {

  private final double lower;
  private final double upper;
  private final double limitMin;
  private final double limitMax;

  private ParameterTransform(double lower, double upper, double limitMin, double limitMax) {
    this.lower = lower;
    this.upper = upper;
    this.limitMin = limitMin;
    this.limitMax = limitMax;
  }

  static ParameterTransform of(Parameter p) {
    return new ParameterTransform(p.lower(), p.upper(), p.limitMin(), p.limitMax());
  }

  /** The parameter value of an unconstrained t. */
  double toValue(double t) {
    return Math.min(Math.max(unclamped(t), limitMin), limitMax);
  }

  private double unclamped(double t) {
    boolean lowFinite = Double.isFinite(lower);
    boolean highFinite = Double.isFinite(upper);
    if (lowFinite && highFinite) {
      double v = lower + (upper - lower) / (1 + Math.exp(-t));
      return Math.min(Math.max(v, Math.nextUp(lower)), Math.nextDown(upper));
    }
    if (lowFinite) {
      return Math.max(lower + Math.exp(t), Math.nextUp(lower));
    }
    if (highFinite) {
      return Math.min(upper - Math.exp(t), Math.nextDown(upper));
    }
    return t;
  }

  /** The t of a value inside the domain (values at or beyond an edge are pulled just inside). */
  double toFree(double value) {
    boolean lowFinite = Double.isFinite(lower);
    boolean highFinite = Double.isFinite(upper);
    if (lowFinite && highFinite) {
      double u = (value - lower) / (upper - lower);
      u = Math.min(Math.max(u, 1e-12), 1 - 1e-12);
      return Math.log(u / (1 - u));
    }
    if (lowFinite) {
      return Math.log(Math.max(value - lower, Double.MIN_NORMAL));
    }
    if (highFinite) {
      return Math.log(Math.max(upper - value, Double.MIN_NORMAL));
    }
    return value;
  }
}
