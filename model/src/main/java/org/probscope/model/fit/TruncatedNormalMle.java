package org.probscope.model.fit;

import java.util.Optional;
import org.probscope.model.distribution.Distribution;

/**
 * Truncated-normal maximum likelihood. Free bounds go to the sample's minimum and maximum (for any
 * mean and sd, narrowing [a, b] to the data raises every density, since the normal mass of the
 * interval shrinks). Mean and sd then maximise
 *
 * <pre>ln L(μ, σ) = W ln f(x₀) + [W (x₀ − μ)² − Σw (x − μ)²] / (2σ²),</pre>
 *
 * with x₀ = μ clamped into [a, b] and f the family's own density (whose normalising mass is
 * computed without cancellation in the tails), which needs only Σw x and Σw x² from the data: the
 * optimiser of the numeric path runs on this O(1) objective instead of on every point. The
 * information of mean and sd is its central-difference Hessian (steps h and h/2, Richardson); the
 * bounds, at the edge of the likelihood, have no standard error.
 *
 * <p>The maximum need not exist: data flatter than any normal piece of [a, b] (uniform or U-shaped)
 * make the likelihood rise as σ → ∞; such a fit is reported as not converged.
 */
final class TruncatedNormalMle {

  private static final int MAX_EVALUATIONS = 1_500;
  private static final double FLAT_WIDTHS = 1e4;
  private static final double LIMIT_CURVATURE = 1e-3;

  private TruncatedNormalMle() {}

  static Optional<Estimation> estimate(FitProblem problem, FitData data) {
    double lower = MleFormulas.valueOr(problem, 2, data.min());
    double upper = MleFormulas.valueOr(problem, 3, data.max());
    Optional<Estimation> outside = Bounds.check(lower, upper, data);
    if (outside.isPresent()) {
      return outside;
    }
    if (!(lower < upper)) {
      return MleFormulas.failure(
          FitFailure.Reason.ALL_EQUAL, "every value equals " + lower + ": the width is 0");
    }
    if (problem.isFree(0) && problem.isFree(1)) {
      double width = upper - lower;
      double y = (data.mean() - lower) / width;
      if (!(data.variance() / (width * width) < TruncatedExponential.varianceAtMean(y))) {
        return flat();
      }
    }
    FixedParameters fixed = FixedParameters.none().with("lower", lower).with("upper", upper);
    for (int i = 0; i < 2; i++) {
      if (!problem.isFree(i)) {
        fixed = fixed.with(problem.family().parameters().get(i).name(), problem.fixedValue(i));
      }
    }
    var validated = FitProblem.of(problem.family(), fixed);
    if (!validated.isValid()) {
      return MleFormulas.failure(FitFailure.Reason.INVALID_FIXED, validated.message());
    }
    FitProblem inner = validated.orElseThrow();
    double[] start =
        inner.withFixed(new double[] {data.mean(), Math.sqrt(data.variance()), lower, upper});
    if (inner.freeCount() == 0) {
      return Optional.of(Estimation.of(start, 0));
    }
    FreeParameterOptimizer.Objective objective = objective(inner, data);
    FreeParameterOptimizer.Optimum optimum =
        FreeParameterOptimizer.maximise(
            inner,
            start,
            StartingValues.typicalSteps(problem.family(), data),
            objective,
            MAX_EVALUATIONS,
            new double[] {0.5, 0.05},
            true);
    double[] full = optimum.full();
    if (!Double.isFinite(optimum.value()) || full[1] > FLAT_WIDTHS * (upper - lower)) {
      return flat();
    }
    double[][] info = new double[4][4];
    double[][] h = hessian(objective, full);
    for (int a = 0; a < 2; a++) {
      for (int b = 0; b < 2; b++) {
        info[a][b] = -h[a][b];
      }
    }
    info[2][2] = Double.NaN;
    info[3][3] = Double.NaN;
    return MleFormulas.withInformation(problem, full, optimum.evaluations(), info);
  }

