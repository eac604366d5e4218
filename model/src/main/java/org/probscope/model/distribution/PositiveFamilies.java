package org.probscope.model.distribution;

import static org.probscope.model.distribution.Parameters.anyReal;
import static org.probscope.model.distribution.Parameters.positive;
import static org.probscope.model.distribution.Parameters.shape;

import java.util.List;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.statistics.distribution.GammaDistribution;

/**
 * Families on the positive half line used for lifetimes and sizes. Shape figures are the closed
 * forms on each family's Wikipedia page, which agree with SciPy's {@code stats(moments='mvsk')}.
 */
final class PositiveFamilies {

  private PositiveFamilies() {}

  static Family lognormal() {
    return Family.of(
        "lognormal",
        "Log-normal",
        Family.Kind.CONTINUOUS,
        List.of(
            anyReal("mu", "mean μ of the log", 0, 0.1),
            positive("sigma", "standard deviation σ of the log", 0.5, 0.05, 3, 0.05)),
        List.of(),
        (family, p) -> {
          double mu = p[0];
          double s2 = p[1] * p[1];
          double w = Math.expm1(s2);
          return ContinuousAdapter.withCommonsMoments(
              family,
              p,
              LogTailLaws.logNormal(mu, p[1]),
              // Wikipedia "Log-normal distribution"
              (w + 3) * Math.sqrt(w),
              Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 6,
              Math.exp(mu - s2),
              mu + 0.5 * Math.log(2 * Math.PI * Math.E) + Math.log(p[1]));
        });
  }

  static Family exponential() {
    return Family.of(
        "exponential",
        "Exponential",
        Family.Kind.CONTINUOUS,
        List.of(positive("rate", "rate λ, events per unit; the mean is 1/λ", 1, 0.05, 10, 0.05)),
        List.of(),
        (family, p) ->
            ContinuousAdapter.withCommonsMoments(
                family,
                p,
                LogTailLaws.exponential(p[0]),
                // Wikipedia "Exponential distribution": h = 1 - ln λ
                2,
                6,
                0,
                1 - Math.log(p[0])));
  }

  static Family gamma() {
    return Family.of(
        "gamma",
        "Gamma",
        Family.Kind.CONTINUOUS,
        List.of(
            shape("shape", "shape k", 2, 0.1, 20, 0.1),
            positive("scale", "scale θ; the mean is kθ", 1, 0.05, 10, 0.05)),
        List.of(),
        (family, p) -> {
          double k = p[0];
          return ContinuousAdapter.withCommonsMoments(
              family,
              p,
              new GammaLaw(GammaDistribution.of(k, p[1]), k, p[1]),
              // Wikipedia "Gamma distribution"; below k = 1 the density peaks at 0
              2 / Math.sqrt(k),
              6 / k,
              k >= 1 ? (k - 1) * p[1] : 0,
              EntropyFormulas.standardGamma(k) + Math.log(p[1]));
        });
  }

  static Family weibull() {
    return Family.of(
        "weibull",
        "Weibull",
        Family.Kind.CONTINUOUS,
        List.of(
            shape("shape", "shape k; 1 is the exponential", 1.5, 0.1, 10, 0.05),
            positive("scale", "scale λ", 1, 0.05, 10, 0.05)),
        List.of(),
        (family, p) -> {
          double k = p[0];
          double scale = p[1];
          // Wikipedia "Weibull distribution" with Γᵢ = Γ(1 + i/k), scaled by Γ₂^(i/2) so that
          // small shapes do not overflow before the ratios are taken
          double logG2 = LogGamma.value(1 + 2 / k);
          double r1 = Math.exp(LogGamma.value(1 + 1 / k) - logG2 / 2);
          double r3 = Math.exp(LogGamma.value(1 + 3 / k) - 1.5 * logG2);
          double r4 = Math.exp(LogGamma.value(1 + 4 / k) - 2 * logG2);
          double v = 1 - r1 * r1;
          double skewness = (r3 - 3 * r1 + 2 * r1 * r1 * r1) / Math.pow(v, 1.5);
          double kurtosis = (r4 - 4 * r1 * r3 + 6 * r1 * r1 - 3 * Math.pow(r1, 4)) / (v * v) - 3;
          double mode = k > 1 ? scale * Math.pow((k - 1) / k, 1 / k) : 0;
          double entropy =
              LocationScaleFamilies.EULER_GAMMA * (1 - 1 / k) + Math.log(scale) - Math.log(k) + 1;
          return ContinuousAdapter.withCommonsMoments(
              family, p, LogTailLaws.weibull(k, scale), skewness, kurtosis, mode, entropy);
        });
  }

  static Family pareto() {
    return Family.of(
        "pareto",
        "Pareto",
        Family.Kind.CONTINUOUS,
        List.of(
            positive("scale", "scale xₘ, the smallest possible value", 1, 0.05, 10, 0.05),
            shape("shape", "shape α, the tail index", 3, 0.1, 10, 0.05)),
        List.of(),
        (family, p) -> {
          double xm = p[0];
          double a = p[1];
          // Wikipedia "Pareto distribution"; the skewness needs α > 3, the kurtosis α > 4
          double skewness = a > 3 ? 2 * (1 + a) / (a - 3) * Math.sqrt((a - 2) / a) : Double.NaN;
          double kurtosis =
              a > 4 ? 6 * (a * a * a + a * a - 6 * a - 2) / (a * (a - 3) * (a - 4)) : Double.NaN;
          ParetoLaw d = new ParetoLaw(xm, a);
          return new ContinuousAdapter(
              family,
              p,
              d,
              new Shape(
                  a > 1 ? d.getMean() : Double.POSITIVE_INFINITY,
                  a > 2 ? d.getVariance() : Double.POSITIVE_INFINITY,
                  skewness,
                  kurtosis,
                  xm,
                  Math.log(xm) - Math.log(a) + 1 / a + 1));
        });
  }
}
