package org.probscope.model.numeric;

import java.util.function.DoubleUnaryOperator;

/**
 * Globally adaptive Gauss–Kronrod quadrature (the 7-point Gauss, 15-point Kronrod pair of
 * QUADPACK's {@code qk15}, Piessens et al. 1983): the interval with the largest error estimate is
 * bisected until the summed estimate is within {@code max(absTol, relTol·|result|)}.
 *
 * <p>{@link #monotone} adds what a monotone integrand (a CDF, a survival function, F − c) allows:
 * the rule's value and the true integral over [c, d] both lie between f(c)·(d − c) and f(d)·(d −
 * c), so |f(d) − f(c)|·(d − c) bounds the error rigorously. When the 15 nodes see less than half of
 * that rise (a narrow target hidden in the 0.9 % of the interval outside the outermost nodes), the
 * Gauss–Kronrod estimate is not trusted: the error is the rigorous bound and the interval is split
 * at its outermost node on that side, so the feature is isolated instead of missed.
 *
 * <p>For a smooth integrand, an interval whose halves together estimate no smaller an error than it
 * did is taken as converged: what is left is the integrand's rounding noise.
 *
 * <p>Midpoints are {@code c/2 + d/2} and half widths {@code d/2 − c/2}, so an interval as wide as
 * [−1e308, 1e308] neither overflows nor loses its midpoint. Nothing here throws: an integrand that
 * returns NaN makes the result NaN, and the interval budget ends refinement with the best estimate.
 */
public final class AdaptiveQuadrature {

  private static final double[] XK = {
    0.991455371120812639206854697526329,
    0.949107912342758524526189684047851,
    0.864864423359769072789712788640926,
    0.741531185599394439863864773280788,
    0.586087235467691130294144845693013,
    0.405845151377397166906606412076961,
    0.207784955007898467600689403773245,
    0.0
  };

  private static final double[] WK = {
    0.022935322010529224963732008058970,
    0.063092092629978553290700663189204,
    0.104790010322250183839876322541518,
    0.140653259715525918745189590510238,
    0.169004726639267902826583426598550,
    0.190350578064785409913256402421014,
    0.204432940075298892414161999234649,
    0.209482141084727828012999174891714
  };

  /** Gauss weights of the nodes XK[1], XK[3], XK[5], XK[7]. */
  private static final double[] WG = {
    0.129484966168869693270611432679082,
    0.279705391489276667901467771423780,
    0.381830050505118944950369775488975,
    0.417959183673469387755102040816327
  };

  /**
   * Share of the rise that may lie outside the outermost nodes before an interval is distrusted.
   */
  private static final double HIDDEN_SHARE = 0.5;

  private static final int MAX_INTERVALS = 400;

  /** Most integrals converge on one or a few intervals: the arrays grow from this. */
  private static final int INITIAL_INTERVALS = 8;

  private AdaptiveQuadrature() {}

  /** ∫ₐᵇ f for a smooth f; {@code a ≤ b} finite. */
  public static double smooth(
      DoubleUnaryOperator f, double a, double b, double relTol, double absTol) {
    return new Run(f, false, relTol, absTol).integrate(a, b, Double.NaN, Double.NaN);
  }

  /** ∫ₐᵇ f for an f monotone on [a, b], with f(a) and f(b) given (they are not evaluated again). */
  public static double monotone(
      DoubleUnaryOperator f,
      double a,
      double b,
      double fa,
      double fb,
      double relTol,
      double absTol) {
    return new Run(f, true, relTol, absTol).integrate(a, b, fa, fb);
  }

  /** One integration: the intervals as parallel arrays, the worst one refined first. */
  private static final class Run {
    private final DoubleUnaryOperator f;
    private final boolean monotone;
    private final double relTol;
    private final double absTol;
    private double[] lo = new double[INITIAL_INTERVALS];
    private double[] hi = new double[INITIAL_INTERVALS];
    private double[] fLo = new double[INITIAL_INTERVALS];
    private double[] fHi = new double[INITIAL_INTERVALS];
    private double[] value = new double[INITIAL_INTERVALS];
    private double[] error = new double[INITIAL_INTERVALS];
    private double[] split = new double[INITIAL_INTERVALS];
    private int count;

