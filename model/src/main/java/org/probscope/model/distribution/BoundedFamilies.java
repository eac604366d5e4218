package org.probscope.model.distribution;

import static org.probscope.model.distribution.CrossRules.atMost;
import static org.probscope.model.distribution.CrossRules.below;
import static org.probscope.model.distribution.CrossRules.finiteWidth;
import static org.probscope.model.distribution.Parameters.anyReal;
import static org.probscope.model.distribution.Parameters.positive;
import static org.probscope.model.distribution.Parameters.shape;

import java.util.List;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;

/**
 * Families on a bounded interval. Shape figures are the closed forms on each family's Wikipedia
 * page, which agree with SciPy's {@code stats(moments='mvsk')} and {@code entropy()}.
 */
final class BoundedFamilies {

  private BoundedFamilies() {}

  static Family beta() {
    return Family.of(
        "beta",
        "Beta",
        Family.Kind.CONTINUOUS,
        List.of(
            shape("alpha", "shape α, pulls mass towards 1", 2, 0.05, 20, 0.05),
            shape("beta", "shape β, pulls mass towards 0", 5, 0.05, 20, 0.05)),
        List.of(),
        (family, p) -> {
          double a = p[0];
          double b = p[1];
          double s = a + b;
          // Wikipedia "Beta distribution"
          double skewness = 2 * (b - a) * Math.sqrt(s + 1) / ((s + 2) * Math.sqrt(a * b));
          double kurtosis =
              6 * ((a - b) * (a - b) * (s + 1) - a * b * (s + 2)) / (a * b * (s + 2) * (s + 3));
          double entropy =
              EntropyFormulas.logBeta(a, b)
                  - (a - 1) * Digamma.value(a)
                  - (b - 1) * Digamma.value(b)
                  + (s - 2) * Digamma.value(s);
          return ContinuousAdapter.withCommonsMoments(
              family, p, new BetaLaw(a, b), skewness, kurtosis, betaMode(a, b), entropy);
        });
  }

  /** Interior mode when both shapes exceed 1; an end when one side's density is unbounded. */
  private static double betaMode(double a, double b) {
    if (a > 1 && b > 1) {
      return (a - 1) / (a + b - 2);
    }
    if (a <= 1 && b >= 1 && !(a == 1 && b == 1)) {
      return 0;
    }
    if (a >= 1 && b <= 1 && !(a == 1 && b == 1)) {
      return 1;
    }
    // uniform (a = b = 1) or U-shaped with both ends unbounded (a, b < 1)
    return Double.NaN;
  }

  static Family uniform() {
    return Family.of(
        "uniform",
        "Uniform",
        Family.Kind.CONTINUOUS,
        List.of(
            anyReal("lower", "lower end a of the interval", 0, 0.1),
            anyReal("upper", "upper end b of the interval", 1, 0.1)),
        List.of(below("lower", 0, "upper", 1), finiteWidth("lower", 0, "upper", 1)),
        (family, p) ->
            ContinuousAdapter.withCommonsMoments(
                family,
                p,
                UniformContinuousDistribution.of(p[0], p[1]),
                // Wikipedia "Continuous uniform distribution"; every point is a mode
                0,
                -1.2,
                Double.NaN,
                Math.log(p[1] - p[0])));
  }

  static Family triangular() {
    return Family.of(
        "triangular",
        "Triangular",
        Family.Kind.CONTINUOUS,
        List.of(
            anyReal("lower", "lower end a", 0, 0.1),
            anyReal("mode", "mode c, the peak, in [a, b]", 0.5, 0.1),
            anyReal("upper", "upper end b", 1, 0.1)),
        List.of(
            below("lower", 0, "upper", 2),
            finiteWidth("lower", 0, "upper", 2),
            atMost("lower", 0, "mode", 1),
            CrossRules.rule(
                "mode",
                v -> v[1] <= v[2],
                v ->
                    "mode must be at most upper (got mode="
                        + SpecNumbers.format(v[1])
                        + ", upper="
                        + SpecNumbers.format(v[2])
                        + ")")),
        (family, p) -> {
          double width = p[2] - p[0];
          // Wikipedia "Triangular distribution" on [0, 1] with mode u: skewness is scale free
          double u = (p[1] - p[0]) / width;
          double skewness =
              Math.sqrt(2) * (1 - 2 * u) * (-1 - u) * (u - 2) / (5 * Math.pow(1 - u + u * u, 1.5));
          return ContinuousAdapter.withCommonsMoments(
              family,
              p,
              new TriangularLaw(p[0], p[1], p[2]),
              skewness,
              -0.6,
              p[1],
              0.5 + Math.log(width / 2));
        });
  }

  static Family truncatedNormal() {
    return Family.of(
        "truncatednormal",
        "Truncated normal",
        Family.Kind.CONTINUOUS,
        List.of(
            anyReal("mean", "mean μ of the normal before truncation", 0, 0.1),
            positive(
                "sd", "standard deviation σ of the normal before truncation", 1, 0.05, 10, 0.05),
            anyReal("lower", "lower truncation point a", -1, 0.1),
            anyReal("upper", "upper truncation point b", 2, 0.1)),
        List.of(
            below("lower", 2, "upper", 3),
            CrossRules.rule(
                "upper",
                v ->
                    !(v[2] < v[3]) || NormalDistribution.of(v[0], v[1]).probability(v[2], v[3]) > 0,
                v ->
                    "[lower, upper] holds no probability of normal(mean, sd) in double precision;"
                        + " move upper or lower towards mean")),
        (family, p) -> {
          double alpha = (p[2] - p[0]) / p[1];
          double beta = (p[3] - p[0]) / p[1];
          TruncatedNormalShape shape = TruncatedNormalShape.of(alpha, beta);
          // the mean from the point of [lower, upper] nearest the untruncated mean, which is
          // exact, plus the (small) standardised offset
          double mode = Math.min(Math.max(p[0], p[2]), p[3]);
          return new ContinuousAdapter(
              family,
              p,
              new TruncatedNormalLaw(p[0], p[1], p[2], p[3]),
              new Shape(
                  mode + p[1] * shape.meanOffset(),
                  p[1] * p[1] * shape.variance(),
                  shape.skewness(),
                  shape.excessKurtosis(),
                  mode,
                  shape.standardEntropy() + Math.log(p[1])));
        });
  }
}
