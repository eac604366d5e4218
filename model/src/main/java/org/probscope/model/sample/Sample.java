package org.probscope.model.sample;

import java.util.Objects;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * An immutable sample of finite values, sorted once when it is built. It also keeps the values in
 * their original order, because some figures (KS@N chunks, a time-series view) depend on it.
 *
 * <p>Summary figures: the standard deviation uses the n − 1 denominator; skewness and excess
 * kurtosis are the bias-corrected estimators (as R's {@code e1071::skewness(type = 2)} and Excel's
 * SKEW/KURT; SciPy's {@code skew(bias=False)}, {@code kurtosis(bias=False)}); quartiles use linear
 * interpolation between order statistics (R type 7, NumPy's default).
 */
public final class Sample {

  private final String name;
  private final double[] sorted;
  private final double[] original;
  private final SampleSummary summary;

  private Sample(String name, double[] original, double[] sorted) {
    this.name = name;
    this.original = original;
    this.sorted = sorted;
    this.summary = SampleSummary.of(sorted);
  }

  /**
   * Builds a sample from values in their original order; the array is copied.
   *
   * @throws IllegalArgumentException when empty or when a value is NaN or infinite
   */
  public static Sample of(String name, double[] values) {
    return ofOwned(name, values.clone());
  }

  /**
   * Builds a sample that takes ownership of {@code values} (the caller must not touch the array
   * afterwards); avoids one copy of a large loaded column.
   */
  public static Sample ofOwned(String name, double[] values) {
    Objects.requireNonNull(name, "name");
    if (values.length == 0) {
      throw new IllegalArgumentException("a sample needs at least one value");
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("value " + (i + 1) + " is not finite: " + values[i]);
      }
    }
    double[] sorted = values.clone();
    DoubleSort.sort(sorted);
    return new Sample(name, values, sorted);
  }

  /** The same values under another name; shares the arrays. */
  public Sample withName(String newName) {
    return new Sample(Objects.requireNonNull(newName), original, sorted);
  }

  public String name() {
    return name;
  }

  public int size() {
    return sorted.length;
  }

  /** The i-th smallest value, 0-based. */
  public double sorted(int i) {
    return sorted[i];
  }

  /** A copy of the values in ascending order. */
  public double[] sortedValues() {
    return sorted.clone();
  }

  /** A copy of the values in their original order. */
  public double[] originalValues() {
    return original.clone();
  }

  /** The i-th value in original order, 0-based. */
  public double original(int i) {
    return original[i];
  }

  /**
   * The number of values {@code <= x}, by binary search over the sorted values; {@code count / n}
   * is the empirical CDF at {@code x}.
   */
  public int countAtOrBelow(double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The empirical CDF {@code Fn(x) = #{xi <= x} / n}. */
  public double ecdf(double x) {
    return (double) countAtOrBelow(x) / sorted.length;
  }

  public SampleSummary summary() {
    return summary;
  }

  public double min() {
    return sorted[0];
  }

  public double max() {
    return sorted[sorted.length - 1];
  }

  /** The p-quantile by linear interpolation (R type 7). */
  public double quantile(double p) {
    return Quantile.withDefaults()
        .with(Quantile.EstimationMethod.HF7)
        .evaluate(sorted.length, i -> sorted[i], p);
  }

  @Override
  public String toString() {
    return name + " (n = " + sorted.length + ")";
  }
}
