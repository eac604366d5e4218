package org.probscope.model.fit;

import java.util.Optional;
import org.probscope.model.distribution.Distribution;

/**
 * Method-of-moments or quantile guesses per family, used only as starting points of the
 * maximum-likelihood optimiser (a start need not be accurate, only inside the domain and near the
 * optimum). Fixed parameters are honoured where the guess of the others depends on them. Empty for
 * a family without one.
 *
 * <ul>
 *   <li>cauchy: median and half the interquartile range; logistic: mean and sd·√3/π; gumbel: scale
 *       sd·√6/π, location x̄ − γ·scale; laplace: median and mean absolute deviation.
 *   <li>triangular: the ends a little outside [min, max], the mode 3x̄ − a − b clamped into them
 *       (the mean is (a + c + b)/3).
 *   <li>studentt (df only): 2v/(v − 1) from the variance v when v &gt; 1, else the best of a grid;
 *       f: df₂ = 2m/(m − 1) from the mean m and df₁ from the variance, else the best of a grid.
 *   <li>the rest: their closed forms or the moment estimates (gamma k = x̄²/v, beta from mean and
 *       variance, weibull from the spread of ln x, ...).
 * </ul>
 */
final class MomentStarts {

  private static final double EULER_GAMMA = 0.5772156649015329;
  private static final double[] DF_GRID = {0.3, 0.6, 1, 2, 4, 8, 16, 32, 64, 200};
  private static final int GRID_POINTS = 400;

  private MomentStarts() {}

  static Optional<double[]> of(FitProblem problem, FitData data) {
    double[] v = guess(problem, data);
    if (v == null) {
      return Optional.empty();
    }
    double[] full = problem.withFixed(v);
    return problem.distribution(full).isPresent() ? Optional.of(full) : Optional.empty();
  }

  private static double[] guess(FitProblem problem, FitData data) {
    double mean = data.mean();
    double sd = data.sd();
    double median = data.quantile(0.5);
    double min = data.min();
    double max = data.max();
    double pad = 1e-6 * Math.max(max - min, Math.max(Math.abs(min), Math.abs(max)));
    return switch (problem.family().name()) {
      case "normal", "truncatednormal" ->
          problem.parameterCount() == 2
              ? new double[] {mean, sd}
              : new double[] {mean, sd, min, max};
      case "lognormal" -> {
        double m = MleFormulas.mean(data, Math::log);
        double s = Math.sqrt(MleFormulas.mean(data, x -> (Math.log(x) - m) * (Math.log(x) - m)));
        yield new double[] {m, s};
      }
      case "exponential" -> new double[] {1 / mean};
      case "gamma" -> new double[] {(mean / sd) * (mean / sd), sd * (sd / mean)};
      case "beta" -> {
        double c = mean * (1 - mean) / data.variance() - 1;
        yield c > 0 ? new double[] {mean * c, (1 - mean) * c} : new double[] {0.5, 0.5};
      }
      case "uniform" -> new double[] {min - pad, max + pad};
      case "studentt" -> new double[] {studentDf(problem, data)};
      case "chisquared" -> new double[] {mean};
      case "f" -> fDf(problem, data);
      case "cauchy" -> new double[] {median, (data.quantile(0.75) - data.quantile(0.25)) / 2};
      case "weibull" -> weibull(data);
      case "laplace" -> new double[] {median, MleFormulas.mean(data, x -> Math.abs(x - median))};
      case "logistic" -> new double[] {mean, sd * Math.sqrt(3) / Math.PI};
      case "gumbel" -> {
        double scale = sd * Math.sqrt(6) / Math.PI;
        yield new double[] {mean - EULER_GAMMA * scale, scale};
      }
      case "pareto" -> {
        double scale = MleFormulas.valueOr(problem, 0, min);
        yield new double[] {scale, data.totalWeight() / data.weightedSum(x -> Math.log(x / scale))};
      }
      case "triangular" -> {
        double a = MleFormulas.valueOr(problem, 0, min - pad);
        double b = MleFormulas.valueOr(problem, 2, max + pad);
        yield new double[] {a, Math.min(Math.max(3 * mean - a - b, a), b), b};
      }
      case "levy" -> {
        double location =
            MleFormulas.valueOr(problem, 0, min - Math.max((median - min) / 100, pad));
        yield new double[] {
          location, data.totalWeight() / data.weightedSum(x -> 1 / (x - location))
        };
      }
      case "binomial" -> new double[] {problem.fixedValue(0), mean / problem.fixedValue(0)};
      case "poisson" -> new double[] {mean};
      case "geometric" -> new double[] {1 / (1 + mean)};
      case "negativebinomial" -> {
        double r = problem.fixedValue(0);
        yield new double[] {r, r / (r + mean)};
      }
      case "zipf" -> new double[] {problem.fixedValue(0), 1};
      case "bernoulli" -> new double[] {mean};
      case "uniformdiscrete" -> new double[] {min, max};
      case "hypergeometric" -> problem.family().defaults();
      default -> null;
    };
  }

  private static double[] weibull(FitData data) {
    double m = MleFormulas.mean(data, Math::log);
    double v = MleFormulas.mean(data, x -> (Math.log(x) - m) * (Math.log(x) - m));
    double k = v > 0 ? Math.PI / Math.sqrt(6 * v) : 1;
    return new double[] {k, Math.exp(m + EULER_GAMMA / k)};
  }

  private static double studentDf(FitProblem problem, FitData data) {
    double v = data.variance() + data.mean() * data.mean();
    if (v > 1.05) {
      return 2 * v / (v - 1);
    }
    return bestOnGrid(problem, data);
  }

  private static double[] fDf(FitProblem problem, FitData data) {
    double m = data.mean();
    double v = data.variance();
    if (m > 1 && m < 50) {
      double d2 = 2 * m / (m - 1);
      if (d2 > 4.5) {
        // Var = 2 d2² (d1 + d2 − 2) / (d1 (d2 − 2)² (d2 − 4)) solved for d1
        double c = v * (d2 - 2) * (d2 - 2) * (d2 - 4) / (2 * d2 * d2);
        double d1 = (d2 - 2) / (c - 1);
        if (c > 1 && d1 > 0) {
          return new double[] {d1, d2};
        }
      }
    }
    FitData coarse = data.thinned(GRID_POINTS);
    double best = Double.NEGATIVE_INFINITY;
    double[] out = null;
    for (double a : DF_GRID) {
      for (double b : DF_GRID) {
        double ll = logLik(problem, new double[] {a, b}, coarse);
        if (ll > best) {
          best = ll;
          out = new double[] {a, b};
        }
      }
    }
    return out;
  }

  /**
   * The df on {@link #DF_GRID} with the highest log-likelihood on a few hundred order statistics.
   */
  private static double bestOnGrid(FitProblem problem, FitData data) {
    FitData coarse = data.thinned(GRID_POINTS);
    double best = Double.NEGATIVE_INFINITY;
    double out = DF_GRID[DF_GRID.length / 2];
    for (double df : DF_GRID) {
      double ll = logLik(problem, new double[] {df}, coarse);
      if (ll > best) {
        best = ll;
        out = df;
      }
    }
    return out;
  }

  private static double logLik(FitProblem problem, double[] values, FitData data) {
    Optional<Distribution> d = problem.distribution(problem.withFixed(values));
    return d.map(x -> LogLikelihood.of(x, data)).orElse(Double.NEGATIVE_INFINITY);
  }
}
