package org.probscope.model.fit;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probscope.model.gof.GofStatistics;
import org.probscope.model.gof.GofTest;

/**
 * What a {@link ParametricBootstrap} found: the cloud of the free parameters' estimates over the
 * refits that succeeded (in refit order), their percentile intervals, medians and standard errors,
 * and the refits that failed, counted by reason (never dropped silently: JASP's bootstrap dropped
 * them, jasp-issues #4393). Quantiles are R's type 7, as {@code quantile()} in {@code
 * summary(bootdist(...))}. Immutable.
 */
public final class BootstrapResult {

  /** The tests whose statistics each refit carries, in this order. */
  static final List<GofTest> TESTS =
      List.of(
          GofTest.KOLMOGOROV_SMIRNOV,
          GofTest.KUIPER,
          GofTest.CRAMER_VON_MISES,
          GofTest.ANDERSON_DARLING);

  private final FitResult fit;
  private final BootstrapSettings settings;
  private final int sampleSize;
  private final List<String> names;
  private final double[][] estimates;
  private final double[][] statistics;
  private final GofStatistics observed;
  private final Map<FitFailure.Reason, Long> failures;
  private final Map<FitFailure.Reason, FitFailure> firstFailures;
  private final int cancelled;
  private final int succeeded;

  private BootstrapResult(
      FitResult fit,
      BootstrapSettings settings,
      int sampleSize,
      List<String> names,
      double[][] estimates,
      double[][] statistics,
      GofStatistics observed,
      Map<FitFailure.Reason, Long> failures,
      Map<FitFailure.Reason, FitFailure> firstFailures,
      int cancelled,
      int succeeded) {
    this.fit = fit;
    this.settings = settings;
    this.sampleSize = sampleSize;
    this.names = names;
    this.estimates = estimates;
    this.statistics = statistics;
    this.observed = observed;
    this.failures = failures;
    this.firstFailures = firstFailures;
    this.cancelled = cancelled;
    this.succeeded = succeeded;
  }

  static BootstrapResult of(
      FitResult fit,
      BootstrapSettings settings,
      int sampleSize,
      List<Refit> refits,
      Optional<GofStatistics> observed) {
    List<String> names =
        fit.parameters().stream().filter(p -> !p.fixed()).map(ParameterEstimate::name).toList();
    List<Refit> ok = refits.stream().filter(Refit::ok).toList();
    double[][] estimates = new double[names.size()][ok.size()];
    double[][] statistics = new double[TESTS.size()][observed.isPresent() ? ok.size() : 0];
    for (int i = 0; i < ok.size(); i++) {
      for (int j = 0; j < names.size(); j++) {
        estimates[j][i] = ok.get(i).estimate(j);
      }
      if (observed.isPresent()) {
        for (int t = 0; t < TESTS.size(); t++) {
          statistics[t][i] = ok.get(i).statistics().statistic(TESTS.get(t));
        }
      }
    }
    Map<FitFailure.Reason, Long> failures = new EnumMap<>(FitFailure.Reason.class);
    Map<FitFailure.Reason, FitFailure> first = new EnumMap<>(FitFailure.Reason.class);
    int cancelled = 0;
    for (Refit r : refits) {
      if (r.ok()) {
        continue;
      }
      FitFailure.Reason reason = r.failure().reason();
      if (reason == FitFailure.Reason.CANCELLED) {
        cancelled++;
        continue;
      }
      failures.merge(reason, 1L, Long::sum);
      first.putIfAbsent(reason, r.failure());
    }
    return new BootstrapResult(
        fit,
        settings,
        sampleSize,
        names,
        estimates,
        statistics,
        observed.orElse(null),
        Collections.unmodifiableMap(failures),
        Collections.unmodifiableMap(first),
        cancelled,
        ok.size());
  }

  /** The fit that was bootstrapped. */
  public FitResult fit() {
    return fit;
  }

  public BootstrapSettings settings() {
    return settings;
  }

  /** B, the refits asked for. */
  public int refits() {
    return settings.refits();
  }

