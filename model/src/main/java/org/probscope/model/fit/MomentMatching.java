package org.probscope.model.fit;

import java.util.List;
import java.util.Optional;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Parameter;

/**
 * The method of moments, as {@code fitdistrplus::mmedist}: the fit's first k moments equal the
 * sample's, k being the number of free parameters — the mean, the variance with divisor n ({@link
 * FitData#variance()}), then the skewness and the kurtosis (population, {@link FitData#skewness()},
 * {@link FitData#kurtosis()}). The closed forms of {@link MomentFormulas} first; otherwise the
 * equations (μ − m)/s = 0, σ²/v − 1 = 0, γ₁ − g₁ = 0, κ − k = 0 (s = √v; scaled so that each is of
 * order 1, where {@code mmedist}'s optim squares the plain differences of raw moments: the same
 * zero) are solved by {@link MatchingSolver}. When a parameter is fixed, the moments matched are
 * the lowest ones the free parameters move (a normal with its mean fixed matches the variance).
 *
 * <p>Fails, with the reason, when the family has no mean (cauchy, levy), when a whole-number
 * parameter is free (binomial trials, negativebinomial successes: the moment solution is not a
 * whole number; the detail gives it), and when no parameters reach the sample's moments (studentt
 * with variance ≤ 1, binomial with variance ≥ mean, ...).
 */
final class MomentMatching implements Estimator {

  static final MomentMatching INSTANCE = new MomentMatching();

  /** Matched residuals within this (relative) count as a solution. */
  static final double TOLERANCE = 1e-9;

  private static final String[] MOMENT_NAMES = {"mean", "variance", "skewness", "kurtosis"};

  private MomentMatching() {}

  @Override
  public Estimation estimate(FitProblem problem, FitData data) {
    String name = problem.family().name();
    if (name.equals("cauchy") || name.equals("levy")) {
      return Estimation.failed(
          FitFailure.of(
              FitFailure.Reason.NOT_AVAILABLE,
              name + " has no mean: the method of moments does not apply"));
    }
    Optional<Estimation> wholeNumber = wholeNumberFree(problem, data);
    if (wholeNumber.isPresent()) {
      return wholeNumber.get();
    }
    return MomentFormulas.estimate(problem, data).orElseGet(() -> numeric(problem, data));
  }

  private static Optional<Estimation> wholeNumberFree(FitProblem problem, FitData data) {
    List<Parameter> parameters = problem.family().parameters();
    for (int i = 0; i < parameters.size(); i++) {
      if (problem.isFree(i) && parameters.get(i).integer()) {
        String p = parameters.get(i).name();
        double m = data.mean();
        double v = data.variance();
        String name = problem.family().name();
        String solution = "";
        if (name.equals("binomial")) {
          if (!(v < m)) {
            return Optional.of(
                MomentFormulas.cannot(
                    "the variance " + v + " is not below the mean " + m + ", as a binomial's is"));
          }
          solution = "; the moments give trials = " + m * m / (m - v);
        } else if (name.equals("negativebinomial")) {
          if (!(v > m)) {
            return Optional.of(
                MomentFormulas.cannot(
                    "the variance "
                        + v
                        + " is not above the mean "
                        + m
                        + ", as a"
                        + " negativebinomial's is"));
          }
          solution = "; the moments give successes = " + m * m / (v - m);
        }
        return Optional.of(
            Estimation.failed(
                FitFailure.of(
                    FitFailure.Reason.NOT_AVAILABLE,
                    "the whole-number parameter " + p + " must be fixed" + solution)));
      }
    }
    return Optional.empty();
  }

  private static Estimation numeric(FitProblem problem, FitData data) {
    List<double[]> starts = StartingValues.candidates(problem, data);
    double[] target = sampleMoments(data);
    double spread = data.variance() > 0 ? Math.sqrt(data.variance()) : Math.max(1, data.mean());
    double[] start = starts.get(0);
    Optional<int[]> orders = MomentSelection.orders(problem, start, full -> moments(problem, full));
    if (orders.isEmpty()) {
      double[] at = moments(problem, start);
      for (int o = 0; o < problem.freeCount(); o++) {
        if (!Double.isFinite(at[o])) {
          return Estimation.failed(
              FitFailure.of(
                  FitFailure.Reason.NOT_AVAILABLE,
                  problem.family().name()
                      + " has no finite "
                      + MOMENT_NAMES[o]
                      + " with these fixed parameters: the method of moments does not apply"));
        }
      }
      return Estimation.failed(
          FitFailure.of(
              FitFailure.Reason.NOT_AVAILABLE,
              "the free parameters do not move the first four moments independently"));
    }
    int[] picked = orders.get();
    MatchingSolver.Residuals residuals =
        full -> residuals(moments(problem, full), target, spread, picked);
    MatchingSolver.Match match = MatchingSolver.solve(problem, data, residuals, starts, true);
    if (!(Math.sqrt(match.sumOfSquares()) <= TOLERANCE)) {
      StringBuilder names = new StringBuilder();
      for (int o : picked) {
        names.append(names.length() == 0 ? "" : ", ").append(MOMENT_NAMES[o]);
      }
      return MomentFormulas.cannot(
          "no "
              + problem.family().name()
              + " matches the sample's "
              + names
              + " (the closest differs by "
              + String.format(java.util.Locale.ROOT, "%.3g", Math.sqrt(match.sumOfSquares()))
              + " in relative terms)");
    }
    return Estimation.of(match.full(), match.evaluations());
  }

  /** The sample's mean, variance, skewness and kurtosis (non-excess). */
  static double[] sampleMoments(FitData data) {
    return new double[] {data.mean(), data.variance(), data.skewness(), data.kurtosis()};
  }

  /** The family's mean, variance, skewness and kurtosis at a full vector; NaN when invalid. */
  static double[] moments(FitProblem problem, double[] full) {
    Optional<Distribution> d = problem.distribution(full);
    if (d.isEmpty()) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    }
    Distribution x = d.get();
    return new double[] {x.mean(), x.variance(), x.skewness(), x.excessKurtosis() + 3};
  }

  private static double[] residuals(double[] fit, double[] target, double spread, int[] orders) {
    double[] r = new double[orders.length];
    for (int i = 0; i < orders.length; i++) {
      int o = orders[i];
      r[i] =
          switch (o) {
            case 0 -> (fit[0] - target[0]) / spread;
            case 1 -> fit[1] / target[1] - 1;
            default -> fit[o] - target[o];
          };
      if (!Double.isFinite(r[i])) {
        r[i] = Double.POSITIVE_INFINITY;
      }
    }
    return r;
  }
}
