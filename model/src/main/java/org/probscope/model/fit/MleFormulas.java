package org.probscope.model.fit;

import java.util.Map;
import java.util.Optional;

/**
 * Maximum-likelihood estimates that need no general optimiser: closed forms (normal, lognormal,
 * exponential, poisson, ...) and one-dimensional profile equations (gamma, weibull, beta), for the
 * fixings they cover. A family or fixing not covered here goes to {@link NumericMle}.
 */
final class MleFormulas {

  /** A family's specialised estimator; empty when it does not cover the problem's fixing. */
  @FunctionalInterface
  interface FamilyMle {
    Optional<Estimation> estimate(FitProblem problem, FitData data);
  }

  private static final Map<String, FamilyMle> BY_FAMILY = Map.of();

  private MleFormulas() {}

  static Optional<Estimation> estimate(FitProblem problem, FitData data) {
    FamilyMle mle = BY_FAMILY.get(problem.family().name());
    return mle == null ? Optional.empty() : mle.estimate(problem, data);
  }
}
