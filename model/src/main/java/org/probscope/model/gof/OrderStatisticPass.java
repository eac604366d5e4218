package org.probscope.model.gof;

import java.util.List;
import java.util.stream.IntStream;
import org.probscope.model.sample.Sample;

/**
 * The one pass over the sorted sample: F(xᵢ) and S(xᵢ) are computed once per distinct value and
 * feed KS, Kuiper, CvM, AD and the in-range part of W₁. The sample is cut into fixed blocks of
 * {@value #BLOCK} order statistics evaluated in parallel and combined in order, so the result has
 * the same bits on one thread or many.
 *
 * <p>Without W₁ ({@link #statisticsOnly}) the gaps' integrals are skipped: a parametric bootstrap
 * needs only the statistics of each simulated sample, and the integrals cost a root search per
 * crossing of Fₙ and F.
 */
final class OrderStatisticPass {

  static final int BLOCK = 1 << 14;

  /** Values per {@link WeightedLogRun}: short enough for its rounding, long enough to save logs. */
  static final int RUN = 64;

  private final Sample sample;
  private final TailSafeCdf cdf;
  private final GapIntegrals gaps;
  private final boolean wasserstein;
  private final boolean discrete;
  private final int n;
  private final double inverseN;

  OrderStatisticPass(Sample sample, TailSafeCdf cdf) {
    this(sample, cdf, true);
  }

  private OrderStatisticPass(Sample sample, TailSafeCdf cdf, boolean wasserstein) {
    this.sample = sample;
    this.cdf = cdf;
    this.n = sample.size();
    this.inverseN = 1.0 / n;
    this.wasserstein = wasserstein;
    this.gaps = wasserstein ? new GapIntegrals(cdf, n) : null;
    this.discrete = cdf.target().isDiscrete();
  }

  /** The pass without W₁: its {@link BlockSums#wassersteinInRange()} is 0. */
  static OrderStatisticPass statisticsOnly(Sample sample, TailSafeCdf cdf) {
    return new OrderStatisticPass(sample, cdf, false);
  }

  BlockSums run() {
    int blocks = (n + BLOCK - 1) / BLOCK;
    List<BlockSums> sums =
        blocks == 1
            ? List.of(block(0))
            : IntStream.range(0, blocks).parallel().mapToObj(this::block).toList();
    BlockSums total = sums.get(0);
    for (int b = 1; b < sums.size(); b++) {
      total = total.then(sums.get(b));
    }
    return total;
  }

  /** Values at indices from − 1 to to + 2 (clipped), for the gaps' neighbours. */
  private BlockSums block(int b) {
    int from = b * BLOCK;
    int to = Math.min(n, from + BLOCK);
    int first = Math.max(0, from - 1);
    int last = Math.min(n - 1, to + 1);
    int size = last - first + 1;
    double[] xs = new double[size];
    double[] fs = new double[size];
    double[] ss = new double[size];
    double[] masses = new double[size];
    boolean[] upper = new boolean[size];
    double[] pair = new double[2];
    for (int j = 0; j < size; j++) {
      double x = sample.sorted(first + j);
      xs[j] = x;
      upper[j] = cdf.isUpper(x);
      if (j > 0 && x == xs[j - 1]) {
        fs[j] = fs[j - 1];
        ss[j] = ss[j - 1];
        masses[j] = masses[j - 1];
      } else {
        cdf.evaluate(x, pair);
        fs[j] = pair[0];
        ss[j] = pair[1];
        masses[j] = discrete ? cdf.target().density(x) : 0;
      }
    }
    return sums(from, to, first, xs, fs, ss, masses, upper);
  }

