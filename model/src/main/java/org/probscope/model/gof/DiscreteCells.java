package org.probscope.model.gof;

import org.probscope.model.distribution.Distribution;
import org.probscope.model.sample.Sample;

/**
 * The cells of a discrete (integer-valued) target over which the discrete tests are computed: cell
 * g holds the integers in (r_{g−1}, r_g], the first cell everything ≤ r_1 and the last everything
 * above r_{m−1}, with the target's cumulative F(r_g), survival S(r_g) and mass, and the sample's
 * count in each cell.
 *
 * <p>Truncation of an infinite (or long) support: the cells' ends run over the integers from L =
 * Q(ε) to U − 1, U = Q̄(ε), with ε = {@value #TAIL}, Q the quantile and Q̄ the inverse survival
 * function (and L − 1 when the sample reaches below L), so the mass beyond them that is merged into
 * the end cells is below 2ε and changes no statistic or p-value by more than about ε. Sample values
 * far outside the target's range fall into the end cells and still count fully in D, V, W², U² and
 * A². When U − L exceeds the cap (binomial(1e9)), adjacent integers are merged into at most {@code
 * maxCells} cells of equal width over [L, U]; the tests then look at the step CDF at the cells'
 * ends only, which the method strings say.
 */
final class DiscreteCells {

  /** Mass allowed beyond each end of the cells. */
  static final double TAIL = 1e-13;

  private final double[] cdf;
  private final double[] survival;
  private final double[] mass;
  private final int[] counts;
  private final int n;
  private final boolean merged;
  private final boolean onSupport;

  private DiscreteCells(
      double[] cdf,
      double[] survival,
      double[] mass,
      int[] counts,
      int n,
      boolean merged,
      boolean onSupport) {
    this.cdf = cdf;
    this.survival = survival;
    this.mass = mass;
    this.counts = counts;
    this.n = n;
    this.merged = merged;
    this.onSupport = onSupport;
  }

  /**
   * Builds the cells of {@code target} for {@code sample}, at most {@code maxCells} of them.
   *
   * @throws IllegalArgumentException when the target is not discrete or maxCells &lt; 2
   */
  static DiscreteCells of(Sample sample, Distribution target, int maxCells) {
    if (!target.isDiscrete() || maxCells < 3) {
      throw new IllegalArgumentException("discrete cells need a discrete target and >= 3 cells");
    }
    double lower = Math.max(target.supportLower(), target.quantile(TAIL));
    double upper = Math.min(target.supportUpper(), target.inverseSurvival(TAIL));
    if (!(upper > lower)) {
      upper = lower + 1;
    }
    // a sample value below the target's range needs the step CDF checked just below that range
    // (where Fn − F is largest there); above the range F is 1 within ε and F − Fn is largest at
    // the range's top, so nothing is added there
    boolean below = sample.min() < lower;
    double width = upper - lower;
    int body = (int) Math.min(maxCells - (below ? 2 : 1), width);
    boolean merged = body < width;
    double[] ends = new double[body + (below ? 2 : 1)];
    int at = 0;
    if (below) {
      ends[at++] = lower - 1;
    }
    for (int g = 0; g < body; g++) {
      ends[at++] = merged ? lower - 1 + Math.ceil((g + 1) * (width / body)) : lower + g;
    }
    ends[at] = Double.POSITIVE_INFINITY;
    return build(sample, target, ends, merged);
  }

