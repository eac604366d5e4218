package org.probscope.model.fit;

import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Gamma;

/**
 * Closed-form method-of-moments estimates with every real parameter free, from the sample mean m
 * and the variance v with divisor n ({@link FitData#variance()}); the formulas of {@code
 * fitdistrplus::mmedist} (normal, lognormal, exponential, gamma, beta, uniform, poisson, geometric,
 * negativebinomial, logistic; bernoulli p = m) and the same two-moment solutions for the others
 * (Johnson, Kotz and Balakrishnan, Continuous Univariate Distributions): laplace b = √(v/2); gumbel
 * β = √(6v)/π, μ = m − γβ; pareto α = 1 + √(1 + m²/v), xₘ = m(α − 1)/α; f d₂ = 2m/(m − 1), d₁ = (d₂
 * − 2)/(c − 1) with c = v(d₂ − 2)²(d₂ − 4)/(2d₂²); studentt ν = 2v/(v − 1); chisquared k = m;
 * weibull's shape from the one-dimensional equation Γ(1 + 2/k)/Γ(1 + 1/k)² = 1 + v/m² (Brent), λ =
 * m/Γ(1 + 1/k). binomial with trials n fixed p = m/n; negativebinomial with successes r fixed p =
 * r/(r + m). Impossible moments (studentt with v ≤ 1, f with m ≤ 1 or d₂ ≤ 4, an all-zero
 * exponential or poisson sample) are failures with the figures, never NaN.
 */
final class MomentFormulas {

  @FunctionalInterface
  private interface Formula {
    Estimation of(double m, double v, double s, FitProblem problem);
  }

  private static final double EULER_GAMMA = 0.5772156649015329;

  private static final Map<String, Formula> ALL_FREE =
      Map.ofEntries(
          Map.entry("normal", (m, v, s, p) -> ok(m, s)),
          Map.entry(
              "lognormal",
              (m, v, s, p) -> {
                double s2 = Math.log1p(v / (m * m));
                return ok(Math.log(m) - s2 / 2, Math.sqrt(s2));
              }),
          Map.entry("exponential", (m, v, s, p) -> m > 0 ? ok(1 / m) : cannot("every value is 0")),
          Map.entry("gamma", (m, v, s, p) -> ok(m * m / v, v / m)),
          Map.entry(
              "beta",
              (m, v, s, p) -> {
                double aux = m * (1 - m) / v - 1;
                return ok(m * aux, (1 - m) * aux);
              }),
          Map.entry("uniform", (m, v, s, p) -> ok(m - Math.sqrt(3) * s, m + Math.sqrt(3) * s)),
          Map.entry("poisson", (m, v, s, p) -> m > 0 ? ok(m) : cannot("every count is 0")),
          Map.entry("geometric", (m, v, s, p) -> ok(1 / (1 + m))),
          Map.entry("bernoulli", (m, v, s, p) -> ok(m)),
          Map.entry("logistic", (m, v, s, p) -> ok(m, Math.sqrt(3) * s / Math.PI)),
          Map.entry("laplace", (m, v, s, p) -> ok(m, s / Math.sqrt(2))),
          Map.entry(
              "gumbel",
              (m, v, s, p) -> {
                double beta = Math.sqrt(6) * s / Math.PI;
                return ok(m - EULER_GAMMA * beta, beta);
              }),
          Map.entry(
              "pareto",
              (m, v, s, p) -> {
                double alpha = 1 + Math.sqrt(1 + m * m / v);
                return ok(m * (alpha - 1) / alpha, alpha);
              }),
          Map.entry("chisquared", (m, v, s, p) -> ok(m)),
          Map.entry("studentt", (m, v, s, p) -> studentT(v)),
          Map.entry("f", (m, v, s, p) -> fisher(m, v)),
          Map.entry("weibull", (m, v, s, p) -> weibull(m, v)));

  private MomentFormulas() {}

  /** The closed-form estimate, or empty when the family or its fixing has none. */
  static Optional<Estimation> estimate(FitProblem problem, FitData data) {
    double m = data.mean();
    double v = data.variance();
    String name = problem.family().name();
    if (problem.freeCount() == problem.parameterCount()) {
      Formula f = ALL_FREE.get(name);
      return f == null ? Optional.empty() : Optional.of(f.of(m, v, data.sd(), problem));
    }
    if (name.equals("binomial") && !problem.isFree(0) && problem.isFree(1)) {
      double n = problem.fixedValue(0);
      return Optional.of(
          m <= n
              ? Estimation.of(new double[] {n, m / n}, 0)
              : cannot("the mean " + m + " exceeds the fixed trials " + (long) n));
    }
    if (name.equals("negativebinomial") && !problem.isFree(0) && problem.isFree(1)) {
      double r = problem.fixedValue(0);
      return Optional.of(Estimation.of(new double[] {r, r / (r + m)}, 0));
    }
    return Optional.empty();
  }

  private static Estimation ok(double... values) {
    return Estimation.of(values, 0);
  }

  static Estimation cannot(String why) {
    return Estimation.failed(FitFailure.of(FitFailure.Reason.DID_NOT_CONVERGE, why));
  }

  private static Estimation studentT(double v) {
    if (!(v > 1)) {
      return cannot(
          "the variance "
              + v
              + " is at most 1, and studentt's variance ν/(ν − 2) exceeds 1 for every ν > 2");
    }
    return ok(2 * v / (v - 1));
  }

  private static Estimation fisher(double m, double v) {
    if (!(m > 1)) {
      return cannot("the mean " + m + " is at most 1, and f's mean d₂/(d₂ − 2) exceeds 1");
    }
    double d2 = 2 * m / (m - 1);
    if (!(d2 > 4)) {
      return cannot("the mean " + m + " needs d₂ = " + d2 + " ≤ 4, where f has no variance");
    }
    double c = v * (d2 - 2) * (d2 - 2) * (d2 - 4) / (2 * d2 * d2);
    if (!(c > 1)) {
      return cannot("the variance " + v + " is below every f variance with that mean");
    }
    return ok((d2 - 2) / (c - 1), d2);
  }

  /**
   * Weibull's shape k solves ln Γ(1 + 2/k) − 2 ln Γ(1 + 1/k) = ln(1 + v/m²), whose left side falls
   * from +∞ to 0 as k grows; solved in u = ln k.
   */
  private static Estimation weibull(double m, double v) {
    double target = Math.log1p(v / (m * m));
    org.apache.commons.math3.analysis.UnivariateFunction g =
        u -> {
          double k = Math.exp(u);
          return Gamma.logGamma(1 + 2 / k) - 2 * Gamma.logGamma(1 + 1 / k) - target;
        };
    double lo = 0;
    double hi = 0;
    while (g.value(lo) < 0 && lo > -23) {
      lo -= 1;
    }
    while (g.value(hi) > 0 && hi < 23) {
      hi += 1;
    }
    if (!(g.value(lo) >= 0 && g.value(hi) <= 0)) {
      return cannot("no weibull shape in [1e-10, 1e10] has the coefficient of variation √v/m");
    }
    double u = new BrentSolver(1e-15, 1e-15).solve(200, g, lo, hi);
    double k = Math.exp(u);
    return ok(k, m / Math.exp(Gamma.logGamma(1 + 1 / k)));
  }
}
