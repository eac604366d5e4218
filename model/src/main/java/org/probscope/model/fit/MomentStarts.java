package org.probscope.model.fit;

import java.util.Optional;

/**
 * Method-of-moments or quantile guesses per family, used only as starting points of the
 * maximum-likelihood optimiser (a start need not be accurate, only inside the domain and near the
 * optimum). Empty for a family without one.
 */
final class MomentStarts {

  private MomentStarts() {}

  static Optional<double[]> of(FitProblem problem, FitData data) {
    return Optional.empty();
  }
}
