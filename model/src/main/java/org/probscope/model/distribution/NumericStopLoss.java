package org.probscope.model.distribution;

import java.util.function.DoubleUnaryOperator;
import org.probscope.model.numeric.AdaptiveQuadrature;

/**
 * Stop-loss transforms by quadrature, for families without a closed form (the truncated normal) and
 * for any other {@link Distribution}: C(x) = ∫₋∞ˣ F and Σ(x) = ∫ₓ^∞ S over panels whose ends are
 * the quantiles where the tail probability halves (p(x)/2, p(x)/4, …, and, when x lies in the other
 * tail, the points where that tail halves on the way to the median), so a panel never holds more
 * than half of what is left and no narrow body hides in a wide panel. Each panel is integrated by
 * {@link AdaptiveQuadrature#monotone} to 1e-14 relative. A finite support end stops the panels once
 * what is left is below 1e-17 of the total; an infinite one once the panels shrink geometrically
 * and their extrapolated remainder is below 1e-16 of the total, and a sum whose panels stop
 * shrinking diverges (+∞: no finite first moment in that tail).
 */
final class NumericStopLoss {

  private static final double PANEL_TOLERANCE = 1e-14;
  private static final int MAX_PANELS = 2_400;

  private NumericStopLoss() {}

  /** Both sides by quadrature. */
  static StopLossForm numeric(Distribution d) {
    double mean = d.mean();
    return new StopLossForm() {
      @Override
      public double mean() {
        return mean;
      }

      @Override
      public double pivot() {
        return Double.isFinite(mean) ? mean : Double.POSITIVE_INFINITY;
      }

      @Override
      public double lower(double x) {
        return lowerIntegral(d, x);
      }

      @Override
      public double upper(double x) {
        return upperIntegral(d, x);
      }

      @Override
      public boolean bothSidesDirect() {
        return true;
      }

      @Override
      public boolean finiteFirstMoment() {
        return Double.isFinite(mean);
      }

      @Override
      public Distribution distribution() {
        return d;
      }
    };
  }

  /** Σ = +∞ (no finite mean above); C by quadrature. */
  static StopLossForm infiniteUpper(Distribution d) {
    return infinite(d, false, false);
  }

  /** Σ = +∞ and, when {@code bothTails}, C = +∞ as well (Cauchy, Student's t with ν ≤ 1). */
  static StopLossForm infinite(Distribution d, boolean bothTails) {
    return infinite(d, bothTails, false);
  }

  /** Σ = +∞ because μ is finite but beyond the largest double; C by quadrature. */
  static StopLossForm overflowing(Distribution d) {
    return infinite(d, false, true);
  }

  private static StopLossForm infinite(Distribution d, boolean bothTails, boolean overflow) {
    return new StopLossForm() {
      @Override
      public boolean finiteFirstMoment() {
        return overflow;
      }

      @Override
      public double mean() {
        return Double.POSITIVE_INFINITY;
      }

      @Override
      public double pivot() {
        return Double.POSITIVE_INFINITY;
      }

      @Override
      public double lower(double x) {
        return bothTails ? Double.POSITIVE_INFINITY : lowerIntegral(d, x);
      }

      @Override
      public double upper(double x) {
        return Double.POSITIVE_INFINITY;
      }

      @Override
      public Distribution distribution() {
        return d;
      }
    };
  }

  /** ∫₋∞ˣ F(t) dt. */
  static double lowerIntegral(Distribution d, double x) {
    double lower = d.supportLower();
    double upper = d.supportUpper();
    if (!(x > lower)) {
      return 0;
    }
    if (x > upper) {
      return lowerIntegral(d, upper) + (x - upper);
    }
    return new Tail(d::cdf, d::quantile, d::survival, d::inverseSurvival, -1, lower).integrate(x);
  }

