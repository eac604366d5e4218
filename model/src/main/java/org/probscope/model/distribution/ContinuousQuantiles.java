package org.probscope.model.distribution;

/**
 * The quantile polisher every continuous family shares. A library's inverse CDF is a starting point
 * only: Commons Statistics solves on the CDF in both halves (so an upper quantile at p = 1 − 1e-15
 * is known to no better than 1e-15 / (1 − p), 18% for f(0.5, 0.5)) and clamps or stops early in the
 * far tails. Here the answer is the smallest double x with F(x) &ge; p, found by bracketing and
 * bisection on the logarithm of the smaller tail: ln F(x) − ln p below the median, ln q − ln S(x)
 * above it (q = 1 − p, exact there), so F(Q(p)) = p to the rounding of F wherever x is a double.
 *
 * <p>Method: the start is expanded, in steps that grow 16-fold over the ordered bit patterns of the
 * doubles, until the root is bracketed within the support; then Illinois (modified regula falsi)
 * steps alternate with bisections of the bit patterns, which reach adjacent doubles in at most 64
 * steps from any bracket (−1e300 to 1e300 included). A start whose CDF equals p exactly is kept, so
 * a symmetric law's median is its centre and not a neighbour on the same rounding plateau. A
 * quantile beyond the largest double is ±∞ (the true value rounds there).
 */
final class ContinuousQuantiles {

  private static final int MAX_ITERATIONS = 400;

  private ContinuousQuantiles() {}

  /** The smallest x with F(x) &ge; p, p in (0, 1). */
  static double quantile(ContinuousLaw law, double p) {
    if (p <= 0.5) {
      return solve(law, new LowerTail(law, p), start(law, p, true));
    }
    return solve(law, new UpperTail(law, 1 - p), start(law, p, true));
  }

  /** The x with S(x) = q, q in (0, 1): the smallest x with S(x) &le; q. */
  static double inverseSurvival(ContinuousLaw law, double q) {
    if (q <= 0.5) {
      return solve(law, new UpperTail(law, q), start(law, q, false));
    }
    return solve(law, new LowerTail(law, 1 - q), start(law, q, false));
  }

  private static double start(ContinuousLaw law, double level, boolean cumulative) {
    try {
      return law.quantileStart(level, cumulative);
    } catch (RuntimeException e) {
      // a library root finder that gave up is no answer, only no starting point
      return Double.NaN;
    }
  }

  /** An increasing function of x whose first non-negative value marks the quantile. */
  private interface Gap {
    double at(double x);

    /** The start is kept when its probability equals the level exactly. */
    boolean exact(double x);
  }

  private record LowerTail(ContinuousLaw law, double p) implements Gap {
    @Override
    public double at(double x) {
      double f = law.cumulativeProbability(x);
      if (f >= Double.MIN_NORMAL && p >= Double.MIN_NORMAL) {
        // compare probabilities directly where both are normal doubles: exact ordering
        return f >= p ? Math.max(Math.log(f / p), 0) : Math.min(Math.log(f / p), -Double.MIN_VALUE);
      }
      double gap = law.logCumulativeProbability(x) - Math.log(p);
      return Double.isNaN(gap) ? Double.NEGATIVE_INFINITY : gap;
    }

    @Override
    public boolean exact(double x) {
      return law.cumulativeProbability(x) == p;
    }
  }

  private record UpperTail(ContinuousLaw law, double q) implements Gap {
    @Override
    public double at(double x) {
      double s = law.survivalProbability(x);
      if (s >= Double.MIN_NORMAL && q >= Double.MIN_NORMAL) {
        return s <= q ? Math.max(Math.log(q / s), 0) : Math.min(Math.log(q / s), -Double.MIN_VALUE);
      }
      double gap = Math.log(q) - law.logSurvivalProbability(x);
      return Double.isNaN(gap) ? Double.NEGATIVE_INFINITY : gap;
    }

    @Override
    public boolean exact(double x) {
      return law.survivalProbability(x) == q;
    }
  }

