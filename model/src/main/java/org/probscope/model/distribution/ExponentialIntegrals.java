package org.probscope.model.distribution;

/**
 * The exponential integrals the Gumbel stop-loss transforms need: Ein(y) = ∫₀^y (1 − e^{−t})/t dt
 * and E₁(y) = ∫_y^∞ e^{−t}/t dt = Ein(y) − γ − ln y (Abramowitz &amp; Stegun 5.1.39, 5.1.11); E₁
 * for y &gt; 1 by its continued fraction (A&amp;S 5.1.22) evaluated with Lentz's method.
 */
final class ExponentialIntegrals {

  private ExponentialIntegrals() {}

  /** Ein(y) for 0 ≤ y ≤ 1 by its alternating series Σ (−1)^{k+1} y^k / (k·k!). */
  static double ein(double y) {
    if (!(y > 0)) {
      return 0;
    }
    if (y > 1) {
      return e1(y) + LocationScaleFamilies.EULER_GAMMA + Math.log(y);
    }
    double sum = 0;
    double power = 1;
    for (int k = 1; k < 40; k++) {
      power *= y / k;
      double term = power / k;
      sum += (k % 2 == 1) ? term : -term;
      if (term <= 1e-17 * sum) {
        break;
      }
    }
    return sum;
  }

  /** E₁(y) for y &gt; 0 (+∞ at 0). */
  static double e1(double y) {
    if (!(y > 0)) {
      return y == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }
    if (y <= 1) {
      return ein(y) - LocationScaleFamilies.EULER_GAMMA - Math.log(y);
    }
    if (y > 745) {
      return 0;
    }
    double tiny = 1e-300;
    double b = y + 1;
    double c = 1 / tiny;
    double d = 1 / b;
    double h = d;
    for (int i = 1; i < 1000; i++) {
      double an = -(double) i * i;
      b += 2;
      d = 1 / (an * d + b);
      c = b + an / c;
      double delta = c * d;
      h *= delta;
      if (Math.abs(delta - 1) < 1e-16) {
        break;
      }
    }
    return h * Math.exp(-y);
  }
}
