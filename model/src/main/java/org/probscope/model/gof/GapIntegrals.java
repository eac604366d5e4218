package org.probscope.model.gof;

import java.util.Arrays;
import java.util.stream.DoubleStream;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.StopLoss;
import org.probscope.model.numeric.AdaptiveQuadrature;

/**
 * ∫|F(x) − k/n| dx over one gap [xᵢ, xᵢ₊₁] between order statistics, where Fₙ = k/n is constant;
 * see {@link Wasserstein1} for the method and its accuracy. Stateless apart from the target's
 * constants, so the blocks of {@link OrderStatisticPass} can share one instance.
 */
final class GapIntegrals {

  /** Relative error allowed in each piece, so in their sum. */
  static final double TOLERANCE = 1e-11;

  private final TailSafeCdf cdf;
  private final Distribution target;
  private final int n;
  private final boolean cheapMoment;
  private final double[] features;
  private final MomentDifferences moments;
  private final LatticeGaps lattice;

  GapIntegrals(TailSafeCdf cdf, int n) {
    this.cdf = cdf;
    this.target = cdf.target();
    this.n = n;
    StopLoss stopLoss = StopLoss.of(target);
    this.cheapMoment = stopLoss.hasCheapPartialCentralMoment() && stopLoss.hasFiniteFirstMoment();
    this.features = features(target);
    this.moments = new MomentDifferences(stopLoss, n);
    this.lattice = target.isDiscrete() ? new LatticeGaps(cdf, n, moments) : null;
  }

  /** Finite support ends and modes: where F'' jumps or is unbounded. */
  private static double[] features(Distribution target) {
    double[] modes = target.isDiscrete() ? new double[0] : target.modes().points();
    return DoubleStream.concat(
            DoubleStream.of(target.supportLower(), target.supportUpper()), Arrays.stream(modes))
        .filter(Double::isFinite)
        .sorted()
        .distinct()
        .toArray();
  }

  /** Whether no support end or mode lies in [lo, hi], so curvature estimates there are sound. */
  boolean smoothOn(double lo, double hi) {
    for (double f : features) {
      if (f >= lo && f <= hi) {
        return false;
      }
    }
    return true;
  }

  /**
   * ∫ₐᵇ |F − k/n| for an integer-supported discrete target; see {@link LatticeGaps}.
   *
   * @param ga F(a) − k/n
   * @param gb F(b) − k/n
   */
  double discrete(double a, double b, int k, double ga, double gb) {
    return lattice.integral(a, b, k, ga, gb);
  }

  private double g(double x, int k) {
    return cdf.cdfMinus(x, k, n);
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
    if (!(b > a)) {
      return 0;
    }
    double total = 0;
    double from = a;
    double gFrom = ga;
    for (double f : features) {
      if (f > a && f < b) {
        double gf = g(f, k);
        total += signDefinite(from, f, k, gFrom, gf, Double.NaN, Double.NaN);
        from = f;
        gFrom = gf;
      }
    }
    return total + signDefinite(from, b, k, gFrom, gb, curvature, uncertainty);
  }

  /** Splits [u, v] where g changes sign, at F⁻¹(k/n). */
  private double signDefinite(
      double u, double v, int k, double gu, double gv, double curvature, double uncertainty) {
    if (!(gu < 0 && gv > 0)) {
      return piece(u, v, k, gu, gv, curvature, uncertainty);
    }
    double q = crossing(u, v, k, gu, gv);
    double gq = g(q, k);
    return piece(u, q, k, gu, gq, curvature, uncertainty)
        + piece(q, v, k, gq, gv, curvature, uncertainty);
  }