  private static double solve(ContinuousLaw law, Gap gap, double start) {
    double lower = law.getSupportLowerBound();
    double upper = law.getSupportUpperBound();
    double lowEnd = Math.max(lower, -Double.MAX_VALUE);
    double highEnd = Math.min(upper, Double.MAX_VALUE);
    double x0 = Double.isNaN(start) ? Double.NaN : Math.min(Math.max(start, lowEnd), highEnd);
    double lo;
    double hi;
    double gLo;
    double gHi;
    if (Double.isNaN(x0)) {
      lo = lowEnd;
      hi = highEnd;
      gLo = gap.at(lo);
      gHi = gap.at(hi);
    } else {
      if (gap.exact(x0)) {
        return x0;
      }
      double g0 = gap.at(x0);
      if (g0 >= 0) {
        hi = x0;
        gHi = g0;
        lo = x0;
        gLo = g0;
        for (long step = 1 << 10; gLo >= 0 && lo > lowEnd; step *= 16) {
          hi = lo;
          gHi = gLo;
          lo = Math.max(shift(hi, -step), lowEnd);
          gLo = gap.at(lo);
          if (step > Long.MAX_VALUE / 32) {
            step = Long.MAX_VALUE / 32;
          }
        }
      } else {
        lo = x0;
        gLo = g0;
        hi = x0;
        gHi = g0;
        for (long step = 1 << 10; gHi < 0 && hi < highEnd; step *= 16) {
          lo = hi;
          gLo = gHi;
          hi = Math.min(shift(lo, step), highEnd);
          gHi = gap.at(hi);
          if (step > Long.MAX_VALUE / 32) {
            step = Long.MAX_VALUE / 32;
          }
        }
      }
    }
    if (gLo >= 0) {
      // the whole support (or the double range) lies at or above the level
      return lo == lower ? lower : Double.NEGATIVE_INFINITY;
    }
    if (gHi < 0) {
      return hi == upper ? upper : Double.POSITIVE_INFINITY;
    }
    return bisect(gap, lo, gLo, hi, gHi);
  }

  /** Narrows [lo, hi] with gap(lo) &lt; 0 &le; gap(hi) to adjacent doubles; returns hi. */
  private static double bisect(Gap gap, double lo, double gLo, double hi, double gHi) {
    int side = 0;
    for (int i = 0; i < MAX_ITERATIONS && apart(lo, hi); i++) {
      double x = Double.NaN;
      if (i % 3 != 2 && Double.isFinite(gLo) && Double.isFinite(gHi) && gHi > gLo) {
        x = lo - gLo * ((hi - lo) / (gHi - gLo));
      }
      if (!(x > lo && x < hi)) {
        x = midpoint(lo, hi);
      }
      double g = gap.at(x);
      if (g >= 0) {
        hi = x;
        gHi = g;
        if (side == 1) {
          gLo /= 2;
        }
        side = 1;
      } else {
        lo = x;
        gLo = g;
        if (side == -1) {
          gHi /= 2;
        }
        side = -1;
      }
    }
    return hi;
  }

  /**
   * Whether doubles lo &lt; hi are more than one position apart. Their distance in the order of
   * doubles is below 2⁶⁴ but may exceed Long.MAX_VALUE (−1e308 to 1e308): compared unsigned.
   */
  private static boolean apart(double lo, double hi) {
    return Long.compareUnsigned(order(hi) - order(lo), 1) > 0;
  }

  /** The double {@code steps} positions above (below, if negative) x in the order of doubles. */
  private static double shift(double x, long steps) {
    long o = order(x);
    long target = steps > 0 && o > Long.MAX_VALUE - steps ? Long.MAX_VALUE : o + steps;
    if (steps < 0 && o < Long.MIN_VALUE - steps) {
      target = Long.MIN_VALUE;
    }
    return fromOrder(target);
  }

  private static double midpoint(double lo, double hi) {
    long a = order(lo);
    long b = order(hi);
    return fromOrder((a >> 1) + (b >> 1) + (a & b & 1));
  }

  /** A long that orders like the double: -0.0 and 0.0 both map to 0. */
  static long order(double x) {
    long bits = Double.doubleToRawLongBits(x);
    return bits >= 0 ? bits : -(bits & Long.MAX_VALUE);
  }

  private static double fromOrder(long o) {
    if (o > order(Double.MAX_VALUE)) {
      return Double.MAX_VALUE;
    }
    if (o < -order(Double.MAX_VALUE)) {
      return -Double.MAX_VALUE;
    }
    return o >= 0 ? Double.longBitsToDouble(o) : -Double.longBitsToDouble(-o);
  }
}
