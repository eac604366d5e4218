package org.probscope.model.fit;

import java.util.List;
import java.util.Optional;
import org.probscope.model.distribution.Parameter;

/**
 * Maximum likelihood by numerical optimisation, for any family and any fixing: the best of {@link
 * StartingValues}' candidates, Nelder–Mead and a Newton polish ({@link FreeParameterOptimizer}). On
 * more than {@value #THIN_ABOVE} distinct values the simplex runs on {@value #THIN_TO} order
 * statistics standing for the sample ({@link FitData#thinned}) and only the polish reads every
 * value: for the families with a closed-form score ({@link LogDensityScore}: cauchy, logistic,
 * studentt, f, alone or affine) the simplex uses that closed form and {@link ScoreNewton} polishes
 * with one full pass per step; triangular, whose likelihood has a kink at every value in its mode,
 * is polished by {@link TriangularMle}; any other family by Newton steps with numerical derivatives
 * ({@link FreeParameterOptimizer#refine}), a few dozen full passes.
 *
 * <p>Integer parameters cannot be moved by this optimiser: a free one is a failure asking the user
 * to fix it, unless {@link MleFormulas} profiles over it.
 */
final class NumericMle implements Estimator {

  static final NumericMle INSTANCE = new NumericMle();

  static final int THIN_ABOVE = 20_000;
  static final int THIN_TO = 4_000;

  /** Points of the thinned stand-in whose curvature the full-data Newton steps use. */
  static final int CURVATURE_POINTS = 20_000;

  /** Values at each end that the curvature's stand-in keeps as they are. */
  static final int CURVATURE_TAIL = 2_000;

  private static final int MAX_EVALUATIONS = 4_000;
  private static final int MAX_REFINE_STEPS = 4;

  private NumericMle() {}

  @Override
  public Estimation estimate(FitProblem problem, FitData data) {
    List<Parameter> parameters = problem.family().parameters();
    for (int i = 0; i < parameters.size(); i++) {
      if (problem.isFree(i) && parameters.get(i).integer()) {
        return Estimation.failed(
            FitFailure.of(
                FitFailure.Reason.NOT_AVAILABLE,
                "the whole-number parameter "
                    + parameters.get(i).name()
                    + " must be fixed (for example --fix "
                    + parameters.get(i).name()
                    + "="
                    + (long) Math.max(1, Math.ceil(data.max()))
                    + ")"));
      }
    }
    return maximise(problem, data, StartingValues.candidates(problem, data));
  }

