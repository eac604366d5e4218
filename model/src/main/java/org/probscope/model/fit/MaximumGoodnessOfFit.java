package org.probscope.model.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probscope.model.distribution.Distribution;

/**
 * Maximum goodness of fit, as {@code fitdistrplus::mgedist}: the free parameters minimise the KS,
 * Cramér–von Mises or Anderson–Darling distance between the data's ECDF and the fit ({@link
 * EcdfDistance}; weighted data use the weighted ECDF). Started from the maximum-likelihood estimate
 * (or the best of {@link StartingValues} and the moment estimate when it fails); Nelder–Mead
 * ({@link FreeParameterOptimizer}) restarted from its optimum until a round gains nothing, then,
 * for the smooth CvM and AD, the Newton polish. KS is not differentiable at its minimum: no polish,
 * and its minimiser need not be unique. More than {@value NumericMle#THIN_ABOVE} distinct values
 * are first fitted on {@value NumericMle#THIN_TO} order statistics ({@link FitData#thinned}) and
 * then refined on all of them.
 *
 * <p>Continuous families only, as {@code mgedist}: a discrete family's step CDF makes these
 * distances piecewise constant in the parameters.
 */
final class MaximumGoodnessOfFit implements Estimator {

  private static final int MAX_EVALUATIONS = 3_000;
  private static final int MAX_ROUNDS = 6;

  private final MgeDistance distance;

  MaximumGoodnessOfFit(MgeDistance distance) {
    this.distance = distance;
  }

  @Override
  public Estimation estimate(FitProblem problem, FitData data) {
    if (problem.family().isDiscrete()) {
      return Estimation.failed(
          FitFailure.of(
              FitFailure.Reason.NOT_AVAILABLE,
              "maximum goodness of fit is defined for continuous families only (as"
                  + " fitdistrplus::mgedist); "
                  + problem.family().name()
                  + " is discrete"));
    }
    if (problem.freeCount() == 0) {
      return Estimation.of(problem.withFixed(problem.family().defaults()), 0);
    }
    FitData coarse =
        data.distinct() > NumericMle.THIN_ABOVE ? data.thinned(NumericMle.THIN_TO) : data;
    double[] start = start(problem, coarse, data);
    if (start == null) {
      return Estimation.failed(
          FitFailure.of(
              FitFailure.Reason.DID_NOT_CONVERGE,
              "no starting values give a finite " + distance.code() + " distance"));
    }
    double[] steps = StartingValues.typicalSteps(problem.family(), data);
    boolean smooth = distance != MgeDistance.KS;
    FreeParameterOptimizer.Optimum optimum = rounds(problem, coarse, start, steps, smooth, 0.5);
    int evaluations = optimum.evaluations();
    if (coarse != data) {
      FreeParameterOptimizer.Optimum fine =
          rounds(problem, data, optimum.full(), steps, smooth, 0.01);
      evaluations += fine.evaluations();
      optimum = fine;
    }
    if (!Double.isFinite(optimum.value())) {
      return Estimation.failed(
          FitFailure.of(
              FitFailure.Reason.DID_NOT_CONVERGE,
              "the " + distance.code() + " distance is infinite for every parameter tried"));
    }
    if (!optimum.converged()) {
      return Estimation.failed(
          FitFailure.of(
              FitFailure.Reason.DID_NOT_CONVERGE,
              "the optimiser did not settle in "
                  + evaluations
                  + " evaluations (the "
                  + distance.code()
                  + " distance still falling at "
                  + problem.distribution(optimum.full()).map(d -> d.spec()).orElse("the last point")
                  + "): it may have no minimum inside the family"));
    }
    return Estimation.of(optimum.full(), evaluations);
  }

  /**
   * The distance at a full vector; +∞ when the values are invalid or the support leaves out some of
   * the data (a fit under which data are impossible is no fit, however close its CDF: before, a
   * truncated normal by CvM put its upper end below five of faithful's eruptions).
   */
  double distance(FitProblem problem, FitData data, double[] full) {
    Optional<Distribution> d = problem.distribution(full);
    if (d.isEmpty() || data.min() < d.get().supportLower() || data.max() > d.get().supportUpper()) {
      return Double.POSITIVE_INFINITY;
    }
    return EcdfDistance.of(distance, data, d.get());
  }

  private FreeParameterOptimizer.Optimum rounds(
      FitProblem problem,
      FitData data,
      double[] start,
      double[] steps,
      boolean smooth,
      double firstScale) {
    FreeParameterOptimizer.Objective objective = full -> -distance(problem, data, full);
    double[] at = start;
    double value = objective.value(start);
    int evaluations = 0;
    FreeParameterOptimizer.Optimum last = null;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      double scale = round == 0 ? firstScale : 0.1;
      FreeParameterOptimizer.Optimum o =
          FreeParameterOptimizer.maximise(
              problem,
              at,
              steps,
              objective,
              MAX_EVALUATIONS,
              new double[] {scale, scale / 10},
              smooth);
      evaluations += o.evaluations();
      boolean gained = o.value() > value + 1e-15 * Math.abs(value);
      if (o.value() >= value || last == null) {
        at = o.full();
        value = Math.max(value, o.value());
        last = o;
      }
      if (!gained && round > 0) {
        break;
      }
    }
    return new FreeParameterOptimizer.Optimum(at, value, evaluations, last.converged());
  }

  /** The MLE, or the best finite-distance candidate of the moment estimate and the defaults. */
  private double[] start(FitProblem problem, FitData coarse, FitData data) {
    List<double[]> candidates = new ArrayList<>();
    Estimation mle = MaximumLikelihood.INSTANCE.estimate(problem, data);
    if (mle.succeeded()) {
      candidates.add(mle.values());
    }
    Estimation mm = MomentMatching.INSTANCE.estimate(problem, data);
    if (mm.succeeded()) {
      candidates.add(mm.values());
    }
    candidates.addAll(StartingValues.candidates(problem, data));
    double[] best = null;
    double bestValue = Double.POSITIVE_INFINITY;
    for (double[] c : candidates) {
      double v = distance(problem, coarse, problem.withFixed(c));
      if (v < bestValue) {
        best = problem.withFixed(c);
        bestValue = v;
      }
    }
    return best;
  }
}
