package org.probscope.model.gof;

import org.probscope.model.distribution.Distribution;

/**
 * ∫|F(x) − k/n| dx over one gap [xᵢ, xᵢ₊₁] between order statistics, where Fₙ = k/n is constant;
 * see {@link Wasserstein1} for the method and its accuracy.
 */
final class GapIntegrals {

  /** Accepted quadrature error per unit length. */
  private static final double TOLERANCE = 1e-11;

  private static final int MAX_DEPTH = 40;

  /** Largest number of F's steps walked inside one gap for a discrete target. */
  static final long MAX_STEPS = 10_000_000L;

  private final TailSafeCdf cdf;
  private final Distribution target;
  private final int n;

  GapIntegrals(TailSafeCdf cdf, int n) {
    this.cdf = cdf;
    this.target = cdf.target();
    this.n = n;
  }

  /**
   * ∫ₐᵇ |F − k/n| for a continuous target.
   *
   * @param ga F(a) − k/n
   * @param gb F(b) − k/n
   * @param curvature an estimate of F'' in the gap from the neighbouring gaps, or NaN
   * @param uncertainty how far apart the estimates from the left and the right neighbours are
   */
  double continuous(
      double a, double b, int k, double ga, double gb, double curvature, double uncertainty) {
    double h = b - a;
    if (!(h > 0)) {
      return 0;
    }
    if (ga >= 0 || gb <= 0) {
      return Math.abs(signed(a, b, k, ga, gb, curvature, uncertainty));
    }
    double q = target.quantile((double) k / n);
    if (!(q > a && q < b)) {
      q = a + h * (-ga) / (gb - ga); // rounding put F⁻¹ outside: cross where the chord does
    }
    return -simpson(a, q, k, ga, 0) + simpson(q, b, k, 0, gb);
  }

  /**
   * The trapezoid rule minus its leading error h³F''/12 when what is left of the error, bounded by
   * h³·(uncertainty of F'')/12, is within tolerance; adaptive Simpson otherwise.
   */
  private double signed(
      double a, double b, int k, double ga, double gb, double curvature, double uncertainty) {
    double h = b - a;
    double hCubedOver12 = h * h * h / 12;
    if (hCubedOver12 * uncertainty <= TOLERANCE * h) {
      return 0.5 * h * (ga + gb) - hCubedOver12 * curvature;
    }
    return simpson(a, b, k, ga, gb);
  }

  private double g(double x, int k) {
    return cdf.cdfMinus(x, k, n);
  }

  private double simpson(double a, double b, int k, double ga, double gb) {
    if (!(b > a)) {
      return 0;
    }
    double m = 0.5 * (a + b);
    double gm = g(m, k);
    double whole = (b - a) / 6 * (ga + 4 * gm + gb);
    return refine(a, b, k, ga, gm, gb, whole, TOLERANCE * (b - a), MAX_DEPTH);
  }

  private double refine(
      double a,
      double b,
      int k,
      double ga,
      double gm,
      double gb,
      double whole,
      double tolerance,
      int depth) {
    double m = 0.5 * (a + b);
    double leftMid = 0.5 * (a + m);
    double rightMid = 0.5 * (m + b);
    double gl = g(leftMid, k);
    double gr = g(rightMid, k);
    double left = (m - a) / 6 * (ga + 4 * gl + gm);
    double right = (b - m) / 6 * (gm + 4 * gr + gb);
    double delta = left + right - whole;
    if (depth <= 0 || Math.abs(delta) <= 15 * tolerance) {
      return left + right + delta / 15;
    }
    return refine(a, m, k, ga, gl, gm, left, tolerance / 2, depth - 1)
        + refine(m, b, k, gm, gr, gb, right, tolerance / 2, depth - 1);
  }

  /**
   * ∫ₐᵇ |F − k/n| for an integer-supported discrete target, whose F is constant on [j, j + 1): the
   * sum over the steps inside the gap; NaN when there are more than {@link #MAX_STEPS}.
   */
  double discrete(double a, double b, int k, double ga) {
    if (!(b > a)) {
      return 0;
    }
    double firstStep = Math.floor(a) + 1;
    if ((b - firstStep) > MAX_STEPS) {
      return Double.NaN;
    }
    double total = 0;
    double from = a;
    double value = ga;
    for (double step = firstStep; step < b; step++) {
      total += Math.abs(value) * (step - from);
      from = step;
      value = g(step, k);
    }
    return total + Math.abs(value) * (b - from);
  }
}
