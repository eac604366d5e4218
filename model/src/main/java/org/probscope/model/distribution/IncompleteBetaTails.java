package org.probscope.model.distribution;

import org.apache.commons.numbers.gamma.LogBeta;

/**
 * ln I_x(a, b) for a small x, where I_x underflows a double (beta(2, 5) at 1e-200): I_x(a, b) = x^a
 * (1 − x)^b / (a B(a, b)) Σₙ [(a + b)ₙ / (a + 1)ₙ] xⁿ (DLMF 8.17.8 with the hypergeometric function
 * written out), summed until a term is below 1e-17 of the sum. Used only where the value is below
 * 1e-280, so x is small and the terms fall fast; NaN if they do not within 10⁵ terms.
 */
final class IncompleteBetaTails {

  private static final int MAX_TERMS = 100_000;

  private IncompleteBetaTails() {}

  static double logLower(double x, double a, double b) {
    double term = 1;
    double sum = 1;
    for (int n = 0; n < MAX_TERMS; n++) {
      term *= (a + b + n) / (a + 1 + n) * x;
      sum += term;
      if (term < 1e-17 * sum) {
        return a * Math.log(x)
            + b * Math.log1p(-x)
            - Math.log(a)
            - LogBeta.value(a, b)
            + Math.log(sum);
      }
    }
    return Double.NaN;
  }
}
