package org.probscope.model.gof;

import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * The two-sided one-sample Kolmogorov–Smirnov p-value P(Dₙ ≥ d), computed as ln p.
 *
 * <ul>
 *   <li>n ≤ {@value #EXACT_LIMIT}: exact, Commons Statistics' {@link KolmogorovSmirnovTest} with
 *       {@link PValueMethod#EXACT} (Simard &amp; L'Ecuyer 2011, as SciPy's {@code stats.kstwo.sf(d,
 *       n)}). Commons only exposes the p-value through a test on an array, so we hand it n points
 *       whose statistic against the uniform CDF is exactly d; this costs O(n) and never touches the
 *       user's sample.
 *   <li>n &gt; {@value #EXACT_LIMIT}: Kolmogorov's limit Q(√n·d) (SciPy's {@code
 *       stats.kstwobign.sf}) while Q ≥ {@value #ASYMPTOTIC_FLOOR}.
 *   <li>The far tail, where Commons' linear-space result nears underflow (p &lt; {@value
 *       #EXACT_FLOOR}) or below the asymptotic floor: 2·P(Dₙ⁺ ≥ d) with the one-sided tail by the
 *       exact Smirnov–Birnbaum–Tingey sum, P(Dₙ⁺ ≥ d) = d Σⱼ₌₀^⌊n(1−d)⌋ C(n, j) (1 − d − j/n)ⁿ⁻ʲ (d
 *       + j/n)ʲ⁻¹ (Birnbaum &amp; Tingey 1951), summed in log space. It is exact for d ≥ ½ (D⁺ ≥ d
 *       and D⁻ ≥ d exclude each other) and otherwise exceeds p by P(D⁺ ≥ d, D⁻ ≥ d), which is
 *       negligible this far out (SciPy's {@code kstwo.sf} takes the same form there).
 * </ul>
 */
final class KolmogorovSmirnovPValue {

  /** Largest n with an exact p-value (SciPy's {@code kstest(method='auto')} uses the same cut). */
  static final int EXACT_LIMIT = 10_000;

  /** Below this Commons' exact p-value is replaced by the log-space Smirnov form. */
  static final double EXACT_FLOOR = 1e-280;

  /** Below this the Kolmogorov limit gives way to the exact Smirnov form (n &gt; 10 000). */
  static final double ASYMPTOTIC_FLOOR = 1e-6;

  private static final KolmogorovSmirnovTest EXACT =
      KolmogorovSmirnovTest.withDefaults().with(PValueMethod.EXACT);

  private static final String SMIRNOV =
      "; in this far tail 2 × exact one-sided (Smirnov), log space";

  private KolmogorovSmirnovPValue() {}

  static String method(int n) {
    return n <= EXACT_LIMIT
        ? "exact (Simard & L'Ecuyer 2011)"
        : "asymptotic (Kolmogorov limit of √n·D)";
  }

  static PValue of(double d, int n) {
    double lnP = logPValue(d, n);
    double floor = Math.log(n <= EXACT_LIMIT ? EXACT_FLOOR : ASYMPTOTIC_FLOOR);
    boolean farTail = n > 1 && d < 1 && lnP <= floor;
    return PValue.ofLog(lnP, farTail ? method(n) + SMIRNOV : method(n));
  }

  static double pValue(double d, int n) {
    return Math.exp(logPValue(d, n));
  }

  /** ln P(Dₙ ≥ d). */
  static double logPValue(double d, int n) {
    if (Double.isNaN(d)) {
      return Double.NaN;
    }
    if (d <= 0.5 / n) {
      return 0; // D >= 1/(2n) always
    }
    if (d >= 1) {
      return Double.NEGATIVE_INFINITY;
    }
    if (n == 1) {
      return Math.log(2 * (1 - d)); // D = max(F, 1 − F) with F uniform; Commons needs n ≥ 2
    }
    if (n > EXACT_LIMIT) {
      double lambda = Math.sqrt(n) * d;
      double q = kolmogorovSurvival(lambda);
      if (q >= ASYMPTOTIC_FLOOR) {
        return Math.log(q);
      }
      return Math.min(Math.log(ASYMPTOTIC_FLOOR), Math.log(2) + logSmirnovOneSided(d, n));
    }
    // Massart (1990): p ≤ 2exp(−2nd²). Where that is already below the floor, Commons' O(n²)
    // recursion would only underflow, so go straight to the O(n(1 − d)) log-space form.
    if (Math.log(2) - 2.0 * n * d * d >= Math.log(EXACT_FLOOR)) {
      double p = EXACT.test(pointsWithStatistic(d, n), u -> u).getPValue();
      if (p >= EXACT_FLOOR) {
        return Math.log(p);
      }
    }
    return Math.min(Math.log(EXACT_FLOOR), Math.log(2) + logSmirnovOneSided(d, n));
  }

  /**
   * ln P(Dₙ⁺ ≥ d) by the Birnbaum–Tingey sum, every term in log space (0 &lt; d &lt; 1). The
   * binomial coefficient is carried from term to term; the sum is a running log-sum-exp over at
   * most n + 1 terms, O(n(1 − d)) work and no allocation.
   */
  static double logSmirnovOneSided(double d, int n) {
    int last = (int) Math.floor(n * (1 - d));
    double logBinomial = 0;
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0; // Σ exp(term − max), rescaled whenever max grows
    for (int j = 0; j <= last; j++) {
      if (j > 0) {
        logBinomial += Math.log((double) (n - j + 1) / j);
      }
      double below = (1 - d) - (double) j / n;
      double first = n - j == 0 ? 0 : (n - j) * Math.log(Math.max(below, 0));
      double term = logBinomial + first + (j - 1) * Math.log(d + (double) j / n);
      if (term > max) {
        sum = sum * Math.exp(max - term) + 1;
        max = term;
      } else if (term > Double.NEGATIVE_INFINITY) {
        sum += Math.exp(term - max);
      }
    }
    return max == Double.NEGATIVE_INFINITY ? max : Math.log(d) + max + Math.log(sum);
  }

  /**
   * Points u₁ ≤ … ≤ uₙ in [0, 1] with D⁺ = d against the uniform CDF and D⁻ = 1/n − d < d, so that
   * their KS statistic is d (for d > 1/(2n)).
   */
  private static double[] pointsWithStatistic(double d, int n) {
    double[] u = new double[n];
    for (int i = 0; i < n; i++) {
      u[i] = Math.max(0, (i + 1.0) / n - d);
    }
    return u;
  }

  /**
   * Kolmogorov's limiting survival function Q(λ) = 2 Σₖ (−1)ᵏ⁻¹ exp(−2k²λ²); for λ < 1 through the
   * equivalent theta-function form of the CDF, 1 − (√(2π)/λ) Σₖ exp(−(2k−1)²π²/(8λ²)), which
   * converges fast there.
   */
  static double kolmogorovSurvival(double lambda) {
    if (!(lambda > 0)) {
      return 1;
    }
    if (lambda < 1) {
      double sum = 0;
      double c = -Math.PI * Math.PI / (8 * lambda * lambda);
      for (int k = 1; k < 100; k++) {
        double term = Math.exp(c * (2 * k - 1) * (2 * k - 1));
        sum += term;
        if (term < 1e-17 * sum) {
          break;
        }
      }
      return Math.min(1, Math.max(0, 1 - Math.sqrt(2 * Math.PI) / lambda * sum));
    }
    double sum = 0;
    for (int k = 1; k < 100; k++) {
      double term = Math.exp(-2.0 * k * k * lambda * lambda);
      sum += (k % 2 == 1) ? term : -term;
      if (term < 1e-17 * sum) {
        break;
      }
    }
    return Math.min(1, Math.max(0, 2 * sum));
  }

  /** The d with P(Dₙ ≥ d) = α. */
  static double criticalValue(int n, double alpha) {
    return Roots.decreasingLog(d -> logPValue(d, n), Math.log(alpha), 0.5 / n, 1);
  }
}
