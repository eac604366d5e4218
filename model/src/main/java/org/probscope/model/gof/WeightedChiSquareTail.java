package org.probscope.model.gof;

import java.util.Arrays;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.numbers.gamma.Erfc;

/**
 * P(Q &gt; x) for Q = Σⱼ λⱼ χ²₁ with λ₁ ≥ λ₂ ≥ … &gt; 0, the limit law of the discrete Cramér–von
 * Mises statistics, by Smirnov's (1937) exact series as written by Martynov (1977):
 *
 * <p>P(Q &gt; x) = (1/π) Σₖ (−1)^{k+1} ∫ from 1/λ_{2k−1} to 1/λ_{2k} of e^{−xu/2} / (u √|D(u)|) du,
 * D(u) = Πⱼ (1 − λⱼ u), with 1/λ_{m+1} = ∞ when m is odd.
 *
 * <p>On each interval the factor of |D| that vanishes at both ends is (u − a)(b −
 * u)·λ_{2k−1}λ_{2k}; the substitution u = a + (b − a)sin²φ removes it and Gauss–Legendre panels
 * integrate the smooth rest (a pair of equal eigenvalues, as Watson's U² has, makes an interval of
 * length 0 whose integral is π times the rest at that point). The last, infinite interval of an odd
 * m is integrated after u = a + t². Every term is computed from logarithms, so P stays accurate far
 * into the upper tail (relative error ~1e-10 down to underflow), where the first term alone
 * dominates.
 */
final class WeightedChiSquareTail {

  private static final double[] NODES = new double[16];
  private static final double[] WEIGHTS = new double[16];

  static {
    GaussIntegrator rule = new GaussIntegratorFactory().legendre(16);
    for (int k = 0; k < 16; k++) {
      NODES[k] = rule.getPoint(k);
      WEIGHTS[k] = rule.getWeight(k);
    }
  }

  private final double[] lambda;

  private WeightedChiSquareTail(double[] lambda) {
    this.lambda = lambda;
  }

  /**
   * The law of Σ λⱼ χ²₁ over the positive weights; weights below 1e-10 of the largest (rounding of
   * an eigen decomposition, and terms that move P by less than that) are dropped.
   *
   * @throws IllegalArgumentException when no weight is positive
   */
  static WeightedChiSquareTail of(double[] weights) {
    double[] sorted = weights.clone();
    Arrays.sort(sorted);
    double largest = sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    if (!(largest > 0) || !Double.isFinite(largest)) {
      throw new IllegalArgumentException("a weighted chi-square law needs a positive weight");
    }
    double[] kept = Arrays.stream(sorted).filter(l -> l > 1e-10 * largest).map(l -> l).toArray();
    double[] descending = new double[kept.length];
    for (int i = 0; i < kept.length; i++) {
      descending[i] = kept[kept.length - 1 - i];
    }
    return new WeightedChiSquareTail(descending);
  }

  /** E[Q] = Σ λⱼ. */
  double mean() {
    double sum = 0;
    for (double l : lambda) {
      sum += l;
    }
    return sum;
  }

  /** P(Q &gt; x). */
  double survival(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    if (x <= 0) {
      return 1;
    }
    if (x == Double.POSITIVE_INFINITY) {
      return 0;
    }
    int m = lambda.length;
    if (m == 1) {
      return Erfc.value(Math.sqrt(x / (2 * lambda[0])));
    }
    double sum = 0;
    double largestTerm = 0;
    for (int k = 0; 2 * k < m; k++) {
      double term = 2 * k + 1 < m ? finiteInterval(2 * k, x) : lastInterval(x);
      sum += (k % 2 == 0 ? term : -term);
      largestTerm = Math.max(largestTerm, term);
      if (term < 1e-17 * Math.abs(sum)) {
        break;
      }
    }
    return Math.min(1, Math.max(0, sum / Math.PI));
  }