  /** The size of each simulated sample: n of the data (Σw rounded for weighted data). */
  public int sampleSize() {
    return sampleSize;
  }

  /** The refits that succeeded: the size of the cloud. */
  public int succeeded() {
    return succeeded;
  }

  /** The refits that ran and failed (counted by reason in {@link #failures()}). */
  public int failed() {
    return (int) failures.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The refits not run because the bootstrap was cancelled. */
  public int cancelled() {
    return cancelled;
  }

  /** Whether every one of the B refits ran (none cancelled). */
  public boolean isComplete() {
    return cancelled == 0;
  }

  /** The failed refits by reason, in the reasons' order; empty when none failed. */
  public Map<FitFailure.Reason, Long> failures() {
    return failures;
  }

  /** The failure of the first refit (in refit order) that failed for {@code reason}. */
  public Optional<FitFailure> firstFailure(FitFailure.Reason reason) {
    return Optional.ofNullable(firstFailures.get(reason));
  }

  /** The free parameters' names, in the family's order: the columns of the cloud. */
  public List<String> parameterNames() {
    return names;
  }

  /** The cloud: one row per successful refit (in refit order), one column per free parameter. */
  public double[][] estimates() {
    int m = succeeded();
    double[][] cloud = new double[m][names.size()];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < names.size(); j++) {
        cloud[i][j] = estimates[j][i];
      }
    }
    return cloud;
  }

  /**
   * The successful refits' estimates of one free parameter, in refit order.
   *
   * @throws IllegalArgumentException when {@code name} is not a free parameter of the fit
   */
  public double[] estimates(String name) {
    return estimates[column(name)].clone();
  }

  /**
   * The percentile interval at {@code level} (0.95: the 2.5% and 97.5% quantiles of the estimates);
   * NaN ends when no refit succeeded.
   */
  public double[] percentileInterval(String name, double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("the level must lie in (0, 1), got " + level);
    }
    double[] sorted = sorted(name);
    return new double[] {quantile(sorted, (1 - level) / 2), quantile(sorted, 1 - (1 - level) / 2)};
  }

  /** The median of the estimates; NaN when no refit succeeded. */
  public double median(String name) {
    return quantile(sorted(name), 0.5);
  }

  /**
   * The bootstrap standard error: the standard deviation of the estimates with divisor m − 1 (R's
   * {@code sd}); NaN with fewer than two successful refits.
   */
  public double standardError(String name) {
    double[] x = estimates[column(name)];
    if (x.length < 2) {
      return Double.NaN;
    }
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= x.length;
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    return Math.sqrt(ss / (x.length - 1));
  }

  /** The statistics of the data against the fit, when the goodness of fit was bootstrapped. */
  public Optional<GofStatistics> observedStatistics() {
    return Optional.ofNullable(observed);
  }

  /**
   * The successful refits' statistics of {@code test} (KS, Kuiper, CvM or AD), each of a simulated
   * sample against its own refit, in refit order; empty when not computed.
   */
  public double[] simulatedStatistics(GofTest test) {
    int t = TESTS.indexOf(test);
    if (t < 0) {
      throw new IllegalArgumentException(test.label() + " is not bootstrapped");
    }
    return statistics[t].clone();
  }

  private int column(String name) {
    int j = names.indexOf(name);
    if (j < 0) {
      throw new IllegalArgumentException(name + " is not a free parameter of " + fit.spec());
    }
    return j;
  }

  private double[] sorted(String name) {
    double[] x = estimates(name);
    Arrays.sort(x);
    return x;
  }

  /** R's type 7: h = (m − 1)p, linear between the order statistics around h. */
  static double quantile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double h = (sorted.length - 1) * p;
    int low = (int) Math.floor(h);
    int high = Math.min(sorted.length - 1, low + 1);
    return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
  }

  @Override
  public String toString() {
    return "BootstrapResult["
        + fit.spec()
        + ", B="
        + refits()
        + ", succeeded="
        + succeeded()
        + ", failed="
        + failures
        + (cancelled > 0 ? ", cancelled=" + cancelled : "")
        + "]";
  }
}
