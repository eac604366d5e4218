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

  /** Lattice points of a discrete target walked one by one in a gap before closed forms. */
  static final int WALK = 4096;

  /** Lattice points walked when the closed forms cancel too much to be trusted. */
  static final long LONG_WALK = 1L << 22;

  /** Relative accuracy claimed for D(x) and for each g = F − k/n value (several ulps). */
  private static final double MOMENT_ACCURACY = 1e-13;

  private static final double VALUE_ACCURACY = 1e-15;

  private final TailSafeCdf cdf;
  private final Distribution target;
  private final int n;
  private final StopLoss stopLoss;
  private final boolean cheapMoment;
  private final double mean;
  private final double[] features;

  GapIntegrals(TailSafeCdf cdf, int n) {
    this.cdf = cdf;
    this.target = cdf.target();
    this.n = n;
    this.stopLoss = StopLoss.of(target);
    this.cheapMoment = stopLoss.hasCheapPartialCentralMoment() && stopLoss.hasFiniteFirstMoment();
    this.mean = stopLoss.mean();
    this.features = features(target);
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

  /** P(X = m), from the log mass where Commons' mass is not a probability (Pascal, r ≳ 400). */
  private double mass(double m) {
    double p = target.density(m);
    return p >= 0 && p <= 1 ? p : Math.exp(target.logDensity(m));
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
      double closed = closedForm(u, v, k, gu, gv);
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

  /**
   * |∫ᵤᵛ g| = |D(v) − D(u) + (v − μ)g(v) − (u − μ)g(u)| with D the target's partial central moment
   * (this is C(v) − C(u) − (k/n)(v − u) rearranged), or NaN when its error bound, from the accuracy
   * of D and of the g values times |x − μ|, exceeds {@link #TOLERANCE} of the result.
   */
  private double closedForm(double u, double v, int k, double gu, double gv) {
    double du = stopLoss.partialCentralMoment(u);
    double dv = stopLoss.partialCentralMoment(v);
    double armU = u - mean;
    double armV = v - mean;
    double value = dv - du + armV * gv - armU * gu;
    double level = (double) Math.min(k, n - k) / n + Math.max(Math.abs(gu), Math.abs(gv));
    double error =
        MOMENT_ACCURACY * (du + dv)
            + VALUE_ACCURACY * (Math.abs(armU) + Math.abs(armV)) * level
            + 4 * Math.ulp(Math.abs(dv - du) + Math.abs(armV * gv) + Math.abs(armU * gu));
    return Double.isFinite(value) && error <= TOLERANCE * Math.abs(value)
        ? Math.abs(value)
        : Double.NaN;
  }

  /**
   * ∫ₐᵇ |F − k/n| for an integer-supported discrete target, whose F is constant on [j, j + 1): the
   * cells are walked with F updated by the mass of each atom, from a upwards while F &lt; k/n and
   * from b downwards while F ≥ k/n, so each update adds terms of one sign; a gap of more than
   * {@link #WALK} atoms is split at the crossing atom and each part taken in closed form.
   */
  double discrete(double a, double b, int k, double ga, double gb) {
    if (!(b > a)) {
      return 0;
    }
    double first = Math.floor(a) + 1;
    if (!(first < b)) {
      return Math.abs(ga) * 2 * (b / 2 - a / 2);
    }
    double head = Math.abs(ga) * (first - a);
    double last = Math.ceil(b) - 1;
    double gLast = last == Math.floor(b) ? gb : gb - mass(b);
    double count = last - first + 1;
    if (count <= WALK) {
      return head + walk(first, last, b, ga + mass(first), gLast);
    }
    double q = crossingAtom(first, last, k);
    double split = q <= last ? q : b;
    double gFirst = g(first, k);
    double gSplit = q <= last ? g(q, k) : gb;
    double lowerPart = split > first ? closedForm(first, split, k, gFirst, gSplit) : 0;
    double upperPart = q <= last ? closedForm(q, b, k, gSplit, gb) : 0;
    if (Double.isNaN(lowerPart + upperPart) && count <= LONG_WALK) {
      return head + walk(first, last, b, gFirst, gLast);
    }
    if (Double.isNaN(lowerPart)) {
      lowerPart = Math.abs(rawClosedForm(first, split, gFirst, gSplit));
    }
    if (Double.isNaN(upperPart)) {
      upperPart = Math.abs(rawClosedForm(q, b, gSplit, gb));
    }
    return head + lowerPart + upperPart;
  }

  private double rawClosedForm(double u, double v, double gu, double gv) {
    return stopLoss.partialCentralMoment(v)
        - stopLoss.partialCentralMoment(u)
        + (v - mean) * gv
        - (u - mean) * gu;
  }

  /**
   * The smallest atom j in [first, last] with F(j) ≥ k/n, or last + 1 when there is none: the
   * target's quantile, checked against its neighbours and bisected when it is off.
   */
  private double crossingAtom(double first, double last, int k) {
    if (g(last, k) < 0) {
      return last + 1;
    }
    if (g(first, k) >= 0) {
      return first;
    }
    double q =
        2L * k <= n
            ? target.quantile((double) k / n)
            : target.inverseSurvival((double) (n - k) / n);
    if (q > first && q <= last && g(q, k) >= 0 && g(q - 1, k) < 0) {
      return q;
    }
    double lo = first; // g(lo) < 0
    double hi = last; // g(hi) ≥ 0
    while (hi - lo > 1) {
      double mid = Math.floor(lo / 2 + hi / 2);
      if (g(mid, k) < 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }

  /** Σ over the cells first..last of |g(j)|·width, the last cell ending at b. */
  private double walk(double first, double last, double b, double gFirst, double gLast) {
    double total = 0;
    double lo = first;
    double hi = last;
    double gl = gFirst;
    double gh = gLast;
    while (lo <= hi) {
      if (gl < 0) {
        total += -gl * (lo == last ? b - last : 1);
        lo++;
        if (lo <= hi) {
          gl += mass(lo);
        }
      } else if (gh > 0) {
        total += gh * (hi == last ? b - last : 1);
        hi--;
        if (hi >= lo) {
          gh -= mass(hi + 1);
        }
      } else {
        break; // g is 0 on the cells left: F = k/n there
      }
    }
    return total;
  }
}
