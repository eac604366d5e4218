package org.probscope.model.fit;

import java.util.Objects;
import org.probscope.model.gof.GofStatistics;

/**
 * One refit of a parametric bootstrap: the free parameters' estimates and, when asked for, the
 * goodness-of-fit statistics of the simulated sample against its own refit; or why it failed.
 */
final class Refit {

  private final double[] estimates;
  private final GofStatistics statistics;
  private final FitFailure failure;

  private Refit(double[] estimates, GofStatistics statistics, FitFailure failure) {
    this.estimates = estimates;
    this.statistics = statistics;
    this.failure = failure;
  }

  static Refit of(double[] estimates, GofStatistics statistics) {
    return new Refit(estimates.clone(), statistics, null);
  }

  static Refit failed(FitFailure failure) {
    return new Refit(null, null, Objects.requireNonNull(failure));
  }

  boolean ok() {
    return failure == null;
  }

  double estimate(int j) {
    return estimates[j];
  }

  /** The statistics, or null when they were not computed. */
  GofStatistics statistics() {
    return statistics;
  }

  FitFailure failure() {
    return failure;
  }
}