  private static DiscreteCells build(
      Sample sample, Distribution target, double[] ends, boolean merged) {
    int m = ends.length;
    double median = target.quantile(0.5);
    double[] cdf = new double[m];
    double[] survival = new double[m];
    for (int g = 0; g < m - 1; g++) {
      double r = ends[g];
      if (r < median) {
        cdf[g] = target.cdf(r);
        survival[g] = 1 - cdf[g];
      } else {
        survival[g] = target.survival(r);
        cdf[g] = 1 - survival[g];
      }
    }
    cdf[m - 1] = 1;
    survival[m - 1] = 0;
    double[] mass = new double[m];
    for (int g = 0; g < m; g++) {
      double before = g == 0 ? 0 : cdf[g - 1];
      double sBefore = g == 0 ? 1 : survival[g - 1];
      // the difference of the smaller of the two tails loses nothing to cancellation
      mass[g] = Math.max(0, before < 0.5 ? cdf[g] - before : sBefore - survival[g]);
    }
    int[] counts = new int[m];
    int below = 0;
    for (int g = 0; g < m; g++) {
      int atOrBelow = g == m - 1 ? sample.size() : sample.countAtOrBelow(ends[g]);
      counts[g] = atOrBelow - below;
      below = atOrBelow;
    }
    boolean onSupport = onSupport(sample, target);
    return new DiscreteCells(cdf, survival, mass, counts, sample.size(), merged, onSupport);
  }

  /**
   * Whether every value is an integer of the target's support, looking at each distinct value once
   * (a binary search from one to the next, so a sample of 10⁶ with 20 distinct values costs 20).
   */
  private static boolean onSupport(Sample sample, Distribution target) {
    if (sample.min() < target.supportLower() || sample.max() > target.supportUpper()) {
      return false;
    }
    int i = 0;
    while (i < sample.size()) {
      double x = sample.sorted(i);
      if (x != Math.rint(x)) {
        return false;
      }
      i = sample.countAtOrBelow(x);
    }
    return true;
  }

  /**
   * These cells with adjacent ones merged until there are at most {@code k}: each step merges the
   * adjacent pair of the smallest total mass, so the far tails (whose cells carry almost no mass
   * and, under any sample, almost no weight in W², U² or A²) are merged first and the body keeps
   * its cells.
   */
  DiscreteCells mergedTo(int k) {
    if (size() <= k) {
      return this;
    }
    java.util.List<double[]> cells = new java.util.ArrayList<>(size());
    for (int g = 0; g < size(); g++) {
      // {mass, cdf, survival, count}
      cells.add(new double[] {mass[g], cdf[g], survival[g], counts[g]});
    }
    while (cells.size() > k) {
      int best = 0;
      double smallest = Double.POSITIVE_INFINITY;
      for (int g = 0; g + 1 < cells.size(); g++) {
        double pair = cells.get(g)[0] + cells.get(g + 1)[0];
        if (pair < smallest) {
          smallest = pair;
          best = g;
        }
      }
      double[] left = cells.get(best);
      double[] right = cells.remove(best + 1);
      left[0] += right[0];
      left[1] = right[1];
      left[2] = right[2];
      left[3] += right[3];
    }
    int m = cells.size();
    double[] newCdf = new double[m];
    double[] newSurvival = new double[m];
    double[] newMass = new double[m];
    int[] newCounts = new int[m];
    for (int g = 0; g < m; g++) {
      double[] c = cells.get(g);
      newMass[g] = c[0];
      newCdf[g] = c[1];
      newSurvival[g] = c[2];
      newCounts[g] = (int) c[3];
    }
    return new DiscreteCells(newCdf, newSurvival, newMass, newCounts, n, true, onSupport);
  }

  /** The same cells for samples of size {@code size}, with no counts (for null laws only). */
  DiscreteCells forSize(int size) {
    return new DiscreteCells(cdf, survival, mass, new int[size()], size, merged, onSupport);
  }

  int size() {
    return cdf.length;
  }

  int n() {
    return n;
  }

  /** F at the right end of cell g (1 for the last cell). */
  double cdf(int g) {
    return cdf[g];
  }

  /** S = 1 − F at the right end of cell g, computed directly above the median. */
  double survival(int g) {
    return survival[g];
  }

  double mass(int g) {
    return mass[g];
  }

  int count(int g) {
    return counts[g];
  }

  /** Whether adjacent integers were merged (the step CDF is then only seen at the cells' ends). */
  boolean merged() {
    return merged;
  }

  /** Whether every sample value is an integer inside the target's support. */
  boolean onSupport() {
    return onSupport;
  }
}
