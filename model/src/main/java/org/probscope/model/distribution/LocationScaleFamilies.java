package org.probscope.model.distribution;

import static org.probscope.model.distribution.Parameters.anyReal;
import static org.probscope.model.distribution.Parameters.positive;

import java.util.List;
import org.apache.commons.statistics.distribution.ContinuousDistribution;

/**
 * Location-scale families on the whole line (and Lévy on a half line). Shape figures are the closed
 * forms on each family's Wikipedia page, which agree with SciPy's {@code stats(moments='mvsk')} and
 * {@code entropy()}.
 */
final class LocationScaleFamilies {

  private static final double LN_2_PI_E = Math.log(2 * Math.PI * Math.E);

  /** Euler–Mascheroni constant γ. */
  static final double EULER_GAMMA = 0.5772156649015329;

  /** Gumbel skewness 12√6 ζ(3) / π³. */
  private static final double GUMBEL_SKEWNESS = 1.1395470994046486;

  private LocationScaleFamilies() {}

  static Family normal() {
    return family(
        "normal",
        "Normal",
        anyReal("mean", "mean μ, the centre of the bell", 0, 0.1),
        positive("sd", "standard deviation σ, the width of the bell", 1, 0.05, 10, 0.05),
        (family, p) ->
            adapter(
                family,
                p,
                LogTailLaws.normal(p[0], p[1]),
                // Wikipedia "Normal distribution": h = ½ ln(2πeσ²)
                0,
                0,
                p[0],
                0.5 * LN_2_PI_E + Math.log(p[1])));
  }

  static Family cauchy() {
    return family(
        "cauchy",
        "Cauchy",
        anyReal("location", "location x₀, the median and mode", 0, 0.1),
        positive("scale", "scale γ, the half width at half maximum", 1, 0.05, 10, 0.05),
        (family, p) ->
            adapter(
                family,
                p,
                new CauchyWithExactTails(p[0], p[1]),
                // no moments exist; Wikipedia "Cauchy distribution": h = ln(4πγ)
                Double.NaN,
                Double.NaN,
                p[0],
                Math.log(4 * Math.PI * p[1])));
  }

  static Family laplace() {
    return family(
        "laplace",
        "Laplace",
        anyReal("location", "location μ, the mean, median and mode", 0, 0.1),
        positive("scale", "scale b; the standard deviation is b√2", 1, 0.05, 10, 0.05),
        (family, p) ->
            adapter(
                family,
                p,
                LogTailLaws.laplace(p[0], p[1]),
                // Wikipedia "Laplace distribution": h = 1 + ln(2b)
                0,
                3,
                p[0],
                1 + Math.log(2 * p[1])));
  }

  static Family logistic() {
    return family(
        "logistic",
        "Logistic",
        anyReal("location", "location μ, the mean, median and mode", 0, 0.1),
        positive("scale", "scale s; the standard deviation is sπ/√3", 1, 0.05, 10, 0.05),
        (family, p) ->
            adapter(
                family,
                p,
                LogTailLaws.logistic(p[0], p[1]),
                // Wikipedia "Logistic distribution": excess kurtosis 6/5, h = ln s + 2
                0,
                1.2,
                p[0],
                Math.log(p[1]) + 2));
  }

  static Family gumbel() {
    return family(
        "gumbel",
        "Gumbel (maximum)",
        anyReal("location", "location μ, the mode", 0, 0.1),
        positive("scale", "scale β", 1, 0.05, 10, 0.05),
        (family, p) ->
            adapter(
                family,
                p,
                LogTailLaws.gumbel(p[0], p[1]),
                // Wikipedia "Gumbel distribution": excess kurtosis 12/5, h = ln β + γ + 1
                GUMBEL_SKEWNESS,
                2.4,
                p[0],
                Math.log(p[1]) + EULER_GAMMA + 1));
  }

  static Family levy() {
    return family(
        "levy",
        "Lévy",
        anyReal("location", "location μ, the lower end of the support", 0, 0.1),
        positive("scale", "scale c", 1, 0.05, 10, 0.05),
        (family, p) ->
            adapter(
                family,
                p,
                LogTailLaws.levy(p[0], p[1]),
                // mean and variance diverge; skewness and kurtosis do not exist. Wikipedia "Lévy
                // distribution": mode μ + c/3, h = (1 + 3γ + ln(16πc²)) / 2
                Double.NaN,
                Double.NaN,
                p[0] + p[1] / 3,
                (1 + 3 * EULER_GAMMA + Math.log(16 * Math.PI) + 2 * Math.log(p[1])) / 2));
  }

  private static Family family(
      String name, String label, Parameter location, Parameter scale, Family.Factory factory) {
    return Family.of(
        name, label, Family.Kind.CONTINUOUS, List.of(location, scale), List.of(), factory);
  }

  private static Distribution adapter(
      Family family,
      double[] p,
      ContinuousDistribution d,
      double skewness,
      double excessKurtosis,
      double mode,
      double entropy) {
    return ContinuousAdapter.withCommonsMoments(
        family, p, d, skewness, excessKurtosis, mode, entropy);
  }
}
