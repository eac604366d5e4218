package org.probscope.model.gof;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.sample.Sample;

/**
 * KS@N, the score of the UnpredictaBench paper: the sample, in its original order, is cut into
 * ⌊n/N⌋ consecutive chunks of N values (a remainder shorter than N is left out); each chunk is
 * tested against the target with the two-sided KS test at level α (exact p-value for N ≤ 10 000,
 * asymptotic beyond, as for the whole sample); the score is the fraction of chunks the test does
 * not reject (p ≥ α).
 *
 * @param chunkSize N
 * @param alpha the level α
 * @param chunks ⌊n/N⌋
 * @param notRejected the number of chunks with p ≥ α
 * @param reason why no chunk could be formed; empty otherwise
 */
public record KsAtN(int chunkSize, double alpha, int chunks, int notRejected, String reason) {

  /**
   * Scores a sample.
   *
   * @throws IllegalArgumentException when α is not in (0, 1) or N < 1
   */
  public static KsAtN of(Sample sample, Distribution target, int chunkSize, double alpha) {
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(target, "target");
    Levels.requireLevel(alpha);
    if (chunkSize < 1) {
      throw new IllegalArgumentException("KS@N needs a chunk size N >= 1, got " + chunkSize);
    }
    int chunks = sample.size() / chunkSize;
    if (chunks == 0) {
      return new KsAtN(
          chunkSize,
          alpha,
          0,
          0,
          "the sample has " + sample.size() + " values, fewer than one chunk of " + chunkSize);
    }
    // Every chunk has the same size, so one critical value decides them all: p(D) >= α exactly
    // when D <= D_crit, p being decreasing in D. Only a D within the root finder's tolerance of
    // D_crit pays for its own p-value. This turns 10⁴ exact p-values (~0.3 s at n = 10⁶, N = 100)
    // into one root search.
    double critical = CriticalValues.of(GofTest.KOLMOGOROV_SMIRNOV, chunkSize, alpha);
    long kept =
        IntStream.range(0, chunks)
            .parallel()
            .filter(
                c ->
                    passes(
                        statistic(sortedChunk(sample, c, chunkSize), target),
                        chunkSize,
                        critical,
                        alpha))
            .count();
    return new KsAtN(chunkSize, alpha, chunks, (int) kept, "");
  }

  private static double[] sortedChunk(Sample sample, int c, int size) {
    double[] values = new double[size];
    Arrays.setAll(values, j -> sample.original(c * size + j));
    Arrays.sort(values);
    return values;
  }

  /** D = max(i/N − F(xᵢ), F(xᵢ) − (i−1)/N) over the sorted chunk, and its p-value. */
  private static final double BOUNDARY = 1e-9;

  private static boolean passes(double d, int size, double critical, double alpha) {
    if (Math.abs(d - critical) > BOUNDARY) {
      return d < critical;
    }
    return KolmogorovSmirnovPValue.pValue(d, size) >= alpha;
  }

  private static double statistic(double[] sorted, Distribution target) {
    int size = sorted.length;
    double d = 0;
    for (int i = 0; i < size; i++) {
      double f = target.cdf(sorted[i]);
      d = Math.max(d, Math.max((i + 1.0) / size - f, f - (double) i / size));
    }
    return d;
  }

  /** The fraction of chunks not rejected, in [0, 1]; NaN when there is no chunk. */
  public double fraction() {
    return chunks == 0 ? Double.NaN : (double) notRejected / chunks;
  }
}
