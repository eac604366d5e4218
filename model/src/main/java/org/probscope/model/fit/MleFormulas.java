package org.probscope.model.fit;

import java.util.Map;
import java.util.Optional;

/**
 * Maximum-likelihood estimates that need no general optimiser: closed forms (normal, lognormal,
 * exponential, poisson, ...) and one-dimensional profile equations (gamma, weibull, beta), for the
 * fixings they cover. A family or fixing not covered here goes to {@link NumericMle}.
 *
 * <p>Covered (any fixing unless said): normal, lognormal, exponential, poisson, geometric,
 * bernoulli, uniform, uniformdiscrete, laplace, pareto, chisquared, gamma, weibull, beta, levy,
 * binomial, negativebinomial, zipf, hypergeometric (one of its three counts free); gumbel except
 * with only the scale free; truncatednormal (the bounds by their closed form, mean and sd by a
 * two-parameter search on sufficient statistics). Left to the numeric path: studentt, f, cauchy,
 * logistic, triangular and gumbel with its location fixed; their starts come from {@link
 * MomentStarts}, and on large samples the first five are polished with their closed-form scores
 * ({@link ScoreNewton}, {@link TriangularMle}; see {@link NumericMle}).
 */
final class MleFormulas {

  /** A family's specialised estimator; empty when it does not cover the problem's fixing. */
  @FunctionalInterface
  interface FamilyMle {
    Optional<Estimation> estimate(FitProblem problem, FitData data);
  }

  private static final Map<String, FamilyMle> BY_FAMILY =
      Map.ofEntries(
          Map.entry("normal", LocationScaleMle::normal),
          Map.entry("lognormal", LocationScaleMle::lognormal),
          Map.entry("laplace", LocationScaleMle::laplace),
          Map.entry("uniform", LocationScaleMle::uniform),
          Map.entry("gumbel", LocationScaleMle::gumbel),
          Map.entry("levy", LevyMle::estimate),
          Map.entry("truncatednormal", TruncatedNormalMle::estimate),
          Map.entry("exponential", PositiveMle::exponential),
          Map.entry("gamma", PositiveMle::gamma),
          Map.entry("weibull", WeibullMle::estimate),
          Map.entry("pareto", PositiveMle::pareto),
          Map.entry("chisquared", PositiveMle::chiSquared),
          Map.entry("beta", PositiveMle::beta),
          Map.entry("poisson", CountMle::poisson),
          Map.entry("geometric", CountMle::geometric),
          Map.entry("bernoulli", CountMle::bernoulli),
          Map.entry("binomial", CountMle::binomial),
          Map.entry("negativebinomial", CountMle::negativeBinomial),
          Map.entry("uniformdiscrete", CountMle::uniformDiscrete),
          Map.entry("zipf", FiniteMle::zipf),
          Map.entry("hypergeometric", FiniteMle::hypergeometric));

  private MleFormulas() {}

  static Optional<Estimation> estimate(FitProblem problem, FitData data) {
    if (problem.freeCount() == 0) {
      return Optional.of(Estimation.of(problem.withFixed(problem.family().defaults()), 0));
    }
    FamilyMle mle = BY_FAMILY.get(problem.family().name());
    return mle == null ? Optional.empty() : mle.estimate(problem, data);
  }

  /** The estimate with the covariance from an analytic information matrix (full, k×k). */
  static Optional<Estimation> withInformation(
      FitProblem problem, double[] full, int evaluations, double[][] information) {
    return Optional.of(
        Estimation.of(full, evaluations)
            .withCovariance(AnalyticCovariance.of(problem, information)));
  }

  /** A failure as an estimate: the numeric path would fail the same way, so it is not tried. */
  static Optional<Estimation> failure(FitFailure.Reason reason, String detail) {
    return Optional.of(Estimation.failed(FitFailure.of(reason, detail)));
  }

  /** The value of parameter i: the fixed one, or {@code estimate} when it is free. */
  static double valueOr(FitProblem problem, int i, double estimate) {
    return problem.isFree(i) ? estimate : problem.fixedValue(i);
  }

  /** Σ w / Σ w·f: weighted mean of a function of the data. */
  static double mean(FitData data, java.util.function.DoubleUnaryOperator f) {
    return data.weightedSum(f) / data.totalWeight();
  }
}
