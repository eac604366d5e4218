package org.probscope.model.gof;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.IntStream;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.sample.Sample;

/**
 * KS@N, the score of the UnpredictaBench paper: the sample, in its original order, is cut into
 * ⌊n/N⌋ consecutive chunks of N values (a remainder shorter than N is left out); each chunk is
 * tested against the target with the two-sided KS test at level α (exact p-value for N ≤ 10 000,
 * asymptotic beyond, as for the whole sample; for a discrete target the statistic of the step CDF
 * and the p-value of the discrete null, as {@link GoodnessOfFit} computes them); the score is the
 * fraction of chunks the test does not reject (p ≥ α). The statistic is {@link KsStatistic}'s, the
 * one the whole-sample test uses.
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
    ChunkNull law = ChunkNull.of(sample, target, chunkSize, alpha);
    TailSafeCdf cdf = new TailSafeCdf(target);
    long kept =
        IntStream.range(0, chunks)
            .parallel()
            .filter(
                c -> {
                  double[] pm = KsStatistic.of(sortedChunk(sample, c, chunkSize), cdf);
                  return passes(Math.max(pm[0], pm[1]), law.critical(), alpha, law.pValue());
                })
            .count();
    return new KsAtN(chunkSize, alpha, chunks, (int) kept, "");
  }

  private static double[] sortedChunk(Sample sample, int c, int size) {
    double[] values = new double[size];
    Arrays.setAll(values, j -> sample.original(c * size + j));
    Arrays.sort(values);
    return values;
  }

  /** A D this close to the critical value pays for its own p-value. */
  private static final double BOUNDARY = 1e-9;

  private static boolean passes(
      double d, double critical, double alpha, DoubleUnaryOperator pValue) {
    if (Math.abs(d - critical) > BOUNDARY) {
      return d < critical;
    }
    return pValue.applyAsDouble(d) >= alpha;
  }

  /** A chunk's null law: its p-value function and the critical value at α. */
  private record ChunkNull(DoubleUnaryOperator pValue, double critical) {

    /** The continuous KS law, or for a discrete target that of the discrete null. */
    static ChunkNull of(Sample sample, Distribution target, int size, double alpha) {
      if (!target.isDiscrete()) {
        return new ChunkNull(
            d -> KolmogorovSmirnovPValue.pValue(d, size),
            CriticalValues.of(GofTest.KOLMOGOROV_SMIRNOV, size, alpha));
      }
      DiscreteCells cells = chunkCells(sample, target, size);
      if (DiscreteKsPValue.cost(cells, 2.0 / Math.sqrt(size)) <= DiscreteTests.EXACT_BUDGET) {
        return new ChunkNull(
            d -> DiscreteKsPValue.pValue(cells, d), DiscreteTests.ksCritical(cells, alpha));
      }
      DiscreteNullSimulation simulation = DiscreteNullSimulation.of(cells);
      return new ChunkNull(simulation::pValueKs, simulation.criticalKs(alpha));
    }
  }

  /** The target's cells over the whole sample's range, for samples of the chunk size. */
  private static DiscreteCells chunkCells(Sample sample, Distribution target, int size) {
    return DiscreteCells.of(sample, target, DiscreteTests.MAX_CELLS).forSize(size);
  }

  /** The fraction of chunks not rejected, in [0, 1]; NaN when there is no chunk. */
  public double fraction() {
    return chunks == 0 ? Double.NaN : (double) notRejected / chunks;
  }
}
