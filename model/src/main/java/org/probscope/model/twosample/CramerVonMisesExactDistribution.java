package org.probscope.model.twosample;

import java.util.Arrays;
import org.apache.commons.math3.util.ArithmeticUtils;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * The exact p-value of the two-sample Cramér–von Mises statistic, Xiao, Gordon &amp; Yakovlev
 * (2006), "A C++ program for the Cramér–von Mises two-sample test", J. Stat. Softw. 17(8),
 * Algorithm 1, as in SciPy's {@code _pval_cvm_2samp_exact}.
 *
 * <p>A split of the pooled ranks is a lattice path from (0, 0) to (n, m). With L = lcm(n, m), a =
 * L/n and b = L/m, U is an affine function of ζ = Σ (a·v − b·u)² over the points (v, u) the path
 * visits. The frequency table of ζ over all paths into (v, u) is the union of the tables into (v −
 * 1, u) and (v, u − 1), shifted by (a·v − b·u)²; the p-value is the share of the C(n + m, n) paths
 * into (n, m) whose ζ reaches the observed one. Work and memory grow quickly with the sizes; SciPy
 * (and {@link CramerVonMisesTwoSample}) use it only up to 20 values per sample.
 */
final class CramerVonMisesExactDistribution {

  private CramerVonMisesExactDistribution() {}

  /** P(U ≥ u) for samples of sizes n and m. */
  static double pValue(double u, int n, int m) {
    long lcm = ArithmeticUtils.lcm((long) n, (long) m);
    long stepA = lcm / n;
    long stepB = lcm / m;
    long nm = (long) n * m;
    // ζ from U (Anderson 1962 eq. 9 with Xiao et al. eq. 2), evaluated in the same floating-point
    // steps as SciPy so that the threshold lands on the same integer.
    double zeta =
        floorDivide(
            (double) (lcm * lcm * (n + m)) * (6 * u - (double) (nm * (4 * nm - 1))), 6.0 * nm * nm);
    FrequencyTable[] previousRow = new FrequencyTable[n + 1];
    Arrays.fill(previousRow, FrequencyTable.EMPTY);
    previousRow[0] = FrequencyTable.ORIGIN;
    for (int row = 0; row <= m; row++) {
      FrequencyTable[] row2 = new FrequencyTable[n + 1];
      FrequencyTable left = FrequencyTable.EMPTY;
      for (int column = 0; column <= n; column++) {
        long offset = stepA * column - stepB * row;
        left = FrequencyTable.union(left, previousRow[column], offset * offset);
        row2[column] = left;
      }
      previousRow = row2;
    }
    long paths = CombinatoricsUtils.binomialCoefficient(n + m, n);
    return (double) previousRow[n].countAtLeast(zeta) / paths;
  }

  /**
   * NumPy's {@code floor_divide} for doubles (npy_divmod): floor of the fmod-corrected quotient.
   */
  static double floorDivide(double x, double y) {
    double mod = x % y;
    double div = (x - mod) / y;
    if (mod != 0 && (y < 0) != (mod < 0)) {
      div -= 1;
    }
    if (div == 0) {
      return Math.copySign(0, x / y);
    }
    double floor = Math.floor(div);
    return div - floor > 0.5 ? floor + 1 : floor;
  }

  /** Distinct values of ζ in ascending order with how many paths reach each. */
  private static final class FrequencyTable {
    static final FrequencyTable EMPTY = new FrequencyTable(new long[0], new long[0]);
    static final FrequencyTable ORIGIN = new FrequencyTable(new long[] {0}, new long[] {1});

    private final long[] values;
    private final long[] counts;

    private FrequencyTable(long[] values, long[] counts) {
      this.values = values;
      this.counts = counts;
    }

    /** The merged table of x and y with {@code shift} added to every value. */
    static FrequencyTable union(FrequencyTable x, FrequencyTable y, long shift) {
      long[] values = new long[x.values.length + y.values.length];
      long[] counts = new long[values.length];
      int i = 0;
      int j = 0;
      int size = 0;
      while (i < x.values.length || j < y.values.length) {
        long next =
            j == y.values.length || (i < x.values.length && x.values[i] <= y.values[j])
                ? x.values[i]
                : y.values[j];
        long count = 0;
        if (i < x.values.length && x.values[i] == next) {
          count += x.counts[i++];
        }
        if (j < y.values.length && y.values[j] == next) {
          count += y.counts[j++];
        }
        values[size] = next + shift;
        counts[size] = count;
        size++;
      }
      return new FrequencyTable(Arrays.copyOf(values, size), Arrays.copyOf(counts, size));
    }

    long countAtLeast(double threshold) {
      long sum = 0;
      for (int i = values.length - 1; i >= 0 && values[i] >= threshold; i--) {
        sum += counts[i];
      }
      return sum;
    }
  }
}
