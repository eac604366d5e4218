package org.probscope.model.distribution;

import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Binomial and Poisson log masses by Catherine Loader's saddle-point expansion ("Fast and accurate
 * computation of binomial probabilities", 2000; R's {@code dbinom_raw} and {@code dpois_raw}):
 * {@code ln b(x; n, p) = δ(n) − δ(x) − δ(n−x) − D(x, np) − D(n−x, nq) − ½ ln(2π x(n−x)/n)}, with
 * the Stirling error δ and the deviance part D each computed without cancellation, so the log mass
 * is right to a few units in the last place of its own size even for counts near 10⁹, where forming
 * {@code ln C(n, x) + x ln p + (n − x) ln q} loses eight digits.
 *
 * <p>Arguments are real: the same formulas continue the masses between whole numbers (as R's {@code
 * dgamma} uses {@code dpois_raw}), which {@link DiscreteEntropy} integrates.
 */
final class SaddlePoint {

  private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

  /**
   * δ(n) for n = 0, 0.5, 1, ..., 15: ln Γ(n+1) − (n + ½) ln n + n − ½ ln 2π, from mpmath.loggamma
   * at 40 digits.
   */
  private static final double[] STIRLING_ERROR_HALVES = {
    0.0, // n = 0: never used (x = 0 is handled apart); δ(0) itself is infinite
    0.1534264097200273452914,
    0.08106146679532725821967,
    0.05481412105191765389614,
    0.04134069595540929409382,
    0.03316287351993628748511,
    0.02767792568499833914879,
    0.02374616365629749597133,
    0.02079067210376509311152,
    0.01848845053267318523078,
    0.01664469118982119216319,
    0.01513497322191737887351,
    0.01387612882307074799875,
    0.01281046524292022692425,
    0.01189670994589177009506,
    0.01110455975820691732663,
    0.01041126526197209649748,
    0.00979941612615880329839,
    0.009255462182712732917729,
    0.008768700134139385462955,
    0.008330563433362871256469,
    0.00793411456431402054725,
    0.007573675487951840794972,
    0.007244554301320383179546,
    0.006942840107209529865664,
    0.006665247032707682442356,
    0.00640899418800420706844,
    0.006171712263039457647535,
    0.005951370112758847735624,
    0.005746216513010115682026,
    0.005554733551962801371039
  };

  private SaddlePoint() {}

  /**
   * The Stirling error δ(n) = ln Γ(n+1) − (n + ½) ln n + n − ½ ln 2π, for n ≥ 0: the table at
   * half-integers up to 15, {@code LogGamma} for other n up to 15 (where no cancellation matters),
   * the asymptotic series 1/(12n) − 1/(360n³) + 1/(1260n⁵) − 1/(1680n⁷) + 1/(1188n⁹) beyond (its
   * next term is below 1e-17 there).
   */
  static double stirlingError(double n) {
    if (n <= 15) {
      double twice = 2 * n;
      if (twice == Math.rint(twice)) {
        return STIRLING_ERROR_HALVES[(int) twice];
      }
      return LogGamma.value(n + 1) - (n + 0.5) * Math.log(n) + n - HALF_LOG_TWO_PI;
    }
    double nn = n * n;
    return (1.0 / 12 - (1.0 / 360 - (1.0 / 1260 - (1.0 / 1680 - (1.0 / 1188) / nn) / nn) / nn) / nn)
        / n;
  }

  /**
   * The deviance part D(x, m) = x ln(x/m) + m − x ≥ 0, for x ≥ 0 and m &gt; 0. Where x/m is in
   * [1/2, 2] it is summed as (x − m) v + 2x Σ v^(2j+1)/(2j+1) with v = (x − m)/(x + m), |v| ≤ 1/3,
   * whose terms shrink by v² each and never cancel the first; outside, the direct form cancels at
   * most a factor 4. (Loader's band, |v| &lt; 0.1, leaves a factor-10 cancellation at its edge.)
   */
  static double deviance(double x, double m) {
    return devianceWithDifference(x, m, x - m);
  }