  /** Maximises the likelihood from the best of the given full start vectors. */
  static Estimation maximise(FitProblem problem, FitData data, List<double[]> starts) {
    FitData coarse = data.distinct() > THIN_ABOVE ? data.thinned(THIN_TO) : data;
    Optional<LogDensityScore> score = LogDensityScore.of(problem.family());
    // on the thinned data the closed form is cheaper than the library's density (agreeing to 1e-12)
    FreeParameterOptimizer.Objective coarseObjective =
        coarse != data && score.isPresent()
            ? closedForm(problem, score.get(), coarse)
            : objective(problem, coarse);
    double[] best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (double[] start : starts) {
      double v = coarseObjective.value(start);
      if (v > bestValue || best == null) {
        best = start;
        bestValue = v;
      }
    }
    double[] steps = StartingValues.typicalSteps(problem.family(), data);
    FreeParameterOptimizer.Optimum optimum =
        FreeParameterOptimizer.maximise(
            problem,
            best,
            steps,
            coarseObjective,
            MAX_EVALUATIONS,
            new double[] {0.5, 0.05},
            coarse == data);
    int evaluations = optimum.evaluations();
    if (coarse != data && score.isPresent() && Double.isFinite(optimum.value())) {
      Optional<ScoreNewton.Result> newton =
          ScoreNewton.maximise(
              problem,
              score.get(),
              optimum.full(),
              data,
              data.thinnedWithTails(CURVATURE_POINTS, CURVATURE_TAIL));
      // no step taken: the curvature at the simplex's optimum is not negative definite (a
      // likelihood still rising towards an edge); the numerical polish below handles that
      if (newton.isPresent() && newton.get().steps() > 0) {
        Estimation e = Estimation.of(newton.get().full(), evaluations + newton.get().passes());
        return newton.get().covariance().map(e::withCovariance).orElse(e);
      }
    }
    // any n: the simplex alone can stop far below a mode at an order statistic (x = {1.5, 2, 3, 4,
    // 5}: ln L −30.1 at mode 2.8, where the mode at the minimum gives −6.9)
    if (problem.family().name().equals("triangular") && Double.isFinite(optimum.value())) {
      return Estimation.of(triangular(problem, optimum.full(), data), evaluations);
    }
    boolean settled = optimum.converged();
    if (coarse != data) {
      optimum =
          FreeParameterOptimizer.refine(
              problem,
              optimum.full(),
              steps,
              objective(problem, data),
              objective(problem, data.thinned(CURVATURE_POINTS)),
              MAX_REFINE_STEPS);
      evaluations += optimum.evaluations();
    }
    if (!Double.isFinite(optimum.value())) {
      return Estimation.failed(
          FitFailure.of(
              FitFailure.Reason.DID_NOT_CONVERGE,
              "no parameter values give every point a positive likelihood"));
    }
    if (!settled) {
      // reporting where the budget ran out as an optimum would be a wrong number with "ok" beside
      // it
      return Estimation.failed(
          FitFailure.of(
              FitFailure.Reason.DID_NOT_CONVERGE,
              "the optimiser did not settle in "
                  + evaluations
                  + " evaluations (ln L still rising at "
                  + problem.distribution(optimum.full()).map(d -> d.spec()).orElse("the last point")
                  + "): the likelihood may have no maximum inside the family"));
    }
    return Estimation.of(optimum.full(), evaluations);
  }

  /** ln L by a closed-form log-density, −∞ outside the domain or the support. */
  private static FreeParameterOptimizer.Objective closedForm(
      FitProblem problem, LogDensityScore score, FitData data) {
    double[] scratch = new double[problem.parameterCount() + 1];
    return full -> {
      LogDensityScore.Point point = problem.distribution(full).isPresent() ? score.at(full) : null;
      if (point == null) {
        return Double.NEGATIVE_INFINITY;
      }
      double s = 0;
      for (int i = 0; i < data.distinct(); i++) {
        double v = point.add(data.value(i), data.weight(i), scratch);
        if (!(v > Double.NEGATIVE_INFINITY)) {
          return Double.NEGATIVE_INFINITY;
        }
        s += data.weight(i) * v;
      }
      return s;
    };
  }

  static FreeParameterOptimizer.Objective objective(FitProblem problem, FitData data) {
    return full ->
        problem
            .distribution(full)
            .map(d -> LogLikelihood.of(d, data))
            .orElse(Double.NEGATIVE_INFINITY);
  }

  /**
   * The triangular polish from the simplex's optimum and from the mode at either end of the data
   * (where ln L often peaks for small samples, and the alternation does not cross from one side to
   * the other), the best of the three.
   */
  private static double[] triangular(FitProblem problem, double[] simplex, FitData data) {
    double pad = (data.max() - data.min()) / Math.max(1, data.rows());
    List<double[]> starts =
        data.distinct() > THIN_ABOVE
            ? List.of(simplex) // at this size the data pin the mode; three polishes would cost 3×
            : List.of(
                simplex,
                new double[] {data.min() - pad, data.min(), data.max() + pad},
                new double[] {data.min() - pad, data.max(), data.max() + pad});
    double[] best = null;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (double[] start : starts) {
      double[] t = TriangularMle.refine(problem, start, data);
      double v = TriangularMle.logLikelihood(problem, problem.withFixed(t), data);
      if (best == null || v > bestValue) {
        best = t;
        bestValue = v;
      }
    }
    return best;
  }
}
