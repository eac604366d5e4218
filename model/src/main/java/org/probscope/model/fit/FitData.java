package org.probscope.model.fit;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.probscope.model.sample.Sample;

/**
 * The data a fit reads, prepared once for every family: the distinct values in ascending order,
 * each with its total weight (the number of times it occurs, times the row weights when a weight
 * column was given). Ties are grouped, so a discrete family's log-likelihood costs one evaluation
 * per distinct value, not per row.
 *
 * <p>Moments use the weighted population convention (divisor Σw), as {@code fitdistrplus::mmedist}
 * and {@code descdist} do; quantiles are R's type 7 over the rows (weights as replication counts).
 * Immutable.
 */
public final class FitData {

  private final double[] values;
  private final double[] weights;
  private final long rows;
  private final double totalWeight;
  private final boolean weighted;
  private final Sample sample;
  private final double mean;
  private final double variance;
  private final double sd;
  private final int exponent;
  private final double skewness;
  private final double kurtosis;

  private FitData(double[] values, double[] weights, long rows, boolean weighted, Sample sample) {
    this.values = values;
    this.weights = weights;
    this.rows = rows;
    this.weighted = weighted;
    this.sample = sample;
    // the moments of the values scaled by a power of two near 1/max|x| (exact), so that the sums
    // neither overflow (x ~ 1e308) nor underflow (x ~ 1e-200, whose variance 1e-400 does)
    this.exponent =
        binaryExponent(Math.max(Math.abs(values[0]), Math.abs(values[values.length - 1])));
    double w = 0;
    double s = 0;
    for (int i = 0; i < values.length; i++) {
      w += weights[i];
      s += weights[i] * Math.scalb(values[i], -exponent);
    }
    this.totalWeight = w;
    double m = s / w;
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    for (int i = 0; i < values.length; i++) {
      double d = Math.scalb(values[i], -exponent) - m;
      double d2 = d * d;
      m2 += weights[i] * d2;
      m3 += weights[i] * d2 * d;
      m4 += weights[i] * d2 * d2;
    }
    m2 /= w;
    m3 /= w;
    m4 /= w;
    // the mean of values in [min, max] stays in range; clamp the rounding of the last bit
    this.mean = Math.min(values[values.length - 1], Math.max(values[0], Math.scalb(m, exponent)));
    this.sd = Math.scalb(Math.sqrt(m2), exponent);
    this.variance = Math.scalb(m2, 2 * exponent);
    this.skewness = m2 > 0 ? m3 / Math.pow(m2, 1.5) : Double.NaN;
    this.kurtosis = m2 > 0 ? m4 / (m2 * m2) : Double.NaN;
  }

  /** k with 2^k ≤ |x| < 2^(k+1), also for subnormal x; 0 for x = 0. */
  static int binaryExponent(double x) {
    if (x == 0) {
      return 0;
    }
    int k = Math.getExponent(x);
    return k >= Double.MIN_EXPONENT ? k : Math.getExponent(x * 0x1p54) - 54;
  }

  /** The rows of a sample, each with weight 1. */
  public static FitData of(Sample sample) {
    Objects.requireNonNull(sample, "sample");
    int n = sample.size();
    double[] distinct = new double[n];
    double[] counts = new double[n];
    int k = -1;
    for (int i = 0; i < n; i++) {
      double x = sample.sorted(i);
      if (k >= 0 && distinct[k] == x) {
        counts[k]++;
      } else {
        k++;
        distinct[k] = x;
        counts[k] = 1;
      }
    }
    return new FitData(
        Arrays.copyOf(distinct, k + 1), Arrays.copyOf(counts, k + 1), n, false, sample);
  }

