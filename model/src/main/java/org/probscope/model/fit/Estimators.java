package org.probscope.model.fit;

/**
 * The estimator of each {@link FitMethod} under given options: {@link MaximumLikelihood}, {@link
 * MomentMatching}, {@link QuantileMatching} at the options' probabilities, {@link
 * MaximumGoodnessOfFit} with the options' distance.
 */
final class Estimators {

  private Estimators() {}

  static Estimator of(FitOptions options) {
    return switch (options.method()) {
      case MLE -> MaximumLikelihood.INSTANCE;
      case MOMENTS -> MomentMatching.INSTANCE;
      case QUANTILES -> new QuantileMatching(options.probabilities());
      case GOODNESS_OF_FIT -> new MaximumGoodnessOfFit(options.distance());
    };
  }
}
