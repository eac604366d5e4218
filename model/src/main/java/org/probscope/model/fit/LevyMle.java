package org.probscope.model.fit;

import java.util.Optional;

/**
 * Lévy maximum likelihood. With the location μ fixed the scale is closed: c = W / Σw/(x − μ). With
 * the location free the profile is one-dimensional in u = min − μ &gt; 0, and its score needs only
 * S₁ = Σw/(x − μ) and S₂ = Σw/(x − μ)² (no logarithms): ∂ℓ/∂μ = 1.5 S₁ − (c/2) S₂, which with c
 * profiled out (c = W/S₁) vanishes where 3S₁² = W S₂. The score in u changes sign from positive
 * near the minimum (the likelihood vanishes there when W &gt; 3 w_min) to negative far below, so a
 * root is bracketed and refined by safeguarded Newton (∂S₁/∂u = −S₂, ∂S₂/∂u = −2S₃).
 */
final class LevyMle {

  private LevyMle() {}

  static Optional<Estimation> estimate(FitProblem problem, FitData data) {
    double w = data.totalWeight();
    double min = data.min();
    if (!problem.isFree(0)) {
      double location = problem.fixedValue(0);
      if (!(location < min)) {
        return Optional.of(
            Estimation.failed(
                new FitFailure(
                    FitFailure.Reason.OUTSIDE_SUPPORT,
                    0,
                    min,
                    "values lie at or below the fixed location " + location)));
      }
      double scale = MleFormulas.valueOr(problem, 1, w / data.weightedSum(x -> 1 / (x - location)));
      double[][] info = {{Double.NaN, 0}, {0, w / (2 * scale * scale)}};
      return MleFormulas.withInformation(problem, new double[] {location, scale}, 0, info);
    }
    if (problem.isFree(1) && w < 3 * data.weight(0)) {
      // near u = 0 with c = W/S₁ profiled out, ln L ≈ (W/2 − 1.5 w_min) ln u: unbounded above
      // when the minimum carries more than a third of the weight (n = 2 unweighted)
      return MleFormulas.failure(
          FitFailure.Reason.TOO_FEW_POINTS,
          "the likelihood is unbounded (location → the smallest value, scale → 0): with the"
              + " location free, levy needs at most a third of the weight at the smallest value,"
              + " so at least 3 points");
    }
    Sums sums = new Sums(data);
    double spread = data.quantile(0.5) - min;
    double start = spread > 0 ? spread / 10 : Math.max(Math.abs(min), 1) * 1e-3;
    double u;
    if (problem.isFree(1)) {
      // F(u) = 3S₁² − W S₂: negative near the minimum, positive far below it
      u =
          ProfileNewton.positiveRoot(
              t -> 3 * sums.s1(t) * sums.s1(t) - w * sums.s2(t),
              t -> -6 * sums.s1(t) * sums.s2(t) + 2 * w * sums.s3(t),
              start);
    } else {
      double c = problem.fixedValue(1);
      // F(u) = 1.5 S₁ − (c/2) S₂ = −∂ℓ/∂u
      u =
          ProfileNewton.positiveRoot(
              t -> 1.5 * sums.s1(t) - 0.5 * c * sums.s2(t),
              t -> -1.5 * sums.s2(t) + c * sums.s3(t),
              start);
    }
    if (!(u > 0) || !Double.isFinite(u)) {
      return MleFormulas.failure(
          FitFailure.Reason.DID_NOT_CONVERGE,
          "the likelihood grows without bound as the location approaches the smallest value");
    }
    double location = min - u;
    if (!(location < min)) {
      location = Math.nextDown(min);
    }
    double loc = location;
    double scale = MleFormulas.valueOr(problem, 1, w / data.weightedSum(x -> 1 / (x - loc)));
    return Optional.of(Estimation.of(new double[] {location, scale}, 0));
  }

  /** S_j(u) = Σw/(x − min + u)^j for j = 1, 2, 3 at the last u asked. */
  private static final class Sums {
    private final FitData data;
    private double at = Double.NaN;
    private double s1;
    private double s2;
    private double s3;

    Sums(FitData data) {
      this.data = data;
    }

    double s1(double u) {
      sums(u);
      return s1;
    }

    double s2(double u) {
      sums(u);
      return s2;
    }

    double s3(double u) {
      sums(u);
      return s3;
    }

    private void sums(double u) {
      if (u == at) {
        return;
      }
      double min = data.min();
      double a = 0;
      double b = 0;
      double c = 0;
      for (int i = 0; i < data.distinct(); i++) {
        double r = 1 / (data.value(i) - min + u);
        double wr = data.weight(i) * r;
        a += wr;
        b += wr * r;
        c += wr * r * r;
      }
      s1 = a;
      s2 = b;
      s3 = c;
      at = u;
    }
  }
}
