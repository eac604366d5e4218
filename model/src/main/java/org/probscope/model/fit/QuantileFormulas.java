package org.probscope.model.fit;

import java.util.Optional;
import java.util.Set;
import org.probscope.model.distribution.Distribution;

/**
 * Quantile matching in closed form, every parameter free, for families whose quantile is linear in
 * two parameters after a transform: F⁻¹(p) = a + b·z(p) with z the standard quantile, so b = (q₂ −
 * q₁)/(z₂ − z₁) and a = q₁ − b·z₁ — normal (mean, sd), logistic, cauchy, laplace, gumbel, levy
 * (location, scale), uniform (a = lower, b = upper − lower, z = p); on the log scale lognormal (ln
 * q = μ + σ·Φ⁻¹(p)), weibull (ln q = ln λ + (1/k)·ln(−ln(1 − p))) and pareto (ln q = ln xₘ +
 * (1/α)·(−ln(1 − p))); exponential λ = −ln(1 − p)/q. The standard quantiles are the family's own at
 * location 0 and scale 1.
 */
final class QuantileFormulas {

  private static final Set<String> LOCATION_SCALE =
      Set.of("normal", "logistic", "cauchy", "laplace", "gumbel", "levy");

  private QuantileFormulas() {}

  static Optional<Estimation> estimate(FitProblem problem, double[] p, double[] q) {
    if (problem.freeCount() != problem.parameterCount()) {
      return Optional.empty();
    }
    String name = problem.family().name();
    if (name.equals("exponential")) {
      return Optional.of(
          q[0] > 0
              ? Estimation.of(new double[] {-Math.log1p(-p[0]) / q[0]}, 0)
              : MomentFormulas.cannot("the sample quantile at " + p[0] + " is 0"));
    }
    if (p.length != 2) {
      return Optional.empty();
    }
    if (LOCATION_SCALE.contains(name)) {
      Distribution standard = problem.family().create(0, 1).orElseThrow();
      return Optional.of(line(q[0], q[1], standard.quantile(p[0]), standard.quantile(p[1]), false));
    }
    return switch (name) {
      case "uniform" -> Optional.of(line(q[0], q[1], p[0], p[1], true));
      case "lognormal" -> logLine(problem, q, standardNormal(p[0]), standardNormal(p[1]));
      case "weibull" ->
          logLine(problem, q, Math.log(-Math.log1p(-p[0])), Math.log(-Math.log1p(-p[1])));
      case "pareto" -> logLine(problem, q, -Math.log1p(-p[0]), -Math.log1p(-p[1]));
      default -> Optional.empty();
    };
  }

  private static double standardNormal(double p) {
    return org.probscope.model.distribution.Families.normal()
        .create(0, 1)
        .orElseThrow()
        .quantile(p);
  }

  private static Optional<Estimation> logLine(
      FitProblem problem, double[] q, double z1, double z2) {
    if (!(q[0] > 0 && q[1] > 0)) {
      return Optional.of(MomentFormulas.cannot("a matched sample quantile is not positive"));
    }
    Estimation e = line(Math.log(q[0]), Math.log(q[1]), z1, z2, false);
    if (!e.succeeded()) {
      return Optional.of(e);
    }
    double a = e.values()[0];
    double b = e.values()[1];
    return Optional.of(
        switch (problem.family().name()) {
          case "lognormal" -> Estimation.of(new double[] {a, b}, 0);
          case "weibull" -> Estimation.of(new double[] {1 / b, Math.exp(a)}, 0);
          default -> Estimation.of(new double[] {Math.exp(a), 1 / b}, 0);
        });
  }

  /** a + b·z through (z₁, q₁), (z₂, q₂): {a, b}, or {a, a + b} for uniform's bounds. */
  private static Estimation line(double q1, double q2, double z1, double z2, boolean bounds) {
    double b = (q2 - q1) / (z2 - z1);
    if (!(b > 0)) {
      return MomentFormulas.cannot(
          "the sample quantiles "
              + q1
              + " and "
              + q2
              + " do not increase with the probabilities: the scale would not be positive");
    }
    double a = q1 - b * z1;
    return Estimation.of(bounds ? new double[] {a, a + b} : new double[] {a, b}, 0);
  }
}
