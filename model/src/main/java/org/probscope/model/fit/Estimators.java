package org.probscope.model.fit;

/** The estimator of each {@link FitMethod} under given options. */
final class Estimators {

  private Estimators() {}

  static Estimator of(FitOptions options) {
    return switch (options.method()) {
      case MLE -> MaximumLikelihood.INSTANCE;
      case MOMENTS, QUANTILES, GOODNESS_OF_FIT ->
          (problem, data) ->
              Estimation.failed(
                  FitFailure.of(
                      FitFailure.Reason.NOT_AVAILABLE,
                      options.method().label() + " is not available yet"));
    };
  }
}
