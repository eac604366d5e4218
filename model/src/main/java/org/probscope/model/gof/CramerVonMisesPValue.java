package org.probscope.model.gof;

import org.apache.commons.math3.special.Gamma;

/**
 * The Cramér–von Mises p-value 1 − Fₙ(w) with Csörgő &amp; Faraway's (1996) finite-n CDF, "The
 * exact and asymptotic distributions of Cramér-von Mises statistics", JRSS B 58(1), eq. 1.8: Fₙ(w)
 * = V(w)(1 + 1/(12n)) + ψ₁(w)/n − ψ₁'s V/12 term, with V the limiting CDF (eq. 1.2/1.3) and ψ₁ from
 * eq. 1.10; 0 below 1/(12n) and 1 from n/3 up. The series are summed until a term is below 1e-7,
 * the same truncation as SciPy's {@code stats.cramervonmises}, so the p-values agree with SciPy's
 * to about 1e-9 absolute.
 *
 * <p>That absolute accuracy is worthless in the far tail (1 − Fₙ loses every digit below 1e-9 and
 * used to rise with W²), and the correction itself is a first-order expansion in 1/n: relative to
 * the limit law's tail it is about −3.8·W²/n (measured over n = 50…10⁵, W² = 1…3), so at n = 10 and
 * W² = 2 it already gives a negative p-value. Above the join w₀ = min({@value #JOIN}, 0.26√n),
 * where the correction is at most a quarter of the p-value, the p-value is the limit law's tail in
 * log space (the series V for W² ≤ {@value #SERIES_LIMIT}, {@link LimitTails#logCramerVonMises}
 * beyond, relative error below 7e-4 there), scaled by the ratio of the finite-n p-value to the
 * limit one at w₀: continuous, monotone, and exact in the limit n → ∞. W² never exceeds n/3 (every
 * F(xᵢ) = 0 or every F(xᵢ) = 1), so the p-value is 0 from there. n = 1 is exact: W² = 1/12 + (u −
 * ½)², P(W² ≥ w) = 1 − 2√(w − 1/12).
 */
final class CramerVonMisesPValue {

  static final String METHOD = "Csörgő & Faraway (1996) finite-n";

  static final String TAIL_METHOD =
      "in the tail: limit law (Anderson & Darling 1952) in log space, scaled to the finite-n"
          + " value where the finite-n correction stops being small";

  /** The largest join of the finite-n series and the limit-law tail (p ≈ 1.3e-5). */
  static final double JOIN = 2;

  /**
   * Below this n the scaled limit-law tail is only an upper bound: the finite-n tail is lighter (W²
   * ≤ n/3). A seeded simulation (make_small_n_tail_check.py, 4·10⁶ samples) puts the true p-value
   * at 0.7× the figure at n = 10, W² = 1 and 0.4× at 1.5; at n = 5, W² = 1.2, 0.16×; from n = 30 it
   * is within 5% (16% at n = 30, W² = 1.8, two standard errors).
   */
  static final int SMALL_N = 30;

  static final String SMALL_N_REASON =
      "for n < 30 the limit-law tail bounds the finite-n tail, which is lighter (W² ≤ n/3)";

  /** Up to here the limit law is its series V (accurate to 5e-6 relative); beyond, its tail. */
  static final double SERIES_LIMIT = 2.5;

  private static final double LOG_TAIL_AT_SERIES_LIMIT =
      Math.log(1 - limitCdf(SERIES_LIMIT)) - LimitTails.logCramerVonMises(SERIES_LIMIT);

  private static final double TERM_TOLERANCE = 1e-7;
  private static final int MAX_TERMS = 200;

  private CramerVonMisesPValue() {}

  /** w₀(n): where the finite-n series hands over to the scaled limit-law tail. */
  static double join(int n) {
    return Math.min(JOIN, 0.26 * Math.sqrt(n));
  }

  static String method(double w, int n) {
    return n > 1 && w > join(n) ? METHOD + "; " + TAIL_METHOD : METHOD;
  }

  static PValue of(double w, int n) {
    double lnP = logPValue(w, n);
    if (n > 1 && n < SMALL_N && w > join(n) && lnP >= Math.log(PValue.SMALLEST_SHOWN)) {
      return PValue.below(Math.exp(lnP), lnP, method(w, n), SMALL_N_REASON);
    }
    if (n >= SMALL_N && w > join(n) && lnP < LOG_CHECKED && w < n / 3.0) {
      double bound = farBound(w, n);
      return PValue.below(
          bound,
          lnP,
          method(w, n),
          bound > PValue.SMALLEST_SHOWN ? FAR_REASON : PValue.BELOW_SHOWN);
    }
    return PValue.ofLog(lnP, method(w, n));
  }

  /**
   * Below this the limit-law tail is not given as a number: simulation confirmed its scaled form
   * only to p ≈ 1e-5, and near the statistic's maximum n/3 the finite-n law ends where the limit
   * law goes on (n = 50, W² = 16.667: the limit gave 1.3e-37 for a p-value below 1e-1000).
   */
  static final double CHECKED = 1e-10;

  private static final double LOG_CHECKED = Math.log(CHECKED);

  static final String FAR_REASON =
      "beyond p = 1e-10, where the limit law was not checked against finite n; where it is"
          + " smaller, the bound is 2·exp(−2(W² − 1/(12n))) (W² ≤ 1/(12n) + n·D², and Massart's"
          + " inequality for D)";

  /** min(1e-10, 2·exp(−2(W² − 1/(12n)))), at least 1e-300. */
  static double farBound(double w, int n) {
    double logMassart = Math.log(2) - 2 * (w - 1.0 / (12 * n));
    return Math.max(PValue.SMALLEST_SHOWN, Math.exp(Math.min(LOG_CHECKED, logMassart)));
  }

  static double pValue(double w, int n) {
    return Math.exp(logPValue(w, n));
  }

  /** ln P(W² ≥ w) for a sample of size n. */
  static double logPValue(double w, int n) {
    if (Double.isNaN(w)) {
      return Double.NaN;
    }
    if (w <= 1.0 / (12 * n)) {
      return 0;
    }
    if (w >= n / 3.0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (n == 1) {
      return Math.log1p(-2 * Math.sqrt(w - 1.0 / 12));
    }
    double w0 = join(n);
    if (w <= w0) {
      return Math.log(Math.min(1, Math.max(0, 1 - finiteCdf(w, n))));
    }
    double atJoin = Math.log(1 - finiteCdf(w0, n)) - logLimitSurvival(w0);
    return Math.min(0, logLimitSurvival(w) + atJoin);
  }

  /** ln(1 − V(w)), continuous at {@link #SERIES_LIMIT}. */
  static double logLimitSurvival(double w) {
    return w <= SERIES_LIMIT
        ? Math.log(1 - limitCdf(w))
        : LimitTails.logCramerVonMises(w) + LOG_TAIL_AT_SERIES_LIMIT;
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
    return Roots.decreasingLog(w -> logPValue(w, n), Math.log(alpha), 1.0 / (12 * n), n / 3.0);
  }
}