  /** ∫ₓ^∞ S(t) dt. */
  static double upperIntegral(Distribution d, double x) {
    double lower = d.supportLower();
    double upper = d.supportUpper();
    if (!(x < upper)) {
      return 0;
    }
    if (x < lower) {
      return (lower - x) + upperIntegral(d, lower);
    }
    return new Tail(d::survival, d::inverseSurvival, d::cdf, d::quantile, +1, upper).integrate(x);
  }

  /**
   * One tail seen from x: {@code prob} is the tail probability that falls towards {@code end} in
   * {@code direction}, {@code quantile} its inverse; {@code other}/{@code otherQuantile} the
   * opposite tail, used for the panels between x and the median when x lies in that tail.
   */
  private record Tail(
      DoubleUnaryOperator prob,
      DoubleUnaryOperator quantile,
      DoubleUnaryOperator other,
      DoubleUnaryOperator otherQuantile,
      int direction,
      double end) {

    double integrate(double x) {
      double p0 = prob.applyAsDouble(x);
      if (!(p0 > 0)) {
        return 0;
      }
      Panels panels = new Panels(x, p0);
      if (p0 > 0.5) {
        double q0 = other.applyAsDouble(x);
        int first = q0 > 0 ? Math.min(1074, (int) Math.ceil(-Math.log(q0) / Math.log(2))) : 1074;
        for (int j = first; j >= 1 && !panels.done; j--) {
          panels.to(otherQuantile.applyAsDouble(Math.scalb(1.0, -j)));
        }
      }
      double start = Math.min(p0, 0.5);
      for (int j = 1; j <= 1074 && !panels.done; j++) {
        double p = Math.scalb(start, -j);
        if (p == 0) {
          break;
        }
        panels.to(quantile.applyAsDouble(p));
      }
      return panels.finish();
    }

    /** The panels integrated so far, walking from x towards the end. */
    private final class Panels {
      private double at;
      private double probAt;
      private double total;
      private double last = Double.NaN;
      private double ratio = Double.NaN;
      private int count;
      boolean done;

      Panels(double x, double p0) {
        this.at = x;
        this.probAt = p0;
      }

      /** Integrates up to t when t lies strictly beyond the current point (else skips it). */
      void to(double t) {
        if (Double.isNaN(t) || !((t - at) * direction > 0)) {
          return;
        }
        boolean reachesEnd = (end - t) * direction <= 0 || Double.isInfinite(t);
        double next = reachesEnd ? end : t;
        if (Double.isInfinite(next)) {
          return; // no finite point beyond: the remainder is extrapolated in finish()
        }
        double probNext = prob.applyAsDouble(next);
        double a = Math.min(at, next);
        double b = Math.max(at, next);
        double fa = direction > 0 ? probAt : probNext;
        double fb = direction > 0 ? probNext : probAt;
        double panel = AdaptiveQuadrature.monotone(prob, a, b, fa, fb, PANEL_TOLERANCE, 0);
        total += panel;
        ratio = last > 0 ? panel / last : Double.NaN;
        last = panel;
        at = next;
        probAt = probNext;
        count++;
        if (reachesEnd || count >= MAX_PANELS || Double.isNaN(total)) {
          done = true;
        } else if (Double.isFinite(end)) {
          double left = probAt * Math.abs(end - at);
          if (left <= 1e-17 * total) {
            total += 0.5 * left;
            done = true;
          }
        } else if (ratio < 0.9 && panel * ratio / (1 - ratio) <= 1e-16 * total) {
          total += panel * ratio / (1 - ratio);
          done = true;
        }
      }

      double finish() {
        if (done || !(probAt > 0)) {
          return total;
        }
        if (Double.isFinite(end)) {
          return total + 0.5 * probAt * Math.abs(end - at);
        }
        // the quantiles ran out (2^-1074) before the panels became negligible
        return ratio < 1 ? total + last * ratio / (1 - ratio) : Double.POSITIVE_INFINITY;
      }
    }
  }
}
