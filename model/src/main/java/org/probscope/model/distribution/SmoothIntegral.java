package org.probscope.model.distribution;

import java.util.ArrayDeque;
import java.util.function.DoubleUnaryOperator;

/**
 * ∫_a^b f(x) dx of a smooth, positive f by adaptive Gauss–Legendre quadrature: {@value #PANELS}
 * equal panels, each split in two until its 8- and 16-point rules agree to a given fraction of the
 * whole integral, at most {@value #MAX_PANELS} panels. The fraction must not be below the rounding
 * noise of f itself: a mass e^L computed from a log L of 700 carries 1e-13 of it, which no panel
 * however small averages away. Nodes and weights from mpmath's Legendre polynomials at 40 digits.
 */
final class SmoothIntegral {

  private static final int PANELS = 64;
  private static final int MAX_PANELS = 1 << 14;

  private static final double[] X8 = {
    0.18343464249564980494, 0.52553240991632898582, 0.79666647741362673959, 0.96028985649753623168
  };
  private static final double[] W8 = {
    0.36268378337836198297, 0.31370664587788728734, 0.22238103445337447054, 0.10122853629037625915
  };
  private static final double[] X16 = {
    0.095012509837637440185,
    0.28160355077925891323,
    0.45801677765722738634,
    0.61787624440264374845,
    0.7554044083550030339,
    0.86563120238783174388,
    0.94457502307323257608,
    0.9894009349916499326
  };
  private static final double[] W16 = {
    0.18945061045506849629,
    0.18260341504492358887,
    0.16915651939500253819,
    0.14959598881657673208,
    0.12462897125553387205,
    0.09515851168249278481,
    0.062253523938647892863,
    0.027152459411754094852
  };

  private SmoothIntegral() {}

  /**
   * @param f the integrand
   * @param a lower end
   * @param b upper end
   * @param tolerance the fraction of the integral each panel's two rules must agree to
   */
  static double of(DoubleUnaryOperator f, double a, double b, double tolerance) {
    double width = (b - a) / PANELS;
    double estimate = 0;
    for (int i = 0; i < PANELS; i++) {
      estimate += rule(f, a + i * width, a + (i + 1) * width, X16, W16);
    }
    ArrayDeque<double[]> pending = new ArrayDeque<>();
    for (int i = PANELS - 1; i >= 0; i--) {
      pending.push(new double[] {a + i * width, a + (i + 1) * width});
    }
    Sum sum = new Sum();
    int panels = PANELS;
    while (!pending.isEmpty()) {
      double[] panel = pending.pop();
      double fine = rule(f, panel[0], panel[1], X16, W16);
      double coarse = rule(f, panel[0], panel[1], X8, W8);
      if (Math.abs(fine - coarse) > tolerance * Math.abs(estimate) && panels < MAX_PANELS) {
        double middle = 0.5 * (panel[0] + panel[1]);
        pending.push(new double[] {middle, panel[1]});
        pending.push(new double[] {panel[0], middle});
        panels++;
        continue;
      }
      sum.add(fine);
    }
    return sum.value();
  }

  /** ∫_a^b f by the 16-point Gauss–Legendre rule alone. */
  static double gauss16(DoubleUnaryOperator f, double a, double b) {
    return rule(f, a, b, X16, W16);
  }

  private static double rule(DoubleUnaryOperator f, double lo, double hi, double[] x, double[] w) {
    double centre = 0.5 * (lo + hi);
    double half = 0.5 * (hi - lo);
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double dx = half * x[i];
      sum += w[i] * (f.applyAsDouble(centre - dx) + f.applyAsDouble(centre + dx));
    }
    return half * sum;
  }
}
