package org.probscope.model.distribution;

/**
 * Shannon entropy {@code H = -Σ p ln p} of a unimodal discrete law without a closed form, over the
 * window where the mass is within e^−745 of the mode's (the terms left out are below 1e-300).
 *
 * <p>Up to {@value #EXACT_TERMS} terms are summed one by one, with masses by the law's mass ratio
 * restarted from its log mass every {@value #BLOCK} terms (exact to rounding, at most ~5 ms). Wider
 * windows (Poisson means beyond ~10⁷, a negative binomial with a tiny p) are summed exactly over
 * their first {@value #HEAD_TERMS} values, and the rest by the Euler–Maclaurin formula {@code
 * Σ_{k=a}^{b} f(k) = ∫_a^b f + (f(a) + f(b))/2 + (f'(b) − f'(a))/12 − (f'''(b) − f'''(a))/720 + …},
 * with f the law's log mass continued between whole numbers ({@link SaddlePoint} takes real
 * arguments) and the integral by adaptive Gauss–Legendre quadrature. The mass varies on a scale of
 * at least ~100 values there (the standard deviation, or the distance from 0 for a negative
 * binomial with few successes), so the derivative terms, taken by central differences, fall off as
 * powers of 1/(2π·100) and the first two are plenty. Cost: a few thousand log masses.
 */
final class DiscreteEntropy {

  private static final double WINDOW_LOG = 745;
  private static final int EXACT_TERMS = 1 << 17;
  private static final int HEAD_TERMS = 1 << 12;
  private static final int BLOCK = 64;

  /** The integrand's rounding: −p ln p from log masses near the mode's, |ln p| ≲ 20. */
  private static final double NOISE = 1e-14;

  private DiscreteEntropy() {}

  /**
   * @param law the law
   * @param mode a value where its mass is largest (or next to it)
   */
  static double of(DiscreteLaw law, double mode) {
    double cut = law.logMass(mode) - WINDOW_LOG;
    double lo = law.edge(mode, cut, -1);
    double hi = law.edge(mode, cut, +1);
    if (hi - lo < EXACT_TERMS) {
      return exactSum(law, lo, hi);
    }
    double a = lo + HEAD_TERMS;
    double head = exactSum(law, lo, a - 1);
    // the terms at hi, the window's far edge, are below 1e-300: only the end at a corrects
    double tail =
        SmoothIntegral.of(x -> term(law, x), a, hi, NOISE)
            + EulerMaclaurin.startCorrection(x -> term(law, x), a);
    return head + tail;
  }

  private static double exactSum(DiscreteLaw law, double from, double to) {
    Sum sum = new Sum();
    double mass = 0;
    int inBlock = 0;
    for (double k = from; k <= to; k++, inBlock = inBlock == BLOCK - 1 ? 0 : inBlock + 1) {
      mass = inBlock == 0 ? law.mass(k) : mass * law.massRatio(k - 1);
      if (mass > 0.5) {
        // ln p from the law: a mass of 1 − 1e-10 rounds away the digits of its own log
        double logMass = law.logMass(k);
        sum.add(-Math.exp(logMass) * logMass);
      } else {
        sum.add(mass > 0 ? -mass * Math.log(mass) : 0);
      }
    }
    return sum.value();
  }

  /** −p ln p at x, with p the law's mass continued to real x. */
  private static double term(DiscreteLaw law, double x) {
    double logMass = law.logMass(x);
    return logMass > Double.NEGATIVE_INFINITY ? -Math.exp(logMass) * logMass : 0;
  }
}
