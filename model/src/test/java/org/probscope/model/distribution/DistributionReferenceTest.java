package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares every family with SciPy 1.17 reference values written by {@code
 * model/src/test/python/make_distribution_reference.py} (one CSV per family under {@code
 * reference/}, each naming the SciPy call of every case in its header).
 *
 * <p>A value passes when {@code |actual - expected| <= tolerance * max(|expected|, floor)}, the
 * floor being 1 for log densities and quantiles (absolute error near 0) and the smallest normal
 * double otherwise (relative error down to the far tails). Tolerances are per family and per kind
 * of figure, see {@link ReferenceTolerances}.
 */
class DistributionReferenceTest {

  /**
   * Where SciPy 1.17 is wrong and ProbScope follows the Distribution convention or the exact value
   * instead; key is {@code spec;quantity;argument} as in the reference file.
   */
  private static final Map<String, Double> SCIPY_CORRECTIONS =
      Map.of(
          // the mean of Student's t with df <= 1 does not exist (both tails diverge); SciPy: inf
          "studentt(df=0.8);mean;",
          Double.NaN,
          // SciPy's hypergeom._stats divides by (M - 3); with M = 3 the distribution is
          // Bernoulli(2/3), whose excess kurtosis (1 - 6pq)/(pq) is -1.5
          "hypergeometric(population=3, successes=1, draws=2);kurt;",
          -1.5,
          // S(x) = 2(1 - x)² on the upper half; SciPy returns 0, mpmath 1.99999988687e-18 for the
          // double nearest 0.999999999
          "triangular(lower=0, mode=0.5, upper=1);sf;0.999999999",
          1.9999998868722757e-18,
          // S(x) = 1 − (2/π) asin(√x); mpmath at 40 digits: 0.9999999999 (1 − 1.0e-10); SciPy
          // 1.17's beta.sf returns 1.0, as Commons' complement did
          "beta(alpha=0.5, beta=0.5);sf;2.4674e-20",
          0.9999999999);

  static List<String> families() {
    return Families.all().stream().map(Family::name).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void agreesWithScipy(String familyName) throws IOException {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (String line : referenceLines(familyName)) {
      String[] field = line.split(";", -1);
      Distribution d = DistributionSpec.parse(field[0]).orElseThrow();
      String quantity = field[1];
      double argument = field[2].isEmpty() ? Double.NaN : Double.parseDouble(field[2]);
      double expected =
          SCIPY_CORRECTIONS.getOrDefault(
              field[0] + ";" + quantity + ";" + field[2], Double.parseDouble(field[3]));
      double actual = evaluate(d, quantity, argument);
      ReferenceTolerances.Kind kind = ReferenceTolerances.kindOf(quantity);
      double tolerance = ReferenceTolerances.of(familyName, kind);
      if (!close(actual, expected, tolerance, kind)) {
        failures.add(
            String.format(
                "%s %s(%s): expected %s, got %s (relative error %.2e, tolerance %.0e)",
                field[0],
                quantity,
                field[2],
                expected,
                actual,
                Math.abs(actual - expected) / Math.abs(expected),
                tolerance));
      }
      checked++;
    }
    assertThat(checked).as("reference rows for " + familyName).isGreaterThan(30);
    assertThat(failures).as("values outside tolerance").isEmpty();
  }

  @Test
  void normalFarTailMatchesTheExactValue() {
    // mpmath.ncdf(-30) with 40 digits = 4.906713927148187059...e-198; SciPy 1.17's ndtr gives
    // 4.906713927147908e-198 (5.7e-14 off) and Commons Statistics 4.9067139271487634e-198 (1.2e-13
    // off): the tolerance is what Commons reaches
    Distribution normal = Families.normal().createDefault();
    assertThat(normal.cdf(-30)).isCloseTo(4.906713927148187e-198, withinRelative(2e-13));
    assertThat(normal.survival(30)).isCloseTo(4.906713927148187e-198, withinRelative(2e-13));
  }

  private static org.assertj.core.data.Offset<Double> withinRelative(double relative) {
    return org.assertj.core.data.Offset.offset(4.906713927148187e-198 * relative);
  }

  private static double evaluate(Distribution d, String quantity, double x) {
    return switch (quantity) {
      case "pdf" -> d.density(x);
      case "logpdf" -> d.logDensity(x);
      case "cdf" -> d.cdf(x);
      case "sf" -> d.survival(x);
      case "ppf" -> d.quantile(x);
      case "mean" -> d.mean();
      case "var" -> d.variance();
      case "skew" -> d.skewness();
      case "kurt" -> d.excessKurtosis();
      case "entropy" -> d.entropy();
      default -> throw new IllegalArgumentException("unknown quantity " + quantity);
    };
  }

  static boolean close(
      double actual, double expected, double tolerance, ReferenceTolerances.Kind kind) {
    if (Double.isNaN(expected) || Double.isInfinite(expected)) {
      return Objects.equals(actual, expected);
    }
    double floor =
        kind == ReferenceTolerances.Kind.LOG_DENSITY || kind == ReferenceTolerances.Kind.QUANTILE
            ? 1
            : Double.MIN_NORMAL;
    return Math.abs(actual - expected) <= tolerance * Math.max(Math.abs(expected), floor);
  }

  private static List<String> referenceLines(String family) throws IOException {
    String resource = "reference/" + family + ".csv";
    var stream = DistributionReferenceTest.class.getResourceAsStream(resource);
    assertThat(stream).as(resource).isNotNull();
    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
    }
    return lines;
  }
}
