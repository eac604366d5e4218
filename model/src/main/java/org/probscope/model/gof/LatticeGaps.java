package org.probscope.model.gof;

import org.probscope.model.distribution.Distribution;

/**
 * ∫ₐᵇ |F − k/n| over one gap for an integer-supported discrete target, whose F is constant on [j, j
 * + 1): a lattice sum, walked atom by atom or, for long gaps, in closed form.
 */
final class LatticeGaps {

  /** Lattice points of a discrete target walked one by one in a gap before closed forms. */
  static final int WALK = 4096;

  /** Lattice points walked when the closed forms cancel too much to be trusted. */
  static final long LONG_WALK = 1L << 22;

  private final TailSafeCdf cdf;
  private final Distribution target;
  private final int n;
  private final MomentDifferences moments;

  LatticeGaps(TailSafeCdf cdf, int n, MomentDifferences moments) {
    this.cdf = cdf;
    this.target = cdf.target();
    this.n = n;
    this.moments = moments;
  }

  private double g(double x, int k) {
    return cdf.cdfMinus(x, k, n);
  }

  /** P(X = m), from the log mass where Commons' mass is not a probability (Pascal, r ≳ 400). */
  private double mass(double m) {
    double p = target.density(m);
    return p >= 0 && p <= 1 ? p : Math.exp(target.logDensity(m));
  }

  /**
   * ∫ₐᵇ |F − k/n| for an integer-supported discrete target, whose F is constant on [j, j + 1): the
   * cells are walked with F updated by the mass of each atom, from a upwards while F &lt; k/n and
   * from b downwards while F ≥ k/n, so each update adds terms of one sign; a gap of more than
   * {@link #WALK} atoms is split at the crossing atom and each part taken in closed form.
   */
  double integral(double a, double b, int k, double ga, double gb) {
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
    double lowerPart = split > first ? moments.closedForm(first, split, k, gFirst, gSplit) : 0;
    double upperPart = q <= last ? moments.closedForm(q, b, k, gSplit, gb) : 0;
    if (Double.isNaN(lowerPart + upperPart) && count <= LONG_WALK) {
      return head + walk(first, last, b, gFirst, gLast);
    }
    if (Double.isNaN(lowerPart)) {
      lowerPart = Math.abs(moments.raw(first, split, gFirst, gSplit));
    }
    if (Double.isNaN(upperPart)) {
      upperPart = Math.abs(moments.raw(q, b, gSplit, gb));
    }
    return head + lowerPart + upperPart;
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