  /**
   * D(x, np): the difference x − np is formed with one rounding (fma). Forming np first rounds it
   * by half an ulp, which moves D by (x − np)·ε/2: 1e-13 in the log mass of a binomial 1000 values
   * from its mean, and enough noise between neighbouring real x to spoil a quadrature of the mass.
   */
  static double deviance(double x, double n, double p) {
    return devianceWithDifference(x, n * p, Math.fma(-n, p, x));
  }

  /** D(x, m) with d = x − m given (computed more exactly than from a rounded m). */
  private static double devianceWithDifference(double x, double m, double d) {
    if (x == 0) {
      return m;
    }
    if (Math.abs(d) <= (x + m) / 3) {
      double v = d / (x + m);
      double sum = d * v;
      if (Math.abs(sum) < Double.MIN_NORMAL) {
        return sum;
      }
      double term = 2 * x * v;
      double v2 = v * v;
      for (int j = 1; j < 1000; j++) {
        term *= v2;
        double next = sum + term / (2 * j + 1);
        if (next == sum) {
          return next;
        }
        sum = next;
      }
      return sum;
    }
    // the product's rounding is left out (fma): x ln(x/m) and x − m cancel by up to a factor 4;
    // x/m overflows or underflows for a mean such as 5e-324
    double ratio = x / m;
    double log =
        ratio < Double.MAX_VALUE && ratio >= Double.MIN_NORMAL
            ? Math.log(ratio)
            : Math.log(x) - Math.log(m);
    return Math.fma(x, log, -d);
  }

  /**
   * ln of the binomial mass b(x; n, p) for 0 ≤ x ≤ n, with q = 1 − p given separately so that a p
   * near 1 keeps its complement's digits; the deviances take 1 − p as exact (so any p with its q
   * gives the same result to rounding, which the hypergeometric mass, a ratio of three binomial
   * masses at one p, relies on).
   */
  static double logBinomial(double x, double n, double p, double q) {
    return logBinomial(x, n, p, q, 0);
  }

  /**
   * ln b(x; n, p) where x − np is {@code shift} more than x and n as doubles say: the rounding of
   * an x or n formed from a real argument (n − k, r + k at k = 2.4·10⁷ + a fraction rounds by
   * 3e-8), which moves the log mass by its slope times that rounding, 1e-12 of a mass at two
   * standard deviations; only the deviances need it, the other terms hardly change.
   */
  static double logBinomial(double x, double n, double p, double q, double shift) {
    if (x == 0) {
      // D(n, nq) with n − nq = np exactly
      return n == 0
          ? 0
          : p < 0.1 ? -devianceWithDifference(n, n * q, n * p) - n * p : n * Math.log(q);
    }
    if (x == n) {
      return q < 0.1 ? -devianceWithDifference(n, n * p, n * q) - n * q : n * Math.log(p);
    }
    double y = n - x;
    // x − np with one rounding; (n − x) − n(1 − p) is exactly its negative, which forming n·q
    // would lose: q = 1 − p is rounded for p < 1/2, by up to 5.6e-17, which n = 1e9 makes 5.6e-8
    double d = Math.fma(-n, p, x) + shift;
    double lc =
        stirlingError(n)
            - stirlingError(x)
            - stirlingError(y)
            - devianceWithDifference(x, n * p, d)
            - devianceWithDifference(y, n * q, -d);
    return lc - 0.5 * Math.log(2 * Math.PI * x * (y / n));
  }

  /** ln of the Poisson mass λ^x e^(−λ) / Γ(x + 1), x ≥ 0. */
  static double logPoisson(double x, double lambda) {
    if (x == 0) {
      return -lambda;
    }
    return -stirlingError(x) - deviance(x, lambda) - HALF_LOG_TWO_PI - 0.5 * Math.log(x);
  }
}
