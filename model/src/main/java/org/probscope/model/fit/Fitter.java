package org.probscope.model.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.probscope.model.distribution.AffineFamily;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Family;
import org.probscope.model.distribution.SpecNumbers;
import org.probscope.model.distribution.Validated;
import org.probscope.model.gof.GofTest;
import org.probscope.model.gof.GoodnessOfFit;
import org.probscope.model.gof.TestResult;

/**
 * Fits families to data and ranks them: for each family, {@link Applicability} first (values
 * outside the support, non-integers, too few points are reported, not fitted around), then the
 * method's {@link Estimator}, the log-likelihood, standard errors from the observed information
 * (maximum likelihood only; other methods leave them to the bootstrap), and the KS, CvM and AD
 * tests against the fit. One family failing never stops the others.
 */
public final class Fitter {

  private Fitter() {}

  /** Fits one family; never throws on data or options a user can give. */
  public static FitResult fit(Family family, FitData data, FitOptions options) {
    Validated<FitProblem> p = FitProblem.of(fittedFamily(family, options), options.fixed());
    if (!p.isValid()) {
      return FitResult.failed(
          family,
          options.method(),
          data.totalWeight(),
          FitFailure.of(FitFailure.Reason.INVALID_FIXED, p.message()));
    }
    FitProblem problem = p.orElseThrow();
    Optional<FitFailure> inapplicable = Applicability.check(problem, data);
    if (inapplicable.isPresent()) {
      return FitResult.failed(family, options.method(), data.totalWeight(), inapplicable.get());
    }
    Estimation estimation;
    try {
      Estimator estimator = Estimators.of(options);
      estimation =
          Rescaling.of(problem, data)
              .map(r -> r.estimate(estimator, data, options.method() == FitMethod.MLE))
              .orElseGet(() -> estimator.estimate(problem, data));
    } catch (ArithmeticException | IllegalArgumentException e) {
      // a library refusing a value on the optimiser's path is a failure of this family only
      estimation =
          Estimation.failed(
              FitFailure.of(
                  FitFailure.Reason.DID_NOT_CONVERGE, "the optimiser stopped: " + e.getMessage()));
    }
    if (!estimation.succeeded()) {
      FitFailure failure = estimation.failure().orElseThrow();
      if (options.method() == FitMethod.MLE
          && failure.reason() == FitFailure.Reason.DID_NOT_CONVERGE) {
        failure = NormalLimit.below(problem, data, Double.NEGATIVE_INFINITY).orElse(failure);
      }
      return FitResult.failed(family, options.method(), data.totalWeight(), failure);
    }
    return complete(family, problem, data, options, estimation);
  }

  /**
   * Fits every family, on both cores, and ranks them by {@code criterion} (failures last, in the
   * given order). Deterministic: the result does not depend on the thread count.
   */
  public static FitRanking rank(
      List<Family> families,
      FitData data,
      FitOptions options,
      Criterion criterion,
      FitProgress progress) {
    AtomicInteger done = new AtomicInteger();
    int total = families.size();
    List<FitResult> results =
        IntStream.range(0, total)
            .parallel()
            .mapToObj(
                i -> {
                  Family family = families.get(i);
                  FitResult r =
                      progress.cancelled()
                          ? FitResult.failed(
                              family,
                              options.method(),
                              data.totalWeight(),
                              FitFailure.of(FitFailure.Reason.CANCELLED, "the fit was cancelled"))
                          : fit(family, data, options);
                  progress.fitted(done.incrementAndGet(), total, r);
                  return r;
                })
            .toList();
    return FitRanking.of(new ArrayList<>(results), criterion);
  }

  /**
   * A free estimate that ran to the edge of the range the library evaluates reliably (an f's df1 at
   * 1e10, a scale at 1e-300): the likelihood keeps rising towards a limit the family does not
   * contain (an f with df1 → ∞ is an inverse gamma), so there is no maximum to report.
   */
  private static Optional<FitFailure> atReliableEdge(
      FitProblem problem, double[] values, FitOptions options) {
    var parameters = problem.family().parameters();
    for (int i = 0; i < values.length; i++) {
      var p = parameters.get(i);
      boolean atMin =
          Double.isFinite(p.limitMin())
              && p.limitMin() > p.lower()
              && values[i] <= p.limitMin() * (1 + 1e-9);
      boolean atMax =
          Double.isFinite(p.limitMax())
              && p.limitMax() < p.upper()
              && values[i] >= p.limitMax() * (1 - 1e-9);
      if (problem.isFree(i) && (atMin || atMax)) {
        return Optional.of(
            FitFailure.of(
                FitFailure.Reason.DID_NOT_CONVERGE,
                p.name()
                    + " ran to "
                    + SpecNumbers.format(values[i])
                    + ", the end of its range: "
                    + objectiveHasNoOptimum(options)
                    + " inside the family"));
      }
    }
    return Optional.empty();
  }