  /**
   * Rows with weights (frequencies or importance weights). Rows of weight 0 are dropped, as R's
   * {@code fitdist} does not allow them and they carry no information.
   *
   * @throws IllegalArgumentException when the lengths differ, no row has a positive weight, a value
   *     or weight is not finite, a weight is negative, or the weights' sum overflows
   */
  public static FitData weighted(double[] values, double[] weights) {
    if (values.length != weights.length) {
      throw new IllegalArgumentException(
          values.length + " values but " + weights.length + " weights");
    }
    int n = values.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("value " + (i + 1) + " is not finite: " + values[i]);
      }
      if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException(
            "weight " + (i + 1) + " must be a finite number ≥ 0, got " + weights[i]);
      }
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] distinct = new double[n];
    double[] total = new double[n];
    int k = -1;
    long kept = 0;
    for (int idx : order) {
      if (weights[idx] == 0) {
        continue;
      }
      kept++;
      double x = values[idx];
      if (k >= 0 && distinct[k] == x) {
        total[k] += weights[idx];
      } else {
        k++;
        distinct[k] = x;
        total[k] = weights[idx];
      }
    }
    if (k < 0) {
      throw new IllegalArgumentException("every weight is 0: nothing to fit");
    }
    double sum = 0;
    for (int i = 0; i <= k; i++) {
      sum += total[i];
    }
    if (Double.isInfinite(sum)) {
      throw new IllegalArgumentException(
          "the weights add up to more than "
              + Double.MAX_VALUE
              + ": divide them by a common factor (only their ratios matter to the estimates)");
    }
    return new FitData(
        Arrays.copyOf(distinct, k + 1), Arrays.copyOf(total, k + 1), kept, true, null);
  }

  /**
   * The same rows with every value divided by 2^k (exact, also for subnormal values), for fitting
   * data of extreme scale near 1 ({@link Rescaling}); no sample is kept (the goodness-of-fit tests
   * run on the original values).
   */
  FitData scaledBy(int k) {
    double[] v = new double[values.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.scalb(values[i], -k);
    }
    return new FitData(v, weights.clone(), rows, weighted, null);
  }

  /** The number of distinct values. */
  public int distinct() {
    return values.length;
  }

  /** The i-th smallest distinct value, 0-based. */
  public double value(int i) {
    return values[i];
  }

  /** The total weight of the i-th distinct value. */
  public double weight(int i) {
    return weights[i];
  }

  /** The number of rows (with a positive weight). */
  public long rows() {
    return rows;
  }

  /**
   * The effective sample size used by the information criteria and by the standard errors: the
   * number of rows for unweighted data, Σw for weighted data (frequency weights).
   */
  public double totalWeight() {
    return totalWeight;
  }

  public boolean isWeighted() {
    return weighted;
  }

  /**
   * The unweighted sample the data came from, for the goodness-of-fit statistics; empty when
   * weighted.
   */
  public Optional<Sample> sample() {
    return Optional.ofNullable(sample);
  }

  public double min() {
    return values[0];
  }

  public double max() {
    return values[values.length - 1];
  }

  /** Σw·x / Σw. */
  public double mean() {
    return mean;
  }

  /**
   * Σw·(x − mean)² / Σw, the population (divisor Σw) variance; it may underflow to 0 (values near
   * 1e-200) or overflow (near 1e200) where {@link #sd()} does not.
   */
  public double variance() {
    return variance;
  }

  /**
   * √{@link #variance()}, computed on scaled values so that it is exact where the variance is not.
   */
  public double sd() {
    return sd;
  }

  /**
   * The binary exponent k of the largest |x| (2^k ≤ max|x| < 2^(k+1)): the data divided by 2^k lie
   * in (−2, 2), where every moment is representable.
   */
  int scaleExponent() {
    return exponent;
  }

  /**
   * m₃ / m₂^{3/2} from population moments (as {@code fitdistrplus::descdist}); NaN when all equal.
   */
  public double skewness() {
    return skewness;
  }

  /**
   * m₄ / m₂² (not excess; the normal's is 3), as {@code descdist}'s kurtosis; NaN when all equal.
   */
  public double kurtosis() {
    return kurtosis;
  }

  /** Σ wᵢ f(xᵢ) over the distinct values. */
  public double weightedSum(DoubleUnaryOperator f) {
    double s = 0;
    for (int i = 0; i < values.length; i++) {
      s += weights[i] * f.applyAsDouble(values[i]);
    }
    return s;
  }

  /**
   * The p-quantile of the rows by R's type 7 (linear interpolation between order statistics),
   * weights counted as replication: the h = (W − 1)p-th smallest row, 0-based.
   */
  public double quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      return Double.NaN;
    }
    double h = (totalWeight - 1) * p;
    double lowIndex = Math.floor(h);
    return valueAtRank(lowIndex)
        + (h - lowIndex) * (valueAtRank(lowIndex + 1) - valueAtRank(lowIndex));
  }

  /** The value of 0-based row rank r (ranks beyond the data clamp to its ends). */
  private double valueAtRank(double r) {
    double cumulative = 0;
    for (int i = 0; i < values.length; i++) {
      cumulative += weights[i];
      if (r < cumulative) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  /**
   * About {@code points} rows standing for all of them: the order statistics at ranks (j + ½)W/m,
   * each with weight W/m, the first and last replaced by the minimum and maximum. An optimiser
   * finds the optimum of a large sample on these first and then polishes it on the full data; the
   * thinned data keep the quantiles to within 1/m.
   */
  FitData thinned(int points) {
    if (values.length <= points) {
      return this;
    }
    double[] picked = new double[points];
    double[] w = new double[points];
    double step = totalWeight / points;
    double cumulative = 0;
    int i = 0;
    for (int j = 0; j < points; j++) {
      double rank = (j + 0.5) * step;
      while (i < values.length - 1 && cumulative + weights[i] <= rank) {
        cumulative += weights[i];
        i++;
      }
      picked[j] = values[i];
      w[j] = step;
    }
    // the extremes stay, so a support that depends on the parameters (uniform, pareto, levy)
    // excludes no point of the full data
    picked[0] = values[0];
    picked[points - 1] = values[values.length - 1];
    return new FitData(picked, w, rows, weighted, null).grouped();
  }

  /**
   * A stand-in of about {@code points + 2·tail} points whose curvature is that of the whole data:
   * the {@code tail} smallest and largest distinct values kept as they are, the middle thinned as
   * {@link #thinned} does. A parameter near the edge of the data (an affine shift below the
   * minimum) draws its curvature from the extreme values, which the plain thinning would give a
   * weight of W/m each.
   */
  FitData thinnedWithTails(int points, int tail) {
    int n = values.length;
    if (n <= points + 2 * tail) {
      return this;
    }
    int to = n - tail;
    double middle = 0;
    for (int i = tail; i < to; i++) {
      middle += weights[i];
    }
    double[] picked = new double[points + 2 * tail];
    double[] w = new double[picked.length];
    System.arraycopy(values, 0, picked, 0, tail);
    System.arraycopy(weights, 0, w, 0, tail);
    System.arraycopy(values, to, picked, tail + points, tail);
    System.arraycopy(weights, to, w, tail + points, tail);
    double step = middle / points;
    double cumulative = 0;
    int i = tail;
    for (int j = 0; j < points; j++) {
      double rank = (j + 0.5) * step;
      while (i < to - 1 && cumulative + weights[i] <= rank) {
        cumulative += weights[i];
        i++;
      }
      picked[tail + j] = values[i];
      w[tail + j] = step;
    }
    return new FitData(picked, w, rows, weighted, null).grouped();
  }

  /** The same rows with equal neighbouring values merged. */
  private FitData grouped() {
    int k = 0;
    double[] v = values.clone();
    double[] w = weights.clone();
    for (int i = 1; i < v.length; i++) {
      if (v[i] == v[k]) {
        w[k] += w[i];
      } else {
        k++;
        v[k] = v[i];
        w[k] = w[i];
      }
    }
    return k + 1 == v.length
        ? this
        : new FitData(Arrays.copyOf(v, k + 1), Arrays.copyOf(w, k + 1), rows, weighted, sample);
  }

  /** Whether every value is the same. */
  public boolean allEqual() {
    return values.length == 1;
  }

  /** The values as a sorted array of distinct values (a copy). */
  double[] distinctValues() {
    return values.clone();
  }

  /** Rows expanded, ascending, each distinct value repeated round(weight) times. */
  static double[] expand(FitData data) {
    long n = 0;
    for (double w : data.weights) {
      n += Math.round(w);
    }
    double[] out = new double[Math.toIntExact(n)];
    int k = 0;
    for (int i = 0; i < data.values.length; i++) {
      for (long j = Math.round(data.weights[i]); j > 0; j--) {
        out[k++] = data.values[i];
      }
    }
    return out;
  }
}
