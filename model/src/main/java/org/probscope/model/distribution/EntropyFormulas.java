package org.probscope.model.distribution;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Entropy closed forms whose direct evaluation cancels badly for large shape parameters; each
 * switches to the asymptotic expansion SciPy 1.17 uses there, so the two agree everywhere. The
 * digamma function is Commons Numbers' (accurate to a few ulp); commons-math3's is only good to
 * about 1e-9, which showed in the reference tests.
 */
final class EntropyFormulas {

  private static final double NORMAL_ENTROPY = 0.5 * Math.log(2 * Math.PI * Math.E);

  private EntropyFormulas() {}

  /**
   * Entropy of the gamma distribution with shape {@code a} and scale 1: {@code a + ln Γ(a) + (1 -
   * a) ψ(a)} below 250, SciPy's asymptotic series above ({@code scipy.stats.gamma._entropy}).
   */
  static double standardGamma(double a) {
    if (a < 250) {
      return a + LogGamma.value(a) + (1 - a) * Digamma.value(a);
    }
    return 0.5 * (1 + Math.log(2 * Math.PI) + Math.log(a))
        - 1 / (3 * a)
        - Math.pow(a, -2) / 12
        - Math.pow(a, -3) / 90
        + Math.pow(a, -4) / 120;
  }

  /**
   * Entropy of Student's t with {@code df} degrees of freedom: {@code (ν+1)/2 [ψ((ν+1)/2) - ψ(ν/2)]
   * + ln(√ν B(ν/2, 1/2))} below 100, SciPy's asymptotic series above ({@code
   * scipy.stats.t._entropy}).
   */
  static double studentT(double df) {
    if (df < 100) {
      double half = df / 2;
      double half1 = (df + 1) / 2;
      return half1 * (Digamma.value(half1) - Digamma.value(half))
          + 0.5 * Math.log(df)
          + logBeta(half, 0.5);
    }
    return NORMAL_ENTROPY
        + 1 / df
        + Math.pow(df, -2) / 4
        - Math.pow(df, -3) / 6
        - Math.pow(df, -4) / 8
        + 0.3 * Math.pow(df, -5)
        + Math.pow(df, -6) / 4;
  }

  /** {@code ln B(a, b)}. */
  static double logBeta(double a, double b) {
    return LogBeta.value(a, b);
  }
}
