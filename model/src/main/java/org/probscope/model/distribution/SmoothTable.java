package org.probscope.model.distribution;

/**
 * Tails of a unimodal, log-concave law too wide to sum mass by mass (a negative binomial with a
 * tiny p spans up to 4·10¹⁰ values), from sums over blocks whose length follows the mass's own
 * scale.
 *
 * <p>Where the log mass changes by at most {@link EulerMaclaurin#SMOOTH_SLOPE} per value, a block's
 * sum is the {@link EulerMaclaurin} formula, its integral by 16-point Gauss–Legendre (a block spans
 * at most a change of 4 in ln f, and at most one standard deviation, where the rule is exact to
 * rounding); the corrections at every block's ends are kept, so a tail inside a block costs one
 * rule and one end's correction. Elsewhere (near a support end where the mass turns fast) blocks of
 * {@value #EXACT_BLOCK} values are summed mass by mass. Sums beyond the window (within e^−690 of
 * the mode's mass) are {@link EulerMaclaurin#tailUp} and {@link EulerMaclaurin#tailDown}. Every sum
 * is in units of the mode's mass and every probability a ratio to the total, so F + S = 1 to
 * rounding. Cost: a few hundred blocks of ~25 log masses once, then one block's sum a call.
 */
final class SmoothTable {

  private static final double WINDOW_LOG = 690;
  private static final double SMOOTH_SLOPE = EulerMaclaurin.SMOOTH_SLOPE;
  private static final int EXACT_BLOCK = 64;
  private static final int SHORT = 16;

  private final DiscreteLaw law;
  private final double logUnit;
  private final double[] starts;
  private final double[] below;
  private final double[] above;
  // per block: whether it is summed by Euler–Maclaurin, and its end corrections there
  private final boolean[] smooth;
  private final double[] startCorrection;
  private final double[] endCorrection;
  private final double total;
  private final int medianBlock;

  private SmoothTable(DiscreteLaw law, double mode, double sd) {
    this.law = law;
    this.logUnit = law.logMass(mode);
    double cut = logUnit - WINDOW_LOG;
    double lo = law.edge(mode, cut, -1);
    double hi = law.edge(mode, cut, +1);
    java.util.List<double[]> blockList = new java.util.ArrayList<>();
    for (double a = lo; a <= hi; ) {
      double slope = slope(a);
      boolean isSmooth = slope <= SMOOTH_SLOPE && a - 2 >= law.lower();
      double length = isSmooth ? Math.max(SHORT, Math.floor(Math.min(sd, 4 / slope))) : EXACT_BLOCK;
      double b = Math.min(a + length - 1, hi);
      isSmooth = isSmooth && b - a >= SHORT && slope(b) <= 2 * SMOOTH_SLOPE;
      double first = isSmooth ? startCorrection(a) : Double.NaN;
      double last = isSmooth ? endCorrection(b) : Double.NaN;
      double sum = isSmooth ? integral(a, b) + first + last : direct(a, b);
      blockList.add(new double[] {a, sum, isSmooth ? 1 : 0, first, last});
      a = b + 1;
    }
    int blocks = blockList.size();
    starts = new double[blocks + 1];
    below = new double[blocks + 1];
    above = new double[blocks + 1];
    smooth = new boolean[blocks];
    startCorrection = new double[blocks];
    endCorrection = new double[blocks];
    Sum running = new Sum();
    running.add(lo > law.lower() ? f(lo - 1) * tailDown(lo - 1) : 0);
    for (int j = 0; j < blocks; j++) {
      double[] block = blockList.get(j);
      starts[j] = block[0];
      smooth[j] = block[2] == 1;
      startCorrection[j] = block[3];
      endCorrection[j] = block[4];
      below[j] = running.value();
      running.add(block[1]);
    }
    starts[blocks] = hi + 1;
    below[blocks] = running.value();
    Sum fromTop = new Sum();
    fromTop.add(hi < law.upper() ? f(hi + 1) * tailUp(hi + 1) : 0);
    above[blocks] = fromTop.value();
    for (int j = blocks - 1; j >= 0; j--) {
      fromTop.add(blockList.get(j)[1]);
      above[j] = fromTop.value();
    }
    total = below[blocks] + above[blocks];
    int m = 0;
    while (m < blocks - 1 && below[m + 1] < 0.5 * total) {
      m++;
    }
    medianBlock = m;
  }

  /**
   * @param law the law
   * @param mode a value where its mass is largest (or next to it)
   * @param sd its standard deviation, the longest a block may be
   */
  static SmoothTable of(DiscreteLaw law, double mode, double sd) {
    return new SmoothTable(law, mode, sd);
  }

