package org.probscope.model.gof;

import org.apache.commons.math3.special.Gamma;

/**
 * The Cramér–von Mises p-value 1 − Fₙ(w) with Csörgő &amp; Faraway's (1996) finite-n CDF, "The
 * exact and asymptotic distributions of Cramér-von Mises statistics", JRSS B 58(1), eq. 1.8: Fₙ(w)
 * = V(w)(1 + 1/(12n)) + ψ₁(w)/n − ψ₁'s V/12 term, with V the limiting CDF (eq. 1.2/1.3) and ψ₁ from
 * eq. 1.10; 0 below 1/(12n) and 1 from n/3 up. The series are summed until a term is below 1e-7,
 * the same truncation as SciPy's {@code stats.cramervonmises}, so the p-values agree with SciPy's
 * to about 1e-9 absolute.
 */
final class CramerVonMisesPValue {

  static final String METHOD = "Csörgő & Faraway (1996) finite-n";

  private static final double TERM_TOLERANCE = 1e-7;
  private static final int MAX_TERMS = 200;

  private CramerVonMisesPValue() {}

  static double pValue(double w, int n) {
    if (Double.isNaN(w)) {
      return Double.NaN;
    }
    return Math.min(1, Math.max(0, 1 - finiteCdf(w, n)));
  }

  static double finiteCdf(double w, int n) {
    if (w <= 1.0 / (12 * n)) {
      return 0;
    }
    if (w >= n / 3.0) {
      return 1;
    }
    return limitCdf(w) * (1 + 1.0 / (12 * n)) + psi1WithoutLimitTerm(w) / n;
  }

  /** V(w) = Σₖ Γ(k+½)/(Γ(k+1) π^{3/2} √w) · √(4k+1) · e^{−q} K_{1/4}(q), q = (4k+1)²/(16w). */
  static double limitCdf(double w) {
    double total = 0;
    for (int k = 0; k < MAX_TERMS; k++) {
      double y = 4 * k + 1;
      double q = y * y / (16 * w);
      double u =
          Math.exp(Gamma.logGamma(k + 0.5) - Gamma.logGamma(k + 1))
              / (Math.pow(Math.PI, 1.5) * Math.sqrt(w));
      double term = u * Math.sqrt(y) * ScaledBesselK.of(q).quarter();
      total += term;
      if (Math.abs(term) < TERM_TOLERANCE) {
        break;
      }
    }
    return total;
  }

  /** ψ₁(w) of eq. 1.10 without its V(w)/12 term (added in {@link #finiteCdf}). */
  private static double psi1WithoutLimitTerm(double w) {
    double total = 0;
    for (int k = 0; k < MAX_TERMS; k++) {
      double term = -seriesTerm(k, w) / (Math.PI * Math.exp(Gamma.logGamma(k + 1)));
      total += term;
      if (Math.abs(term) < TERM_TOLERANCE) {
        break;
      }
    }
    return total;
  }

  private static double seriesTerm(int k, double w) {
    double m = 2 * k + 1;
    double sx = 2 * Math.sqrt(w);
    double y1 = Math.pow(w, 0.75);
    double y2 = Math.pow(w, 1.25);
    double gHalf = Math.exp(Gamma.logGamma(k + 0.5));
    double gThreeHalves = Math.exp(Gamma.logGamma(k + 1.5));
    double e1 = m * gHalf * ed2((4 * k + 3) / sx) / (9 * y1);
    double e2 = gHalf * ed3((4 * k + 1) / sx) / (72 * y2);
    double e3 = 2 * (m + 2) * gThreeHalves * ed3((4 * k + 5) / sx) / (12 * y2);
    double e4 = 7 * m * gHalf * ed2((4 * k + 1) / sx) / (144 * y1);
    double e5 = 7 * m * gHalf * ed2((4 * k + 5) / sx) / (144 * y1);
    return e1 + e2 + e3 + e4 + e5;
  }

  /** Faraway's ed2(y) = e^{−z} (y/2)^{3/2} (K_{1/4}(z) + K_{3/4}(z)) / √π, z = y²/4. */
  private static double ed2(double y) {
    ScaledBesselK k = ScaledBesselK.of(y * y / 4);
    return Math.pow(y / 2, 1.5) * (k.quarter() + k.threeQuarters()) / Math.sqrt(Math.PI);
  }

  /** Faraway's ed3(y) = e^{−z} (y/2)^{5/2} (2K_{1/4} + 3K_{3/4} − K_{5/4})(z) / √π. */
  private static double ed3(double y) {
    ScaledBesselK k = ScaledBesselK.of(y * y / 4);
    return Math.pow(y / 2, 2.5)
        * (2 * k.quarter() + 3 * k.threeQuarters() - k.fiveQuarters())
        / Math.sqrt(Math.PI);
  }

  static double criticalValue(int n, double alpha) {
    return Roots.decreasing(w -> pValue(w, n), alpha, 1.0 / (12 * n), Math.min(2, n / 3.0));
  }
}
