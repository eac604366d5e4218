package org.probscope.model.distribution;

/**
 * Exact tails of a unimodal {@link DiscreteLaw} from sums of its masses, built once and then read
 * in a few dozen steps: the cdf below the median and the survival function from it up.
 *
 * <p>The window [lo, hi] holds every k whose mass is within e^−{@value #WINDOW_LOG} of the mode's.
 * It is cut into blocks of {@value #BLOCK} values, and each block start keeps the sum of every mass
 * between the window's edge and it, accumulated with Neumaier's compensation from masses that
 * restart from the law's own log mass at every block (so no rounding is carried from block to
 * block). A tail at k takes the law's mass at k and adds the masses back to the block start by the
 * law's mass ratio, at most {@value #BLOCK} of them: the largest term of a tail is the exact one,
 * the ratio's roundings fall on the smaller ones. The mass beyond each window edge (below e^−690 of
 * the mode's, but not negligible against a tail that small) is summed outward once at construction.
 * Cost: the window's length in mass-ratio steps once (at most {@link #MAX_WINDOW}, about a
 * millisecond; wider laws use a {@link SmoothTable}), then at most {@value #BLOCK} steps a call.
 */
final class CumulativeTable {

  /** Largest window, in values, that a table is built for. */
  static final double MAX_WINDOW = 1 << 17;

  static final int BLOCK = 64;

  private static final double WINDOW_LOG = 690;

  private final DiscreteLaw law;
  private final double lo;
  private final double hi;
  private final double median;
  private final double belowLo;
  private final double aboveHi;
  // lower part: block j starts at lo + j * BLOCK; headSum[j] = P(X < start)
  private final double[] headSum;
  // upper part: block j ends at hi - j * BLOCK; tailSum[j] = P(X > end)
  private final double[] tailSum;

  private CumulativeTable(DiscreteLaw law, double lo, double hi) {
    this.law = law;
    this.lo = lo;
    this.hi = hi;
    this.belowLo = lo > law.lower() ? Math.exp(law.logSumDown(lo - 1)) : 0;
    this.aboveHi = hi < law.upper() ? Math.exp(law.logSumUp(hi + 1)) : 0;
    int blocks = (int) ((hi - lo) / BLOCK) + 1;
    double[] sum = new double[blocks];
    // forward from lo until the cdf reaches 1/2
    Sum total = new Sum();
    total.add(belowLo);
    double k = lo;
    double m = 0;
    int j = -1;
    for (int inBlock = 0; k <= hi; k++, inBlock = inBlock == BLOCK - 1 ? 0 : inBlock + 1) {
      if (inBlock == 0) {
        j++;
        m = law.mass(k);
        sum[j] = total.value();
      } else {
        m *= law.massRatio(k - 1);
      }
      total.add(m);
      if (total.value() >= 0.5) {
        break;
      }
    }
    this.median = Math.min(k, hi);
    this.headSum = java.util.Arrays.copyOf(sum, j + 1);
    int upperBlocks = (int) ((hi - median) / BLOCK) + 1;
    this.tailSum = new double[upperBlocks];
    total = new Sum();
    total.add(aboveHi);
    double i = hi;
    j = -1;
    for (int inBlock = 0; i > median; i--, inBlock = inBlock == BLOCK - 1 ? 0 : inBlock + 1) {
      if (inBlock == 0) {
        j++;
        m = law.mass(i);
        tailSum[j] = total.value();
      } else {
        m /= law.massRatio(i);
      }
      total.add(m);
    }
  }

  /**
   * The table of a law whose window is at most {@link #MAX_WINDOW} values, or null.
   *
   * @param mode a value where the mass is largest (or next to it)
   */
  static CumulativeTable of(DiscreteLaw law, double mode) {
    double cut = law.logMass(mode) - WINDOW_LOG;
    double lo = law.edge(mode, cut, -1);
    double hi = law.edge(mode, cut, +1);
    return hi - lo > MAX_WINDOW ? null : new CumulativeTable(law, lo, hi);
  }

  /** Whether {@link #cdf} is the accurate side at k (below the median). */
  boolean isLower(double k) {
    return k < median;
  }

  /** P(X ≤ k) for k below the median. */
  double cdf(double k) {
    if (k < lo) {
      return Math.exp(law.logSumDown(k));
    }
    int j = (int) ((k - lo) / BLOCK);
    double start = lo + (double) j * BLOCK;
    double m = law.mass(k);
    double sum = m;
    for (double i = k - 1; i >= start; i--) {
      m /= law.massRatio(i);
      sum += m;
    }
    return headSum[j] + sum;
  }

  /** P(X &gt; k) for k at or above the median. */
  double survival(double k) {
    if (k >= hi) {
      return Math.exp(law.logSumUp(k + 1));
    }
    // the block whose end is the first end at or above k + 1
    int j = (int) ((hi - (k + 1)) / BLOCK);
    double end = hi - (double) j * BLOCK;
    double m = law.mass(k + 1);
    double sum = m;
    for (double i = k + 2; i <= end; i++) {
      m *= law.massRatio(i - 1);
      sum += m;
    }
    return tailSum[j] + sum;
  }
}
