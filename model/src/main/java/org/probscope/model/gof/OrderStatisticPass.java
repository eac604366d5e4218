package org.probscope.model.gof;

import java.util.List;
import java.util.stream.IntStream;
import org.probscope.model.sample.Sample;

/**
 * The one pass over the sorted sample: F(xᵢ) and S(xᵢ) are computed once per distinct value and
 * feed KS, Kuiper, CvM, AD and the in-range part of W₁. The sample is cut into fixed blocks of
 * {@value #BLOCK} order statistics evaluated in parallel and combined in order, so the result has
 * the same bits on one thread or many.
 */
final class OrderStatisticPass {

  static final int BLOCK = 1 << 14;

  private final Sample sample;
  private final TailSafeCdf cdf;
  private final GapIntegrals gaps;
  private final boolean discrete;
  private final int n;

  OrderStatisticPass(Sample sample, TailSafeCdf cdf) {
    this.sample = sample;
    this.cdf = cdf;
    this.n = sample.size();
    this.gaps = new GapIntegrals(cdf, n);
    this.discrete = cdf.target().isDiscrete();
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
    boolean[] upper = new boolean[size];
    double[] pair = new double[2];
    for (int j = 0; j < size; j++) {
      double x = sample.sorted(first + j);
      xs[j] = x;
      upper[j] = cdf.isUpper(x);
      if (j > 0 && x == xs[j - 1]) {
        fs[j] = fs[j - 1];
        ss[j] = ss[j - 1];
      } else {
        cdf.evaluate(x, pair);
        fs[j] = pair[0];
        ss[j] = pair[1];
      }
    }
    return sums(from, to, first, xs, fs, ss, upper);
  }

  private BlockSums sums(
      int from, int to, int first, double[] xs, double[] fs, double[] ss, boolean[] upper) {
    double dPlus = Double.NEGATIVE_INFINITY;
    double dMinus = Double.NEGATIVE_INFINITY;
    int dPlusIndex = from;
    int dMinusIndex = from;
    double cvm = 0;
    double ad = 0;
    double w1 = 0;
    double logF = Double.NaN;
    double logS = Double.NaN;
    for (int i = from; i < to; i++) {
      int j = i - first;
      int rank = i + 1;
      double plus = upper[j] ? ss[j] - (double) (n - rank) / n : (double) rank / n - fs[j];
      double minus = upper[j] ? (double) (n - i) / n - ss[j] : fs[j] - (double) i / n;
      if (plus > dPlus) {
        dPlus = plus;
        dPlusIndex = i;
      }
      if (minus > dMinus) {
        dMinus = minus;
        dMinusIndex = i;
      }
      double centred =
          upper[j]
              ? (2.0 * (n - rank) + 1) / (2.0 * n) - ss[j]
              : fs[j] - (2.0 * rank - 1) / (2.0 * n);
      cvm += centred * centred;
      if (!(j > 0 && xs[j] == xs[j - 1] && i > from)) {
        logF = LogTails.logCdf(cdf.target(), xs[j], fs[j]);
        logS = LogTails.logSurvival(cdf.target(), xs[j], ss[j]);
      }
      ad += (2.0 * rank - 1) * logF + (2.0 * (n - rank) + 1) * logS;
      if (i + 1 < n) {
        w1 += gap(i, j, -plus, xs, fs, ss, upper);
      }
    }
    return new BlockSums(dPlus, dPlusIndex, dMinus, dMinusIndex, cvm, ad, w1);
  }

  /** ∫|Fₙ − F| over [xᵢ, xᵢ₊₁], where Fₙ = (i+1)/n. */
  private double gap(int i, int j, double ga, double[] xs, double[] fs, double[] ss, boolean[] up) {
    int k = i + 1;
    if (discrete) {
      return gaps.discrete(xs[j], xs[j + 1], k, ga);
    }
    double gb = up[j + 1] ? (double) (n - k) / n - ss[j + 1] : fs[j + 1] - (double) k / n;
    return gaps.continuous(xs[j], xs[j + 1], k, ga, gb, curvature(j, xs, fs, ss, up));
  }

  /** F'' in the gap [j, j+1] from the secant slopes of the gaps on either side, or NaN. */
  private static double curvature(int j, double[] xs, double[] fs, double[] ss, boolean[] up) {
    if (j < 1 || j + 2 >= xs.length) {
      return Double.NaN;
    }
    double before = xs[j] - xs[j - 1];
    double after = xs[j + 2] - xs[j + 1];
    if (!(before > 0 && after > 0)) {
      return Double.NaN;
    }
    double slopeBefore = rise(j - 1, j, fs, ss, up) / before;
    double slopeAfter = rise(j + 1, j + 2, fs, ss, up) / after;
    double distance = 0.5 * (xs[j + 2] + xs[j + 1] - xs[j] - xs[j - 1]);
    return (slopeAfter - slopeBefore) / distance;
  }

  private static double rise(int a, int b, double[] fs, double[] ss, boolean[] up) {
    return up[a] && up[b] ? ss[a] - ss[b] : fs[b] - fs[a];
  }
}
