package org.probscope.model.distribution;

import org.apache.commons.numbers.gamma.Erfcx;

/**
 * The regularised incomplete gamma functions for a large shape by Temme's uniform asymptotic
 * expansion (DLMF 8.12.3–8.12.8): with w = sign(x − a) √D, D = a ln(a/x) + x − a (the saddle-point
 * deviance, {@link SaddlePoint#deviance}), η = w √(2/a) and λ − 1 = (x − a)/a,
 *
 * <pre>Q(a, x) = e^{−w²} [erfcx(w)/2 + S/√(2πa)],  P(a, x) = e^{−w²} [erfcx(−w)/2 − S/√(2πa)],
 * S = C₀(η) + C₁(η)/a,  C₀ = 1/(λ − 1) − 1/η,  C₁ = 1/η³ − 1/(λ−1)³ − 1/(λ−1)² − 1/(12(λ−1)),</pre>
 *
 * C₀ and C₁ from their Taylor series in η near 0 (DLMF 8.12.9: −1/3 + η/12 − 2η²/135 + η³/864 +
 * η⁴/2835, and −1/540 − η/288 + η²/378) where the closed forms cancel. The next term is O(a^{−2})
 * of the remainder, below 1e-14 relative for a &ge; {@link #MIN_SHAPE}, and each tail is a
 * logarithm directly, so nothing underflows. Commons Statistics 1.3 is 2.4e-6 off in the tails of
 * gamma(1e10) (its prefix x^a e^{−x} / Γ(a) loses a·ε).
 */
final class GammaTemme {

  static final double MIN_SHAPE = 1e7;

  private static final double SQRT_2_PI = Math.sqrt(2 * Math.PI);

  private GammaTemme() {}

  /** ln Q(a, x) (upper) or ln P(a, x). */
  static double log(double a, double x, boolean upper) {
    double d = SaddlePoint.deviance(a, x);
    double w = Math.copySign(Math.sqrt(d), x - a);
    double lambdaMinusOne = (x - a) / a;
    double eta = w * Math.sqrt(2 / a);
    double s = (c0(eta, lambdaMinusOne) + c1(eta, lambdaMinusOne) / a) / (SQRT_2_PI * Math.sqrt(a));
    double bracket = upper ? Erfcx.value(w) / 2 + s : Erfcx.value(-w) / 2 - s;
    return -d + Math.log(bracket);
  }

  private static double c0(double eta, double lm1) {
    if (Math.abs(eta) < 0.01) {
      return -1.0 / 3 + eta * (1.0 / 12 + eta * (-2.0 / 135 + eta * (1.0 / 864 + eta / 2835)));
    }
    return 1 / lm1 - 1 / eta;
  }

  private static double c1(double eta, double lm1) {
    if (Math.abs(eta) < 0.1) {
      return -1.0 / 540 + eta * (-1.0 / 288 + eta / 378);
    }
    return 1 / (eta * eta * eta) - 1 / (lm1 * lm1 * lm1) - 1 / (lm1 * lm1) - 1 / (12 * lm1);
  }
}
