package org.probscope.model.distribution;

import static org.probscope.model.distribution.Parameters.shape;

import java.util.List;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The sampling distributions of test statistics: Student's t, chi-squared and F. Moments that need
 * more degrees of freedom than given are NaN when they do not exist and {@code +Infinity} when they
 * diverge, as in SciPy's {@code stats(moments='mvsk')}.
 */
final class TestStatisticFamilies {

  private static final double LN_2 = Math.log(2);

  private TestStatisticFamilies() {}

  static Family studentT() {
    return Family.of(
        "studentt",
        "Student's t",
        Family.Kind.CONTINUOUS,
        List.of(shape("df", "degrees of freedom ν", 5, 0.1, 100, 0.1)),
        List.of(),
        (family, p) -> {
          double df = p[0];
          StudentTLaw d = new StudentTLaw(df);
          // Wikipedia "Student's t-distribution": mean needs ν > 1, variance ν > 2, skewness ν > 3,
          // kurtosis ν > 4; variance and kurtosis diverge just below those thresholds
          double kurtosis = df > 4 ? 6 / (df - 4) : df > 2 ? Double.POSITIVE_INFINITY : Double.NaN;
          return new ContinuousAdapter(
              family,
              p,
              d,
              new Shape(
                  df > 1 ? 0 : Double.NaN,
                  df > 2 ? df / (df - 2) : df > 1 ? Double.POSITIVE_INFINITY : Double.NaN,
                  df > 3 ? 0 : Double.NaN,
                  kurtosis,
                  0,
                  EntropyFormulas.studentT(df)));
        });
  }

  static Family chiSquared() {
    return Family.of(
        "chisquared",
        "Chi-squared",
        Family.Kind.CONTINUOUS,
        List.of(shape("df", "degrees of freedom k", 3, 0.1, 100, 0.1)),
        List.of(),
        (family, p) -> {
          double k = p[0];
          // Wikipedia "Chi-squared distribution"; χ²(k) is gamma(k/2, scale 2), hence the entropy
          return ContinuousAdapter.withCommonsMoments(
              family,
              p,
              new GammaLaw(ChiSquaredDistribution.of(k), k / 2, 2),
              Math.sqrt(8 / k),
              12 / k,
              Math.max(k - 2, 0),
              EntropyFormulas.standardGamma(k / 2) + LN_2);
        });
  }

  static Family f() {
    return Family.of(
        "f",
        "F (Fisher–Snedecor)",
        Family.Kind.CONTINUOUS,
        List.of(
            shape("df1", "numerator degrees of freedom d₁", 5, 0.1, 100, 0.1),
            shape("df2", "denominator degrees of freedom d₂", 10, 0.1, 100, 0.1)),
        List.of(),
        (family, p) -> createF(family, p[0], p[1]));
  }

  private static Distribution createF(Family family, double d1, double d2) {
    FLaw d = new FLaw(d1, d2);
    // Wikipedia "F-distribution": mean needs d₂ > 2, variance d₂ > 4, skewness d₂ > 6, kurtosis
    // d₂ > 8; mean and variance diverge below (X > 0, so E[X²] = ∞ too, as SciPy says)
    double mean = d2 > 2 ? d.getMean() : Double.POSITIVE_INFINITY;
    double variance = d2 > 4 ? d.getVariance() : Double.POSITIVE_INFINITY;
    double skewness =
        d2 > 6
            ? (2 * d1 + d2 - 2)
                * Math.sqrt(8 * (d2 - 4))
                / ((d2 - 6) * Math.sqrt(d1 * (d1 + d2 - 2)))
            : Double.NaN;
    double kurtosis =
        d2 > 8
            ? 12
                * (d1 * (5 * d2 - 22) * (d1 + d2 - 2) + (d2 - 4) * (d2 - 2) * (d2 - 2))
                / (d1 * (d2 - 6) * (d2 - 8) * (d1 + d2 - 2))
            : Double.NaN;
    double mode = d1 > 2 ? (d1 - 2) / d1 * d2 / (d2 + 2) : 0;
    return new ContinuousAdapter(
        family,
        new double[] {d1, d2},
        d,
        new Shape(mean, variance, skewness, kurtosis, mode, entropyF(d1, d2)));
  }

  /** The formula of SciPy's {@code scipy.stats.f._entropy} (checked there by integration). */
  private static double entropyF(double d1, double d2) {
    double half1 = d1 / 2;
    double half2 = d2 / 2;
    double halfSum = (d1 + d2) / 2;
    return Math.log(d2)
        - Math.log(d1)
        + EntropyFormulas.logBeta(half1, half2)
        + (1 - half1) * Digamma.value(half1)
        - (1 + half2) * Digamma.value(half2)
        + halfSum * Digamma.value(halfSum);
  }
}