  double cdf(double k) {
    int j = block(k);
    double lower = smallerLower(j, k);
    return lower >= 0 ? lower / total : 1 - upperPart(j, k) / total;
  }

  double survival(double k) {
    int j = block(k);
    double lower = smallerLower(j, k);
    return lower >= 0 ? 1 - lower / total : upperPart(j, k) / total;
  }

  double logCdf(double k) {
    int j = block(k);
    double lower = smallerLower(j, k);
    if (lower < 0) {
      return Math.log1p(-upperPart(j, k) / total);
    }
    if (j >= 0 && lower / total >= DiscreteLaw.SMALLEST_TRUSTED) {
      return Math.log(lower / total);
    }
    // below the window the tail may underflow even in units of the mode's mass
    double log = j < 0 ? logF(k) + Math.log(tailDown(k)) : Math.log(lower);
    return log - Math.log(total);
  }

  double logSurvival(double k) {
    int j = block(k);
    double lower = smallerLower(j, k);
    if (lower >= 0) {
      return Math.log1p(-lower / total);
    }
    if (j < starts.length - 1) {
      double upper = upperPart(j, k);
      return upper / total >= DiscreteLaw.SMALLEST_TRUSTED
          ? Math.log(upper / total)
          : Math.log(upper) - Math.log(total);
    }
    // above the window the tail may underflow even in units of the mode's mass
    return logF(k + 1) + Math.log(tailUp(k + 1)) - Math.log(total);
  }

  /**
   * Σ_{i ≤ k} f(i) when the cdf is the smaller tail at k (in block j), the one to sum; −1 when the
   * survival function is.
   */
  private double smallerLower(int j, double k) {
    if (j > medianBlock) {
      return -1;
    }
    double lower = lowerPart(j, k);
    return j < medianBlock || lower <= 0.5 * total ? lower : -1;
  }

  /** Σ_{i ≤ k} f(i). */
  private double lowerPart(int j, double k) {
    if (j < 0) {
      return f(k) * tailDown(k);
    }
    double a = starts[j];
    double part =
        smooth[j] && k - a >= SHORT
            ? integral(a, k) + startCorrection[j] + endCorrection(k)
            : direct(a, k);
    return below[j] + part;
  }

  /** Σ_{i > k} f(i). */
  private double upperPart(int j, double k) {
    if (j >= starts.length - 1) {
      return f(k + 1) * tailUp(k + 1);
    }
    double end = starts[j + 1] - 1;
    if (k + 1 > end) {
      return above[j + 1];
    }
    double part =
        smooth[j] && end - (k + 1) >= SHORT
            ? integral(k + 1, end) + startCorrection(k + 1) + endCorrection[j]
            : direct(k + 1, end);
    return above[j + 1] + part;
  }

  /** The block holding k: −1 below the window, the block count above it. */
  private int block(double k) {
    if (k < starts[0]) {
      return -1;
    }
    int lo = 0;
    int hi = starts.length - 1;
    if (k >= starts[hi]) {
      return hi;
    }
    while (hi - lo > 1) {
      int middle = (lo + hi) >>> 1;
      if (starts[middle] <= k) {
        lo = middle;
      } else {
        hi = middle;
      }
    }
    return lo;
  }

  /** The mass at x in units of the mode's, continued between whole numbers. */
  private double f(double x) {
    return Math.exp(logF(x));
  }

  private double logF(double x) {
    return law.logMass(x) - logUnit;
  }

  private double slope(double k) {
    return EulerMaclaurin.slope(law, k);
  }

  /** Σ_{i=a}^{b} f(i) mass by mass, a ≤ b, for short or steep runs. */
  private double direct(double a, double b) {
    double m = f(a);
    Sum s = new Sum();
    s.add(m);
    for (double i = a; i < b; i++) {
      m *= law.massRatio(i);
      s.add(m);
    }
    return s.value();
  }

  private double integral(double a, double b) {
    return EulerMaclaurin.integral(law, a, b, logUnit);
  }

  private double startCorrection(double a) {
    return EulerMaclaurin.startCorrection(this::f, a);
  }

  private double endCorrection(double b) {
    return EulerMaclaurin.endCorrection(this::f, b);
  }

  private double tailUp(double a) {
    return EulerMaclaurin.tailUp(law, a);
  }

  private double tailDown(double b) {
    return EulerMaclaurin.tailDown(law, b);
  }
}
