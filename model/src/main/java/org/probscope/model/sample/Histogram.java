package org.probscope.model.sample;

/**
 * A density-scaled histogram of a sample: bar heights integrate to 1, so the bars sit on the same
 * scale as the density they are compared with.
 *
 * <p>The default bin width is the Freedman–Diaconis rule {@code h = 2·IQR·n^(-1/3)} (Freedman &amp;
 * Diaconis 1981; NumPy's {@code histogram_bin_edges(bins='fd')}), falling back to Sturges' rule
 * when the IQR is 0, and capped at {@link #MAX_BINS}. For whole-number data each bin is one integer
 * wide and centred on it, so the bars line up with a probability mass function.
 */
public final class Histogram {

  /** More bins than a screen has pixels is noise. */
  public static final int MAX_BINS = 2_000;

  private final double[] edges;
  private final double[] heights;
  private final long[] counts;

  private Histogram(double[] edges, long[] counts, int n) {
    this.edges = edges;
    this.counts = counts;
    this.heights = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      heights[i] = counts[i] / (n * (edges[i + 1] - edges[i]));
    }
  }

  /** The histogram with the default bins for the sample. */
  public static Histogram of(Sample sample) {
    if (isWholeNumbers(sample) && sample.max() - sample.min() < MAX_BINS) {
      return withEdges(sample, integerEdges(sample));
    }
    return withBins(sample, freedmanDiaconisBins(sample));
  }

  /** The histogram with {@code bins} equal-width bins over [min, max]. */
  public static Histogram withBins(Sample sample, int bins) {
    int k = Math.max(1, Math.min(MAX_BINS, bins));
    double lo = sample.min();
    double hi = sample.max();
    if (!(hi > lo)) {
      lo -= 0.5;
      hi += 0.5;
    }
    double[] edges = new double[k + 1];
    for (int i = 0; i <= k; i++) {
      edges[i] = lo + (hi - lo) * i / k;
    }
    edges[k] = hi;
    return withEdges(sample, edges);
  }

  /** The Freedman–Diaconis number of bins, at least 1 and at most {@link #MAX_BINS}. */
  public static int freedmanDiaconisBins(Sample sample) {
    int n = sample.size();
    double range = sample.max() - sample.min();
    if (!(range > 0)) {
      return 1;
    }
    SampleSummary s = sample.summary();
    double iqr = s.thirdQuartile() - s.firstQuartile();
    double width = 2 * iqr / Math.cbrt(n);
    long bins =
        width > 0
            ? (long) Math.ceil(range / width)
            : (long) Math.ceil(Math.log(n) / Math.log(2)) + 1;
    return (int) Math.max(1, Math.min(MAX_BINS, bins));
  }

  private static Histogram withEdges(Sample sample, double[] edges) {
    long[] counts = new long[edges.length - 1];
    int n = sample.size();
    int bin = 0;
    // the values are sorted, so one forward walk assigns every value: O(n + bins)
    for (int i = 0; i < n; i++) {
      double x = sample.sorted(i);
      while (bin < counts.length - 1 && x >= edges[bin + 1]) {
        bin++;
      }
      counts[bin]++;
    }
    return new Histogram(edges, counts, n);
  }

  private static boolean isWholeNumbers(Sample sample) {
    int n = sample.size();
    for (int i = 0; i < n; i++) {
      double x = sample.sorted(i);
      if (x != Math.rint(x)) {
        return false;
      }
    }
    return true;
  }

  private static double[] integerEdges(Sample sample) {
    int k = (int) (sample.max() - sample.min()) + 1;
    double[] edges = new double[k + 1];
    for (int i = 0; i <= k; i++) {
      edges[i] = sample.min() - 0.5 + i;
    }
    return edges;
  }

  public int bins() {
    return counts.length;
  }

  /** Bin edges, {@code bins() + 1} of them, ascending; a copy. */
  public double[] edges() {
    return edges.clone();
  }

  /** Density-scaled heights, one per bin; a copy. */
  public double[] heights() {
    return heights.clone();
  }

  /** Raw counts, one per bin; a copy. */
  public long[] counts() {
    return counts.clone();
  }
}
