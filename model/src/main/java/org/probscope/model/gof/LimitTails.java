package org.probscope.model.gof;

/**
 * ln P(Q &gt; s) in the upper tail of the limit laws of W² and A², both weighted sums Q = Σₖ λₖ
 * χ²₁,ₖ of independent χ²₁ variables: λₖ = 1/(k²π²) for Cramér–von Mises, 1/(k(k+1)) for
 * Anderson–Darling (Anderson &amp; Darling 1952). Write Q = λ₁χ² + R. Then P(Q &gt; s) =
 * E[erfc(√(a(s − R)))] with a = 1/(2λ₁); expanding erfc(√x) = e^{−x}/√(πx)·(1 − 1/(2x) + 3/(4x²) −
 * …) and averaging over R gives, with X = a·s,
 *
 * <pre>
 *   P(Q &gt; s) = C·e^{−X}/√(πX)·(1 + (m₁ − 1)/(2X) + (3m₂/8 − 3m₁/4 + 3/4)/X² + O(X⁻³)),
 * </pre>
 *
 * where C = E[e^{aR}] = Πₖ≥₂ (1 − λₖ/λ₁)^{−½} and m₁, m₂ are the first two moments of aR under the
 * weight e^{aR}/C: with μₖ = aλₖ/(1 − 2aλₖ), m₁ = Σμₖ and m₂ = 2Σμₖ² + m₁². In closed form
 * (telescoping sums): CvM C = √2, m₁ = 3/8, Σμₖ² = (π²/12 − 11/16)/4; AD C = √3, m₁ = 11/18, Σμₖ² =
 * (π²/3 − 93/36)/9. Against the exact limit laws in mpmath, 60 digits beyond the cancellation
 * (model/src/test/python/make_pvalue_tail_reference.py) the relative error is below 1.1e-3 from W²
 * = 2 and below 3e-3 from A² = 6, falling as s⁻³.
 */
final class LimitTails {

  private static final double CVM_A = Math.PI * Math.PI / 2;
  private static final double CVM_M1 = 3.0 / 8;
  private static final double CVM_M2 =
      2 * (Math.PI * Math.PI / 12 - 11.0 / 16) / 4 + CVM_M1 * CVM_M1;
  private static final double AD_M1 = 11.0 / 18;
  private static final double AD_M2 = 2 * (Math.PI * Math.PI / 3 - 93.0 / 36) / 9 + AD_M1 * AD_M1;

  private LimitTails() {}

  /** ln P(W²∞ &gt; w), for w ≥ 1. */
  static double logCramerVonMises(double w) {
    return logTail(0.5 * Math.log(2), CVM_A * w, CVM_M1, CVM_M2);
  }

  /** ln P(A²∞ &gt; z), for z ≥ 4. */
  static double logAndersonDarling(double z) {
    return logTail(0.5 * Math.log(3), z, AD_M1, AD_M2);
  }

  private static double logTail(double logC, double x, double m1, double m2) {
    double correction = 1 + (m1 - 1) / (2 * x) + (3 * m2 / 8 - 3 * m1 / 4 + 0.75) / (x * x);
    return logC - x - 0.5 * Math.log(Math.PI * x) + Math.log(correction);
  }
}
