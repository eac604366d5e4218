package org.probscope.model.twosample;

/**
 * The limiting CDF of the one-sample Cramér–von Mises statistic, Csörgő &amp; Faraway (1996), "The
 * exact and asymptotic distributions of Cramér–von Mises statistics", JRSS B 58(1), eq. 1.2:
 *
 * <pre>
 * F(x) = Σₖ Γ(k + ½)/(Γ(k + 1) π^{3/2} √x) · √(4k + 1) · e^{−q} K_{1/4}(q),  q = (4k + 1)²/(16x)
 * </pre>
 *
 * <p>summed as SciPy's {@code _cdf_cvm_inf} does: term by term until one is below 1e-7 in magnitude
 * (that term included). The truncation is copied on purpose: it decides the last digits of small
 * p-values. Like SciPy's, the result is not meant for x above about 4, where F is within 1e-7 of 1.
 */
final class CramerVonMisesLimit {

  private static final double STOP_BELOW = 1e-7;

  private CramerVonMisesLimit() {}

  static double cdf(double x) {
    double sum = 0;
    // Γ(k + ½)/Γ(k + 1), starting from Γ(½)/Γ(1) = √π
    double gammaRatio = Math.sqrt(Math.PI);
    double scale = Math.pow(Math.PI, 1.5) * Math.sqrt(x);
    for (int k = 0; ; k++) {
      if (k > 0) {
        gammaRatio *= (k - 0.5) / k;
      }
      double y = 4.0 * k + 1;
      double q = y * y / (16 * x);
      double term = gammaRatio / scale * Math.sqrt(y) * BesselK.expScaledTimesExp(0.25, q, -2 * q);
      sum += term;
      if (Math.abs(term) < STOP_BELOW) {
        return sum;
      }
    }
  }
}