    Run(DoubleUnaryOperator f, boolean monotone, double relTol, double absTol) {
      this.f = f;
      this.monotone = monotone;
      this.relTol = relTol;
      this.absTol = absTol;
    }

    double integrate(double a, double b, double fa, double fb) {
      if (!(b > a)) {
        return 0;
      }
      add(a, b, fa, fb);
      while (true) {
        double total = 0;
        double totalError = 0;
        int worst = 0;
        for (int i = 0; i < count; i++) {
          total += value[i];
          totalError += error[i];
          if (error[i] > error[worst]) {
            worst = i;
          }
        }
        if (!(totalError > Math.max(absTol, relTol * Math.abs(total)))
            || count + 1 >= MAX_INTERVALS) {
          return total;
        }
        double c = lo[worst];
        double d = hi[worst];
        double m = split[worst];
        if (!(m > c && m < d)) {
          error[worst] = 0; // the interval cannot be split further in double precision
          continue;
        }
        double fm = f.applyAsDouble(m);
        double fd = fHi[worst];
        double fc = fLo[worst];
        double parentError = error[worst];
        count--;
        move(count, worst);
        add(c, m, fc, fm);
        add(m, d, fm, fd);
        if (!monotone && error[count - 1] + error[count - 2] >= parentError) {
          // halving did not shrink the estimate: it measures the integrand's own rounding noise
          // (a ratio of densities near 1e-2000 carries ~1e-12), which no refinement removes
          error[count - 1] = 0;
          error[count - 2] = 0;
        }
      }
    }

    private void move(int from, int to) {
      lo[to] = lo[from];
      hi[to] = hi[from];
      fLo[to] = fLo[from];
      fHi[to] = fHi[from];
      value[to] = value[from];
      error[to] = error[from];
      split[to] = split[from];
    }

    private void add(double c, double d, double fc, double fd) {
      if (count == lo.length) {
        int size = Math.min(MAX_INTERVALS, 2 * count);
        lo = java.util.Arrays.copyOf(lo, size);
        hi = java.util.Arrays.copyOf(hi, size);
        fLo = java.util.Arrays.copyOf(fLo, size);
        fHi = java.util.Arrays.copyOf(fHi, size);
        value = java.util.Arrays.copyOf(value, size);
        error = java.util.Arrays.copyOf(error, size);
        split = java.util.Arrays.copyOf(split, size);
      }
      int i = count++;
      double centre = c / 2 + d / 2;
      double half = d / 2 - c / 2;
      double fCentre = f.applyAsDouble(centre);
      double kronrod = WK[7] * fCentre;
      double gauss = WG[3] * fCentre;
      double first = Double.NaN;
      double last = Double.NaN;
      for (int j = 0; j < 7; j++) {
        double left = f.applyAsDouble(centre - half * XK[j]);
        double right = f.applyAsDouble(centre + half * XK[j]);
        if (j == 0) {
          first = left;
          last = right;
        }
        kronrod += WK[j] * (left + right);
        if (j % 2 == 1) {
          gauss += WG[j / 2] * (left + right);
        }
      }
      lo[i] = c;
      hi[i] = d;
      fLo[i] = fc;
      fHi[i] = fd;
      value[i] = kronrod * half;
      double estimate = Math.abs((kronrod - gauss) * half);
      split[i] = centre;
      if (monotone) {
        double rise = Math.abs(fd - fc);
        double bound = 2 * rise * half;
        double hiddenLeft = Math.abs(first - fc);
        double hiddenRight = Math.abs(fd - last);
        if (hiddenLeft + hiddenRight > HIDDEN_SHARE * rise) {
          estimate = bound;
          split[i] = hiddenLeft >= hiddenRight ? centre - half * XK[0] : centre + half * XK[0];
        } else {
          estimate = Math.min(estimate, bound);
        }
      }
      error[i] = Double.isNaN(value[i]) ? 0 : estimate;
    }
  }
}