  /**
   * A shifted and scaled t or χ² whose one df ran to its end is at the normal limit: the failure
   * says which fit is the supremum (an f with one df at its end tends to another law).
   */
  private static FitFailure normalIfOneDf(
      FitProblem problem, FitData data, FitOptions options, FitFailure atEdge) {
    return options.method() == FitMethod.MLE && problem.parameterCount() == 3
        ? NormalLimit.below(problem, data, Double.NEGATIVE_INFINITY).orElse(atEdge)
        : atEdge;
  }

  /** What has no optimum when an estimate runs to an edge, in the words of the method. */
  private static String objectiveHasNoOptimum(FitOptions options) {
    return switch (options.method()) {
      case MLE -> "the likelihood has no maximum";
      case MOMENTS -> "the moment equations have no solution";
      case QUANTILES -> "the quantile equations have no solution";
      case GOODNESS_OF_FIT -> "the " + options.distance().code() + " distance has no minimum";
    };
  }

  /**
   * The family actually fitted: with {@link FitOptions#locationScale()}, studentt, chisquared and f
   * become {@code affine(family, shift, scale)}, SciPy's {@code loc} and {@code scale} made
   * explicit in the spec; every other family has a location or scale of its own and is fitted as it
   * is.
   */
  public static Family fittedFamily(Family family, FitOptions options) {
    return options.locationScale() && LOCATION_SCALE.contains(family.name())
        ? AffineFamily.of(family)
        : family;
  }

  /** The families that {@link FitOptions#locationScale()} fits through an affine transform. */
  public static final java.util.Set<String> LOCATION_SCALE =
      java.util.Set.of("studentt", "chisquared", "f");

  private static FitResult complete(
      Family family, FitProblem problem, FitData data, FitOptions options, Estimation estimation) {
    double[] values = estimation.values();
    Validated<Distribution> created = problem.family().create(values);
    if (!created.isValid()) {
      return FitResult.failed(
          family,
          options.method(),
          data.totalWeight(),
          FitFailure.of(
              FitFailure.Reason.DID_NOT_CONVERGE,
              "the estimate lies on the edge of the domain: " + created.message()));
    }
    Distribution d = created.orElseThrow();
    double logLik = LogLikelihood.of(d, data);
    // below the normal limit first: the most informative reason where it applies (the supremum is
    // that closed-form fit), then the edges and ridges
    Optional<FitFailure> limit =
        (options.method() == FitMethod.MLE
                ? NormalLimit.below(problem, data, logLik)
                : Optional.<FitFailure>empty())
            .or(
                () ->
                    atReliableEdge(problem, values, options)
                        .map(f -> normalIfOneDf(problem, data, options, f)))
            .or(() -> NormalLimit.ranOff(problem, values, objectiveHasNoOptimum(options)))
            .or(() -> TruncatedNormalMle.atLimit(problem, values, objectiveHasNoOptimum(options)));
    if (limit.isPresent()) {
      return FitResult.failed(family, options.method(), data.totalWeight(), limit.get());
    }
    if (logLik == Double.NEGATIVE_INFINITY) {
      long outside = LogLikelihood.outside(d, data);
      return FitResult.failed(
          family,
          options.method(),
          data.totalWeight(),
          new FitFailure(
              FitFailure.Reason.OUTSIDE_SUPPORT,
              outside,
              Double.NaN,
              outside
                  + " distinct value"
                  + (outside == 1 ? " has" : "s have")
                  + " zero likelihood under "
                  + d.spec()));
    }
    double[][] covariance =
        options.method() != FitMethod.MLE
            ? new double[0][0]
            : estimation
                .covariance()
                .orElseGet(
                    () ->
                        ObservedInformation.covariance(
                            problem,
                            data,
                            values,
                            StartingValues.typicalSteps(problem.family(), data)));
    double[] se =
        options.method() == FitMethod.MLE && estimation.standardErrors().isPresent()
            ? estimation.standardErrors().get()
            : ObservedInformation.standardErrors(covariance, problem.freeCount());
    List<ParameterEstimate> parameters = new ArrayList<>();
    int k = 0;
    for (int i = 0; i < values.length; i++) {
      String name = problem.family().parameters().get(i).name();
      boolean free = problem.isFree(i);
      parameters.add(new ParameterEstimate(name, values[i], !free, free ? se[k++] : Double.NaN));
    }
    FitResult.Builder b =
        FitResult.builder(family, options.method())
            .distribution(d)
            .parameters(parameters)
            .covariance(covariance)
            .logLikelihood(logLik)
            .freeParameters(problem.freeCount())
            .n(data.totalWeight())
            .evaluations(estimation.evaluations());
    if (!options.goodnessOfFit()) {
      b.testsUnavailable("not requested");
    } else if (data.sample().isEmpty()) {
      b.testsUnavailable("weighted data: KS, CvM and AD are defined for unweighted samples");
    } else {
      Map<GofTest, TestResult> tests = GoodnessOfFit.tests(data.sample().get(), d);
      b.tests(
          List.of(
              tests.get(GofTest.KOLMOGOROV_SMIRNOV),
              tests.get(GofTest.CRAMER_VON_MISES),
              tests.get(GofTest.ANDERSON_DARLING)));
    }
    return b.build();
  }
}
