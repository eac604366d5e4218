package org.probscope.app.gof;

import org.probscope.model.distribution.Distribution;
import org.probscope.model.sample.Sample;

/**
 * Q-Q and P-P points of a sample against a target, decimated to at most {@link #MAX_POINTS} order
 * statistics evenly spaced in rank: a plot cannot show more, and inverting the target CDF for each
 * of 10⁶ points would cost far more than the metrics themselves. Plotting positions are (i − ½)/n
 * (Hazen), which keep the extreme points at finite quantiles.
 */
public final class ProbabilityPlots {

  public static final int MAX_POINTS = 2_000;

  private ProbabilityPlots() {}

  /** Points sorted by x. */
  public record Points(double[] x, double[] y) {

    /**
     * The points with both coordinates finite: an infinite quantile (the target's support ends
     * inside the sample) cannot be drawn.
     */
    public Points finite() {
      int m = 0;
      double[] xs = new double[x.length];
      double[] ys = new double[y.length];
      for (int i = 0; i < x.length; i++) {
        if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
          xs[m] = x[i];
          ys[m] = y[i];
          m++;
        }
      }
      return new Points(java.util.Arrays.copyOf(xs, m), java.util.Arrays.copyOf(ys, m));
    }
  }

  public static Points qq(Sample sample, Distribution target) {
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

  public static Points pp(Sample sample, Distribution target) {
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
