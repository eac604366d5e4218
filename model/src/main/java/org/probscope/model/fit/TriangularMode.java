package org.probscope.model.fit;

import java.util.stream.IntStream;

/**
 * The mode c in [a, b] maximising the triangular ln L for given ends a and b: an order statistic or
 * b, since between two order statistics ln L = const − W_L ln(c − a) − W_R ln(b − c) is convex in c
 * (see {@link TriangularMle}). Two passes over fixed blocks of {@link LogLikelihood#BLOCK} distinct
 * values on both cores: the blocks' sums of w ln(x − a) and w ln(b − x), then each block's scan
 * from the sums before it; the first best in the data's order wins.
 */
final class TriangularMode {

  private TriangularMode() {}

  /** The best mode, or {@code fallback} when no candidate gives a number. */
  static double best(FitData data, double a, double b, double fallback) {
    int n = data.distinct();
    int blocks = (n + LogLikelihood.BLOCK - 1) / LogLikelihood.BLOCK;
    double[][] sums =
        IntStream.range(0, blocks)
            .parallel()
            .mapToObj(k -> sums(data, a, b, from(k), to(k, n)))
            .toArray(double[][]::new);
    // offsets[k] = {left, right, wLeft} before block k; right starts as Σ_{a<x<b} w ln(b − x)
    double[][] offsets = new double[blocks + 1][3];
    double right = 0;
    for (double[] s : sums) {
      right += s[0];
    }
    offsets[0][1] = right;
    for (int k = 0; k < blocks; k++) {
      offsets[k + 1][0] = offsets[k][0] + sums[k][1];
      offsets[k + 1][1] = offsets[k][1] - sums[k][2];
      offsets[k + 1][2] = offsets[k][2] + sums[k][3];
    }
    double total = offsets[blocks][2];
    double[][] bests =
        IntStream.range(0, blocks)
            .parallel()
            .mapToObj(k -> scan(data, a, b, total, offsets[k], from(k), to(k, n)))
            .toArray(double[][]::new);
    double best = Double.NEGATIVE_INFINITY;
    double mode = fallback;
    for (double[] c : bests) {
      if (c[0] > best) {
        best = c[0];
        mode = c[1];
      }
    }
    // the candidate c = b: everything on the left
    double[] end = offsets[blocks];
    double v = end[0] + end[1] - (total > 0 ? total * Math.log(b - a) : 0);
    if (v > best) {
      mode = b;
    }
    return Double.isNaN(mode) ? a : mode;
  }

  private static int from(int k) {
    return k * LogLikelihood.BLOCK;
  }

  private static int to(int k, int n) {
    return Math.min(n, (k + 1) * LogLikelihood.BLOCK);
  }

  /** {Σ_{a<x<b} w ln(b − x), Σ_{x>a} w ln(x − a), Σ_{x<b} w ln(b − x), Σ w} over the block. */
  private static double[] sums(FitData data, double a, double b, int from, int to) {
    double inside = 0;
    double left = 0;
    double right = 0;
    double w = 0;
    for (int i = from; i < to; i++) {
      double x = data.value(i);
      double wi = data.weight(i);
      double lb = x < b ? wi * Math.log(b - x) : 0;
      if (x > a) {
        left += wi * Math.log(x - a);
        if (x < b) {
          inside += lb;
        }
      }
      right += lb;
      w += wi;
    }
    return new double[] {inside, left, right, w};
  }

  /** The block's best {ln L up to a constant, mode} among its values as candidates. */
  private static double[] scan(
      FitData data, double a, double b, double total, double[] offset, int from, int to) {
    double left = offset[0];
    double right = offset[1];
    double wLeft = offset[2];
    double best = Double.NEGATIVE_INFINITY;
    double mode = Double.NaN;
    for (int i = from; i < to; i++) {
      double c = data.value(i);
      double w = data.weight(i);
      double la = Math.log(c - a);
      double lb = Math.log(b - c);
      if (c >= a && c <= b) {
        double wRight = total - wLeft;
        double v = left + right - (wLeft > 0 ? wLeft * la : 0) - (wRight > 0 ? wRight * lb : 0);
        if (v > best) {
          best = v;
          mode = c;
        }
      }
      if (c > a) {
        left += w * la;
      }
      if (c < b) {
        right -= w * lb;
      }
      wLeft += w;
    }
    return new double[] {best, mode};
  }
}
