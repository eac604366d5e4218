package org.probscope.app.gof;

import org.probscope.model.distribution.Distribution;
import org.probscope.model.sample.Sample;

/**
 * Q-Q and P-P points of a sample against a target, decimated to at most {@link #MAX_POINTS} order
 * statistics evenly spaced in rank: a plot cannot show more, and inverting the target CDF for each
 * of 10⁶ points would cost far more than the metrics themselves. Plotting positions are (i − ½)/n
 * (Hazen), which keep the extreme points at finite quantiles.
 */
final class ProbabilityPlots {

  static final int MAX_POINTS = 2_000;

  private ProbabilityPlots() {}

  /** Points sorted by x. */
  record Points(double[] x, double[] y) {}

  static Points qq(Sample sample, Distribution target) {
    int[] ranks = ranks(sample.size());
    double[] x = new double[ranks.length];
    double[] y = new double[ranks.length];
    for (int j = 0; j < ranks.length; j++) {
      int i = ranks[j];
      x[j] = target.quantile((i + 0.5) / sample.size());
      y[j] = sample.sorted(i);
    }
    return new Points(x, y);
  }

  static Points pp(Sample sample, Distribution target) {
    int[] ranks = ranks(sample.size());
    double[] x = new double[ranks.length];
    double[] y = new double[ranks.length];
    for (int j = 0; j < ranks.length; j++) {
      int i = ranks[j];
      x[j] = (i + 0.5) / sample.size();
      y[j] = target.cdf(sample.sorted(i));
    }
    return new Points(x, y);
  }

  private static int[] ranks(int n) {
    int m = Math.min(n, MAX_POINTS);
    int[] ranks = new int[m];
    for (int j = 0; j < m; j++) {
      ranks[j] = m == 1 ? 0 : (int) Math.round((double) j * (n - 1) / (m - 1));
    }
    return ranks;
  }
}
