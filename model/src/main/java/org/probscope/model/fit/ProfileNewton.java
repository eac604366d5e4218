package org.probscope.model.fit;

import java.util.function.DoubleUnaryOperator;
import java.util.function.LongToDoubleFunction;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.Trigamma;

/**
 * The one-dimensional solvers behind the specialised maximum-likelihood estimators: a safeguarded
 * Newton iteration for the root of an increasing score (each Newton step that leaves the current
 * bracket is replaced by a bisection, so it converges wherever the bracket holds a sign change;
 * Press et al., <i>Numerical Recipes</i>, 3rd ed., §9.4 {@code rtsafe}), a bisection for the
 * maximum of a unimodal function of a whole number, and the digamma helpers of the gamma and
 * chi-squared profile equations.
 */
final class ProfileNewton {

  private static final int MAX_ITERATIONS = 200;
  private static final double RELATIVE_STEP = 1e-14;

  private ProfileNewton() {}

  /**
   * The root of an increasing function f on (0, ∞) with derivative df, from {@code start}: the
   * bracket is found by doubling or halving, then refined by safeguarded Newton.
   *
   * @return the root, or NaN when no sign change lies between 1e-300 and 1e300
   */
  static double positiveRoot(DoubleUnaryOperator f, DoubleUnaryOperator df, double start) {
    double x = start > 0 && Double.isFinite(start) ? start : 1;
    double fx = f.applyAsDouble(x);
    if (fx == 0) {
      return x;
    }
    double lo = x;
    double hi = x;
    double factor = 2;
    if (fx < 0) {
      while (f.applyAsDouble(hi) < 0) {
        lo = hi;
        hi *= factor;
        factor *= factor > 1e8 ? 1 : 2;
        if (hi > 1e300) {
          return Double.NaN;
        }
      }
    } else {
      while (f.applyAsDouble(lo) > 0) {
        hi = lo;
        lo /= factor;
        factor *= factor > 1e8 ? 1 : 2;
        if (lo < 1e-300) {
          return Double.NaN;
        }
      }
    }
    return root(f, df, lo, hi, x >= lo && x <= hi ? x : Math.sqrt(lo) * Math.sqrt(hi));
  }

  /**
   * The root of an increasing function f in [lo, hi] (f(lo) ≤ 0 ≤ f(hi)) by Newton steps from
   * {@code start}, bisecting whenever a step would leave the bracket or shrink it too slowly.
   * Bisection is geometric when both ends are positive, so that a bracket over many decades closes
   * in few steps.
   */
  static double root(
      DoubleUnaryOperator f, DoubleUnaryOperator df, double lo, double hi, double start) {
    double x = start;
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      double fx = f.applyAsDouble(x);
      if (fx == 0 || Double.isNaN(fx)) {
        return x;
      }
      if (fx < 0) {
        lo = x;
      } else {
        hi = x;
      }
      double d = df.applyAsDouble(x);
      double next = x - fx / d;
      if (!(next > lo && next < hi) || !(d > 0)) {
        next = lo > 0 && hi / lo > 4 ? Math.sqrt(lo) * Math.sqrt(hi) : lo + (hi - lo) / 2;
      }
      // 1e-14 relative: far below what the likelihood resolves, above the rounding noise of a
      // sum over 10⁶ points, which would otherwise keep Newton stepping by that noise
      if (Math.abs(next - x) <= RELATIVE_STEP * Math.abs(x) || hi - lo <= 4 * Math.ulp(hi)) {
        return next;
      }
      x = next;
    }
    return x;
  }

  /**
   * The maximum of a unimodal function ℓ on the whole numbers of [lo, hi], given its forward
   * difference {@code diff(n) = ℓ(n + 1) − ℓ(n)} (positive before the maximum, ≤ 0 from it on): the
   * smallest n in [lo, hi] with diff(n) ≤ 0, or hi when there is none. Bisection, so about log₂(hi
   * − lo) differences are taken.
   */
  static long unimodalMaximum(LongToDoubleFunction diff, long lo, long hi) {
    long a = lo;
    long b = hi;
    while (a < b) {
      long mid = a + (b - a) / 2;
      if (diff.applyAsDouble(mid) > 0) {
        a = mid + 1;
      } else {
        b = mid;
      }
    }
    return a;
  }

  /** The k &gt; 0 with ψ(k) = y (Minka 2000, "Estimating a Dirichlet distribution", appendix C). */
  static double inverseDigamma(double y) {
    double start = y >= -2.22 ? Math.exp(y) + 0.5 : -1 / (y + 0.5772156649015329);
    return positiveRoot(k -> Digamma.value(k) - y, Trigamma::value, start);
  }

  /**
   * ln k − ψ(k), accurate also for large k where both terms are close: below 20 directly, above by
   * the asymptotic series 1/(2k) + Σ B₂ⱼ/(2j k²ʲ) (Abramowitz and Stegun 6.3.18), whose first
   * omitted term is below 3e-16 of the sum there.
   */
  static double logMinusDigamma(double k) {
    if (k < 20) {
      return Math.log(k) - Digamma.value(k);
    }
    double r = 1 / (k * k);
    double series = r * (1.0 / 12 - r * (1.0 / 120 - r * (1.0 / 252 - r * (1.0 / 240 - r / 132))));
    return 0.5 / k + series;
  }

  /** d/dk (ln k − ψ(k)) = 1/k − ψ′(k), negative. */
  static double logMinusDigammaDerivative(double k) {
    if (k < 20) {
      return 1 / k - Trigamma.value(k);
    }
    double r = 1 / (k * k);
    return -0.5 * r - r / k * (1.0 / 6 - r * (1.0 / 30 - r * (1.0 / 42 - r / 30)));
  }

  /**
   * t − ln(1 + t) for t &gt; −1, by its series t²/2 − t³/3 + ... below |t| = 0.01 (no
   * cancellation).
   */
  static double log1pGap(double t) {
    if (Math.abs(t) < 0.01) {
      double sum = 0;
      double power = t;
      for (int j = 2; j <= 12; j++) {
        power *= -t;
        sum -= power / j;
      }
      return sum;
    }
    return t - Math.log1p(t);
  }
}
