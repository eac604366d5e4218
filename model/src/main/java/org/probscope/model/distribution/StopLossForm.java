package org.probscope.model.distribution;

import java.util.function.DoubleUnaryOperator;

/**
 * The stop-loss transforms of one distribution in the form {@link StopLoss} combines: C accurate at
 * and below {@link #pivot()}, Σ accurate at and above it.
 */
interface StopLossForm {

  /** E[X], finite unless the form's pivot is infinite on the side that needs it. */
  double mean();

  double pivot();

  /** C(x), accurate for x ≤ pivot. */
  double lower(double x);

  /** Σ(x), accurate for x ≥ pivot. */
  double upper(double x);

  /** D(x) = E[(X − μ)·1{X &gt; x}]. */
  default double partialCentralMoment(double x) {
    double mean = mean();
    if (!Double.isFinite(mean)) {
      return Double.NaN;
    }
    Distribution d = distribution();
    return x >= pivot() ? upper(x) + (x - mean) * d.survival(x) : lower(x) + (mean - x) * d.cdf(x);
  }

  /** Whether {@link #partialCentralMoment} costs a few density evaluations, not a quadrature. */
  default boolean cheapMoment() {
    return false;
  }

  /** False when a tail of X has no finite first moment (as opposed to μ overflowing a double). */
  default boolean finiteFirstMoment() {
    return true;
  }

  /** Whether {@link #lower} and {@link #upper} are accurate for every x (numeric forms). */
  default boolean bothSidesDirect() {
    return false;
  }

  Distribution distribution();

  /**
   * The form of a distribution whose D(x) has a closed form: C = D − (μ − x)F below the mean, Σ = D
   * − (x − μ)S above it.
   */
  static StopLossForm centred(Distribution d, DoubleUnaryOperator moment) {
    return centred(d, true, moment);
  }

  /** As {@link #centred(Distribution, DoubleUnaryOperator)}, saying whether D is cheap. */
  static StopLossForm centred(Distribution d, boolean cheap, DoubleUnaryOperator moment) {
    double mean = d.mean();
    return new StopLossForm() {
      @Override
      public double mean() {
        return mean;
      }

      @Override
      public double pivot() {
        return mean;
      }

      @Override
      public double lower(double x) {
        double f = d.cdf(x);
        return f > 0 ? moment.applyAsDouble(x) - (mean - x) * f : 0;
      }

      @Override
      public double upper(double x) {
        double s = d.survival(x);
        return s > 0 ? moment.applyAsDouble(x) - (x - mean) * s : 0;
      }

      @Override
      public double partialCentralMoment(double x) {
        return moment.applyAsDouble(x);
      }

      @Override
      public boolean cheapMoment() {
        return cheap;
      }

      @Override
      public Distribution distribution() {
        return d;
      }
    };
  }

  /** A form from C and Σ functions accurate on either side of {@code pivot}. */
  static StopLossForm sided(
      Distribution d, double pivot, DoubleUnaryOperator lower, DoubleUnaryOperator upper) {
    double mean = d.mean();
    return new StopLossForm() {
      @Override
      public double mean() {
        return mean;
      }

      @Override
      public double pivot() {
        return pivot;
      }

      @Override
      public double lower(double x) {
        return lower.applyAsDouble(x);
      }

      @Override
      public double upper(double x) {
        return upper.applyAsDouble(x);
      }

      @Override
      public boolean cheapMoment() {
        return true;
      }

      @Override
      public Distribution distribution() {
        return d;
      }
    };
  }
}