  /**
   * The root of g in (u, v): the target's quantile (from the survival side above the median),
   * polished by regula falsi with the Illinois step until |g| is below 1e-6 of |g| at the ends,
   * which makes the error of the split (about g(q)²/f) negligible.
   */
  private double crossing(double u, double v, int k, double gu, double gv) {
    double q =
        2L * k <= n
            ? target.quantile((double) k / n)
            : target.inverseSurvival((double) (n - k) / n);
    double lo = u;
    double hi = v;
    double glo = gu;
    double ghi = gv;
    double goal = 1e-6 * Math.min(-gu, gv);
    int side = 0;
    for (int iteration = 0; iteration < 200; iteration++) {
      if (!(q > lo && q < hi)) {
        double t = -glo / (ghi - glo);
        q = lo * (1 - t) + hi * t;
        if (!(q > lo && q < hi)) {
          q = lo / 2 + hi / 2;
          if (!(q > lo && q < hi)) {
            return lo;
          }
        }
      }
      double gq = g(q, k);
      if (Math.abs(gq) <= goal) {
        return q;
      }
      if (gq < 0) {
        lo = q;
        glo = gq;
        ghi = side < 0 ? ghi / 2 : ghi;
        side = -1;
      } else {
        hi = q;
        ghi = gq;
        glo = side > 0 ? glo / 2 : glo;
        side = 1;
      }
      q = Double.NaN;
    }
    return lo / 2 + hi / 2;
  }

  /** ∫ᵤᵛ |g| where g does not change sign on [u, v]. */
  private double piece(
      double u, double v, int k, double gu, double gv, double curvature, double uncertainty) {
    double half = v / 2 - u / 2;
    if (!(half > 0)) {
      return 0;
    }
    double low = Math.min(Math.abs(gu), Math.abs(gv));
    double high = Math.max(Math.abs(gu), Math.abs(gv));
    // |g| is monotone here, so the integral lies in [low, high]·h and the trapezoid is within
    // (high − low)·h/2 of it
    if (high - low <= TOLERANCE * low) {
      return half * (low + high);
    }
    double h = 2 * half;
    double cubic = h * h * h / 12;
    if (Double.isFinite(uncertainty) && Double.isFinite(cubic)) {
      double signed = half * (gu + gv) - cubic * curvature;
      if (2 * cubic * uncertainty <= TOLERANCE * Math.abs(signed)
          && Math.signum(signed) == Math.signum(gu + gv)) {
        return Math.abs(signed);
      }
    }
    double simpson = simpsonPair(u, v, k, gu, gv, half);
    if (!Double.isNaN(simpson)) {
      return simpson;
    }
    if (cheapMoment) {
      double closed = moments.closedForm(u, v, k, gu, gv);
      if (!Double.isNaN(closed)) {
        return closed;
      }
    }
    return Math.abs(
        AdaptiveQuadrature.monotone(t -> g(t, k), u, v, gu, gv, TOLERANCE, Double.MIN_NORMAL));
  }

  /**
   * Simpson's rule on [u, v] and on its two halves (three new evaluations), accepted when the two
   * agree to {@link #TOLERANCE} (the error of the halves is about a fifteenth of their difference)
   * and no quarter of [u, v] holds more than 40 % of g's rise, as none does where F is smooth on
   * the scale of the piece (about 25 % each); NaN otherwise.
   */
  private double simpsonPair(double u, double v, int k, double gu, double gv, double half) {
    double m = u / 2 + v / 2;
    double q1 = u / 2 + m / 2;
    double q3 = m / 2 + v / 2;
    if (!(q1 > u && m > q1 && q3 > m && v > q3)) {
      return Double.NaN;
    }
    double g1 = g(q1, k);
    double gm = g(m, k);
    double g3 = g(q3, k);
    double rise = Math.abs(gv - gu);
    double largestQuarter =
        Math.max(
            Math.max(Math.abs(g1 - gu), Math.abs(gm - g1)),
            Math.max(Math.abs(g3 - gm), Math.abs(gv - g3)));
    double whole = half / 3 * (gu + 4 * gm + gv);
    double halves = half / 6 * (gu + 4 * g1 + 2 * gm + 4 * g3 + gv);
    boolean oneSign = Math.signum(whole) == Math.signum(halves);
    return oneSign
            && largestQuarter <= 0.4 * rise
            && Math.abs(halves - whole) <= TOLERANCE * Math.abs(halves)
        ? Math.abs(halves + (halves - whole) / 15)
        : Double.NaN;
  }
}