  /**
   * D⁻ compares Fn just below xᵢ, (i−1)/n, with F just below xᵢ: for a continuous target that is
   * F(xᵢ); a step CDF jumps at xᵢ by P(X = xᵢ), so its left limit is F(xᵢ) − P(X = xᵢ) (in the
   * upper tail S(xᵢ−) = S(xᵢ) + P(X = xᵢ)). Using F(xᵢ) there would add the whole jump to D⁻ and
   * reject a sample drawn from the target itself. {@code masses} is 0 for a continuous target.
   */
  private BlockSums sums(
      int from,
      int to,
      int first,
      double[] xs,
      double[] fs,
      double[] ss,
      double[] masses,
      boolean[] upper) {
    double dPlus = Double.NEGATIVE_INFINITY;
    double dMinus = Double.NEGATIVE_INFINITY;
    int dPlusIndex = from;
    int dMinusIndex = from;
    double cvm = 0;
    double ad = 0;
    double w1 = 0;
    double w1Compensation = 0;
    WeightedLogRun logCdfs = new WeightedLogRun();
    WeightedLogRun logSurvivals = new WeightedLogRun();
    int runStart = from;
    for (int i = from; i < to; i++) {
      int j = i - first;
      int rank = i + 1;
      double plus = KsStatistic.plus(rank, n, fs[j], ss[j], upper[j]);
      double minus = KsStatistic.minus(rank, n, fs[j], ss[j], masses[j], upper[j]);
      if (plus > dPlus) {
        dPlus = plus;
        dPlusIndex = i;
      }
      if (minus > dMinus) {
        dMinus = minus;
        dMinusIndex = i;
      }
      double centred =
          upper[j] ? (n - rank + 0.5) * inverseN - ss[j] : fs[j] - (rank - 0.5) * inverseN;
      cvm += centred * centred;
      ad += andersonDarlingTerms(xs[j], fs[j], ss[j], rank, logCdfs, logSurvivals);
      if (i + 1 == to || i + 1 - runStart == RUN) {
        ad += logCdfs.sumAndReset(2.0 * runStart + 1, 2);
        ad += logSurvivals.sumAndReset(2.0 * n - 1 - 2.0 * runStart, -2);
        runStart = i + 1;
      }
      if (wasserstein && i + 1 < n) {
        // Neumaier's compensated sum: 10⁶ gaps would otherwise add ~1e-10 relative rounding
        double piece = gap(i, j, -plus, xs, fs, ss, upper);
        double sum = w1 + piece;
        w1Compensation += Math.abs(w1) >= Math.abs(piece) ? (w1 - sum) + piece : (piece - sum) + w1;
        w1 = sum;
      }
    }
    return new BlockSums(dPlus, dPlusIndex, dMinus, dMinusIndex, cvm, ad, w1 + w1Compensation);
  }

  /**
   * Feeds (2i−1)·ln F(xᵢ) + (2n+1−2i)·ln S(xᵢ) to the runs; a value too small for them (a point far
   * in a tail) is returned as its own term, with its logarithm from {@link LogTails}.
   */
  private double andersonDarlingTerms(
      double x, double f, double s, int rank, WeightedLogRun logCdfs, WeightedLogRun logSurvivals) {
    double direct = 0;
    if (f >= WeightedLogRun.SMALLEST) {
      logCdfs.add(f);
    } else {
      logCdfs.add(1);
      direct += (2.0 * rank - 1) * LogTails.logCdf(cdf.target(), x, f);
    }
    if (s >= WeightedLogRun.SMALLEST) {
      logSurvivals.add(s);
    } else {
      logSurvivals.add(1);
      direct += (2.0 * (n - rank) + 1) * LogTails.logSurvival(cdf.target(), x, s);
    }
    return direct;
  }

  /** ∫|Fₙ − F| over [xᵢ, xᵢ₊₁], where Fₙ = (i+1)/n. */
  private double gap(int i, int j, double ga, double[] xs, double[] fs, double[] ss, boolean[] up) {
    int k = i + 1;
    double gb = up[j + 1] ? (n - k) * inverseN - ss[j + 1] : fs[j + 1] - k * inverseN;
    if (discrete) {
      return gaps.discrete(xs[j], xs[j + 1], k, ga, gb);
    }
    double curvature = Double.NaN;
    double uncertainty = Double.NaN;
    if (j >= 1 && j + 2 < xs.length && gaps.smoothOn(xs[j - 1], xs[j + 2])) {
      double before = xs[j] - xs[j - 1];
      double here = xs[j + 1] - xs[j];
      double after = xs[j + 2] - xs[j + 1];
      if (before > 0 && after > 0) {
        double slopeBefore = rise(j - 1, j, fs, ss, up) / before;
        double slopeHere = rise(j, j + 1, fs, ss, up) / here;
        double slopeAfter = rise(j + 1, j + 2, fs, ss, up) / after;
        double left = 2 * (slopeHere - slopeBefore) / (before + here);
        double right = 2 * (slopeAfter - slopeHere) / (here + after);
        curvature = 0.5 * (left + right);
        uncertainty = Math.abs(left - right);
      }
    }
    return gaps.continuous(xs[j], xs[j + 1], k, ga, gb, curvature, uncertainty);
  }

  private static double rise(int a, int b, double[] fs, double[] ss, boolean[] up) {
    return up[a] && up[b] ? ss[a] - ss[b] : fs[b] - fs[a];
  }
}