  /** ln L of mean and sd with the bounds held, from the data's first two moments. */
  static FreeParameterOptimizer.Objective objective(FitProblem inner, FitData data) {
    double w = data.totalWeight();
    double mean = data.mean();
    double variance = data.variance();
    return full -> {
      Optional<Distribution> d = inner.distribution(full);
      if (d.isEmpty()) {
        return Double.NEGATIVE_INFINITY;
      }
      double mu = full[0];
      double sd = full[1];
      double x0 = Math.min(Math.max(mu, full[2]), full[3]);
      double squares = variance + (mean - mu) * (mean - mu);
      double near = (x0 - mu) * (x0 - mu);
      return w * d.get().logDensity(x0) + w * (near - squares) / (2 * sd * sd);
    };
  }

  /** ∂² ln L/∂(μ, σ)² by central differences, Richardson-extrapolated over steps h and h/2. */
  private static double[][] hessian(FreeParameterOptimizer.Objective objective, double[] full) {
    double base = 1e-3 * full[1];
    double[][] coarse = differences(objective, full, base);
    double[][] fine = differences(objective, full, base / 2);
    double[][] out = new double[2][2];
    for (int a = 0; a < 2; a++) {
      for (int b = 0; b < 2; b++) {
        out[a][b] = (4 * fine[a][b] - coarse[a][b]) / 3;
      }
    }
    return out;
  }

  private static double[][] differences(
      FreeParameterOptimizer.Objective objective, double[] full, double h) {
    double f0 = objective.value(full);
    double[][] out = new double[2][2];
    for (int i = 0; i < 2; i++) {
      out[i][i] =
          (at(objective, full, i, h, -1, 0) - 2 * f0 + at(objective, full, i, -h, -1, 0)) / (h * h);
    }
    double pp = at(objective, full, 0, h, 1, h);
    double pm = at(objective, full, 0, h, 1, -h);
    double mp = at(objective, full, 0, -h, 1, h);
    double mm = at(objective, full, 0, -h, 1, -h);
    out[0][1] = (pp - pm - mp + mm) / (4 * h * h);
    out[1][0] = out[0][1];
    return out;
  }

  private static double at(
      FreeParameterOptimizer.Objective objective,
      double[] full,
      int i,
      double di,
      int j,
      double dj) {
    double[] p = full.clone();
    p[i] += di;
    if (j >= 0) {
      p[j] += dj;
    }
    return objective.value(p);
  }

  /**
   * A truncated normal whose mean and sd ran off along the ridge where [lower, upper] sees only a
   * nearly straight piece of the log-density (width²/(2 sd²) below {@value #LIMIT_CURVATURE}): the
   * objective keeps improving towards a truncated exponential or uniform, outside the family, and
   * the point where the optimiser stopped is arbitrary (faithful's eruptions by minimum AD: mean
   * 4178, sd 108; SciPy's Nelder–Mead on the same objective runs to mean 2e5, sd 759). Empty for a
   * fit with a bend of its own, or with the mean or sd fixed.
   */
  static Optional<FitFailure> atLimit(FitProblem problem, double[] values, String objective) {
    if (!problem.family().name().equals("truncatednormal")
        || !problem.isFree(0)
        || !problem.isFree(1)) {
      return Optional.empty();
    }
    double width = values[3] - values[2];
    double curvature = width / values[1] * (width / values[1]) / 2;
    if (!(curvature < LIMIT_CURVATURE)) {
      return Optional.empty();
    }
    boolean inside = values[0] >= values[2] && values[0] <= values[3];
    return Optional.of(
        FitFailure.of(
            FitFailure.Reason.DID_NOT_CONVERGE,
            objective
                + " inside the family: it keeps improving as sd"
                + (inside ? "" : " and the mean")
                + " run off (sd = "
                + NormalLimit.readable(values[1])
                + ", mean = "
                + NormalLimit.readable(values[0])
                + "), towards a truncated "
                + (inside ? "uniform" : "exponential")
                + " on [lower, upper]"));
  }

  private static Optional<Estimation> flat() {
    return MleFormulas.failure(
        FitFailure.Reason.DID_NOT_CONVERGE,
        "the likelihood keeps rising as sd grows: the data are flatter on [lower, upper] than"
            + " any truncated normal");
  }
}
