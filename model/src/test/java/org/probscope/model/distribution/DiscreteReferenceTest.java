package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every discrete family against mpmath at 60 digits: {@code
 * model/src/test/python/make_discrete_reference.py} writes {@code discrete/<family>.csv} (body and
 * both far tails at ordinary and extreme valid parameters; each value's method is in the script's
 * docstring, and each file's header names the SciPy twin of every case).
 *
 * <p>Tolerances, by kind of figure (see {@link DiscreteTolerance}):
 *
 * <ul>
 *   <li>mass, cdf and sf: relative {@code 6e-16 (12 + |ln v|)}. A double computation of {@code v =
 *       exp(L)} carries the rounding of L times |L| (the condition number of exp), and the
 *       saddle-point log mass is a sum whose terms cancel by up to a factor 4 (x ln(x/m) against x
 *       − m where x/m is 2): about 5 ulp of |L|, so a mass of 1e-300 is known to ~4e-13. A tail is
 *       a sum of masses at least as large as the mode's, whose |L| reaches 11 at a standard
 *       deviation of 3·10⁴: hence the 12 units in the body. Values below the smallest normal double
 *       are compared in absolute terms at that floor;
 *   <li>hazard: the tolerance of the mass at the same x, since it is that mass over a tail of the
 *       same size (each exp(L) with its own rounding);
 *   <li>log mass, log cdf, log sf: absolute {@code 6e-16 (12 + |v|)}, the probability tolerance
 *       carried through the logarithm;
 *   <li>quantiles and inverse survival: exact, except where the reference's margin (how far F(k) or
 *       F(k - 1) lies from p, relative) is below the probability tolerance, where k ± 1 is allowed:
 *       no double computation can resolve such a near tie; an exact tie (margin 0, as F(0) = 1/2
 *       for bernoulli(0.5)) must be exact;
 *   <li>mean, variance: relative 1e-13; skewness, kurtosis: 1e-13, absolute below 1 (they are
 *       dimensionless, and a symmetric law's 0 comes out as ±1e-17); entropy: relative 1e-12;
 *   <li>modes: exact.
 * </ul>
 */
class DiscreteReferenceTest {

  static List<String> families() {
    return DiscreteFamilies.all().stream().map(Family::name).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void agreesWithMpmath(String familyName) throws IOException {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    double logMass = Double.NaN;
    for (String line : lines(familyName)) {
      String[] field = line.split(";", -1);
      Distribution d = DistributionSpec.parse(field[0]).orElseThrow();
      String quantity = field[1];
      double argument = field[2].isEmpty() ? Double.NaN : Double.parseDouble(field[2]);
      if (quantity.equals("logpmf")) {
        // each x's rows come in the order pmf, logpmf, cdf, sf, logcdf, logsf, hazard
        logMass = Double.parseDouble(field[3]);
      }
      String failure =
          quantity.equals("modes")
              ? checkModes(d, field[3])
              : check(d, quantity, argument, Double.parseDouble(field[3]), margin(field), logMass);
      if (failure != null) {
        failures.add(field[0] + " " + quantity + "(" + field[2] + "): " + failure);
      }
      checked++;
    }
    assertThat(checked).as("reference rows for " + familyName).isGreaterThan(100);
    assertThat(failures).as("values outside tolerance").isEmpty();
  }

  private static double margin(String[] field) {
    return field.length > 5 ? Double.parseDouble(field[5]) : Double.NaN;
  }

  private static String check(
      Distribution d, String quantity, double x, double expected, double margin, double logMass) {
    double actual = evaluate(d, quantity, x);
    DiscreteTolerance kind = DiscreteTolerance.of(quantity);
    if (kind == DiscreteTolerance.QUANTILE) {
      double allowed = margin == 0 || margin > DiscreteTolerance.probability(Math.log(0.5)) ? 0 : 1;
      return Math.abs(actual - expected) <= allowed
          ? null
          : "expected " + expected + ", got " + actual + " (margin " + margin + ")";
    }
    if (kind.accepts(actual, expected, logMass)) {
      return null;
    }
    return String.format(
        "expected %s, got %s (error %.2e, tolerance %.1e)",
        expected, actual, Math.abs(actual - expected), kind.tolerance(expected, logMass));
  }

  private static String checkModes(Distribution d, String text) {
    String[] part = text.split(" ");
    Modes expected =
        part[0].equals("interval")
            ? Modes.interval(Double.parseDouble(part[1]), Double.parseDouble(part[2]))
            : part.length == 1
                ? Modes.single(Double.parseDouble(part[0]))
                : Modes.pair(Double.parseDouble(part[0]), Double.parseDouble(part[1]));
    return expected.equals(d.modes()) ? null : "expected " + expected + ", got " + d.modes();
  }

  static double evaluate(Distribution d, String quantity, double x) {
    return switch (quantity) {
      case "pmf" -> d.density(x);
      case "logpmf" -> d.logDensity(x);
      case "cdf" -> d.cdf(x);
      case "sf" -> d.survival(x);
      case "logcdf" -> d.logCdf(x);
      case "logsf" -> d.logSurvival(x);
      case "hazard" -> d.hazard(x);
      case "ppf" -> d.quantile(x);
      case "isf" -> d.inverseSurvival(x);
      case "mean" -> d.mean();
      case "var" -> d.variance();
      case "skew" -> d.skewness();
      case "kurt" -> d.excessKurtosis();
      case "entropy" -> d.entropy();
      default -> throw new IllegalArgumentException("unknown quantity " + quantity);
    };
  }

  static List<String> lines(String family) throws IOException {
    String resource = "discrete/" + family + ".csv";
    var stream = DiscreteReferenceTest.class.getResourceAsStream(resource);
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
