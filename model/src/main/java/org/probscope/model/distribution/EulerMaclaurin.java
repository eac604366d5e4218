package org.probscope.model.distribution;

import java.util.function.DoubleUnaryOperator;

/**
 * Sums of a smooth discrete law's masses by the Euler–Maclaurin formula {@code Σ_{i=a}^{b} f(i) =
 * ∫_a^b f + (f(a) + f(b))/2 + (f'(b) − f'(a))/12 − (f⁽³⁾(b) − f⁽³⁾(a))/720 + …}, with f the mass
 * continued between whole numbers (the saddle-point masses take real arguments) and the derivatives
 * by five-point central differences on whole numbers. Where the log mass changes by at most {@value
 * #SMOOTH_SLOPE} per value the next term, f⁽⁵⁾/30240, is below 1e-17 of such a sum; steeper runs
 * are summed mass by mass, which a log-concave mass then makes short (it falls by e^−0.01 a step at
 * least).
 */
final class EulerMaclaurin {

  /** The largest |d ln f/dk| at which the formula with two correction terms is exact. */
  static final double SMOOTH_SLOPE = 0.01;

  private static final double NEGLIGIBLE = 1e-17;

  /** How far, in e-folds of the mass, a tail is integrated. */
  private static final double REACH = 60;

  private EulerMaclaurin() {}

  /** The terms of a sum's first value a: f/2 − f'/12 + f⁽³⁾/720. */
  static double startCorrection(DoubleUnaryOperator f, double a) {
    return 0.5 * f.applyAsDouble(a) - derivative(f, a) / 12 + thirdDerivative(f, a) / 720;
  }

  /** The terms of a sum's last value b: f/2 + f'/12 − f⁽³⁾/720. */
  static double endCorrection(DoubleUnaryOperator f, double b) {
    return 0.5 * f.applyAsDouble(b) + derivative(f, b) / 12 - thirdDerivative(f, b) / 720;
  }

  /** ∫_a^b e^(ln P(X = x) − log0) dx by the 16-point Gauss–Legendre rule, in offsets from a. */
  static double integral(DiscreteLaw law, double a, double b, double log0) {
    return SmoothIntegral.gauss16(t -> near(law, a, t, log0), 0, b - a);
  }

  /** |d ln P(X = k)/dk| at k, from the ratio of neighbouring masses. */
  static double slope(DiscreteLaw law, double k) {
    return Math.abs(Math.log(law.massRatio(k)));
  }

  /** Σ_{i ≥ a} P(X = i) / P(X = a), for a beyond the mode. */
  static double tailUp(DiscreteLaw law, double a) {
    double slope = slope(law, a);
    if (slope > SMOOTH_SLOPE) {
      double m = 1;
      Sum s = new Sum();
      s.add(m);
      for (double i = a; i < law.upper() && m > NEGLIGIBLE * s.value(); i++) {
        m *= law.massRatio(i);
        s.add(m);
      }
      return s.value();
    }
    double log0 = law.logMass(a);
    return SmoothIntegral.of(t -> near(law, a, t, log0), 0, REACH / slope, noise(log0))
        + startCorrection(relativeTo(law, log0), a);
  }

  /** Σ_{i ≤ b} P(X = i) / P(X = b), for b below the mode. */
  static double tailDown(DiscreteLaw law, double b) {
    if (b <= law.lower()) {
      return 1;
    }
    double slope = slope(law, b - 1);
    if (slope > SMOOTH_SLOPE || b - 2 < law.lower()) {
      double m = 1;
      Sum s = new Sum();
      s.add(m);
      for (double i = b; i > law.lower() && m > NEGLIGIBLE * s.value(); i--) {
        m /= law.massRatio(i - 1);
        s.add(m);
      }
      return s.value();
    }
    double log0 = law.logMass(b);
    // the integrand is e^-60 at the far end, or at the support's end further in
    double reach = Math.min(REACH / slope, b - law.lower());
    return SmoothIntegral.of(t -> near(law, b, -t, log0), 0, reach, noise(log0))
        + endCorrection(relativeTo(law, log0), b);
  }

  /**
   * e^(ln P(X = base + t) − log0) for a whole base and a real offset t. The point base + t rounds
   * to a double (by up to 3e-8 near 10⁹), which moves a mass of slope L' by L'·3e-8: enough to put
   * a 16-point rule 3e-14 off. The rounding is recovered exactly (two-sum) and the mass corrected
   * to first order with the slope between the neighbouring whole numbers.
   */
  static double near(DiscreteLaw law, double base, double t, double log0) {
    double x = base + t;
    double rounding = (base - x) + t;
    double v = Math.exp(law.logMass(x) - log0);
    return rounding == 0 ? v : v * (1 + Math.log(law.massRatio(Math.floor(x))) * rounding);
  }

  /** The mass as a multiple of e^log0. */
  static DoubleUnaryOperator relativeTo(DiscreteLaw law, double log0) {
    return x -> Math.exp(law.logMass(x) - log0);
  }

  /** The relative rounding noise of masses whose log is near {@code log}, a few ulp of it. */
  private static double noise(double log) {
    return 4 * Math.ulp(1.0) * (1 + Math.abs(log));
  }

  private static double derivative(DoubleUnaryOperator f, double x) {
    return (8 * (f.applyAsDouble(x + 1) - f.applyAsDouble(x - 1))
            - (f.applyAsDouble(x + 2) - f.applyAsDouble(x - 2)))
        / 12;
  }

  private static double thirdDerivative(DoubleUnaryOperator f, double x) {
    return (f.applyAsDouble(x + 2)
            - 2 * f.applyAsDouble(x + 1)
            + 2 * f.applyAsDouble(x - 1)
            - f.applyAsDouble(x - 2))
        / 2;
  }
}