  /**
   * The integral over the interval between 1/λ[i] and 1/λ[i + 1] (0-based): after u = a + (b −
   * a)sin²φ both square-root end singularities cancel, ∫ g(u)/√((u − a)(b − u)) du = ∫₀^{π/2} 2g
   * dφ, and 16-point Gauss–Legendre panels that halve towards each end resolve whatever makes g
   * vary near it: the factor 1/u and the exponential's scale 2/x (when b ≫ a), and a neighbouring
   * eigenvalue's zero of D just beyond either end.
   */
  private double finiteInterval(int i, double x) {
    double a = 1 / lambda[i];
    double b = 1 / lambda[i + 1];
    double logPair = Math.log(lambda[i]) + Math.log(lambda[i + 1]);
    double width = b - a;
    if (!(width > 0)) {
      // a double eigenvalue: the interval has length 0 and the integral is π g(a)
      return Math.PI * g(i, x, a, logPair);
    }
    double nearA = Math.min(a, 2 / x);
    if (i > 0) {
      nearA = Math.min(nearA, a - 1 / lambda[i - 1]);
    }
    double nearB = i + 2 < lambda.length ? 1 / lambda[i + 2] - b : width;
    int levelsA = levels(nearA / width);
    int levelsB = levels(nearB / width);
    double quarter = Math.PI / 4;
    double sum = 0;
    double lo = 0;
    for (int level = levelsA; level >= 0; level--) {
      double hi = quarter * Math.pow(0.5, level);
      sum += panel(i, x, a, width, logPair, lo, hi);
      lo = hi;
    }
    for (int level = 1; level <= levelsB + 1; level++) {
      double hi = level > levelsB ? 2 * quarter : 2 * quarter - quarter * Math.pow(0.5, level);
      sum += panel(i, x, a, width, logPair, lo, hi);
      lo = hi;
    }
    return sum;
  }

  /** Halvings of π/4 needed to come down to a fraction s of the interval (φ ≈ √s). */
  private static int levels(double fraction) {
    if (!(fraction < 1)) {
      return 0;
    }
    double phi = Math.sqrt(Math.max(fraction, 1e-300));
    return (int)
        Math.min(60, Math.max(0, Math.ceil(Math.log((Math.PI / 4) / phi) / Math.log(2)) + 2));
  }

  private double panel(
      int i, double x, double a, double width, double logPair, double lo, double hi) {
    double mid = 0.5 * (lo + hi);
    double half = 0.5 * (hi - lo);
    double sum = 0;
    for (int k = 0; k < NODES.length; k++) {
      double phi = mid + half * NODES[k];
      double sin = Math.sin(phi);
      sum += WEIGHTS[k] * 2 * g(i, x, a + width * sin * sin, logPair);
    }
    return half * sum;
  }

  /** g(u) = e^{−xu/2} / (u √(λᵢλᵢ₊₁ Π_{j≠i,i+1} |1 − λⱼu|)). */
  private double g(int i, double x, double u, double logPair) {
    return Math.exp(-0.5 * x * u - Math.log(u) - 0.5 * (logPair + logOthers(u, i, i + 1)));
  }

  /** The last interval [1/λ_m, ∞) of an odd m, after u = a + t², t = s/(1 − s) on [0, 1). */
  private double lastInterval(double x) {
    int last = lambda.length - 1;
    double a = 1 / lambda[last];
    double logLast = Math.log(lambda[last]);
    // the scale of t where e^{−x t²/2} and the polynomial decay of the rest set in
    double scale = Math.min(Math.sqrt(2 / x), Math.sqrt(a));
    IterativeLegendreGaussIntegrator integrator =
        new IterativeLegendreGaussIntegrator(16, 1e-11, 1e-300);
    return integrator.integrate(
        100_000,
        s -> {
          if (s >= 1) {
            return 0;
          }
          double t = scale * s / (1 - s);
          double u = a + t * t;
          double log = -0.5 * x * u - Math.log(u) - 0.5 * (logLast + logOthers(u, last, last));
          return 2 * Math.exp(log) * scale / ((1 - s) * (1 - s));
        },
        0,
        1);
  }

  /** Σ ln|1 − λⱼ u| over j other than {@code skip1} and {@code skip2}. */
  private double logOthers(double u, int skip1, int skip2) {
    double sum = 0;
    double product = 1;
    for (int j = 0; j < lambda.length; j++) {
      if (j == skip1 || j == skip2) {
        continue;
      }
      product *= Math.abs(1 - lambda[j] * u);
      if (product > 1e150 || product < 1e-150) {
        sum += Math.log(product);
        product = 1;
      }
    }
    return sum + Math.log(product);
  }
}
