package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every continuous family against mpmath at 50 digits: {@code
 * model/src/test/python/make_continuous_reference.py} writes {@code continuous/<family>.csv}
 * (points in the body and far in both tails, where F is 1e-300 ... 0.5 and S is 0.1 ... 1e-300, at
 * ordinary and extreme valid parameters; quantiles at p ∈ {1e-300, 1e-15, 1e-6, 0.1, 0.5, 0.9, 1 −
 * 1e-6, 1 − 1e-15}, inverse survival at q ∈ {1e-6, 1e-15, 1e-300}). Tolerances: {@link
 * ContinuousTolerance}.
 */
class ContinuousReferenceTest {

  static List<String> families() {
    return ContinuousFamilies.all().stream().map(Family::name).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void agreesWithMpmath(String familyName) throws IOException {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    Map<String, Double> logs = new HashMap<>();
    for (String line : lines(familyName)) {
      String[] field = line.split(";", -1);
      Distribution d = DistributionSpec.parse(field[0]).orElseThrow();
      String quantity = field[1];
      double argument = field[2].isEmpty() ? Double.NaN : Double.parseDouble(field[2]);
      double expected = Double.parseDouble(field[3]);
      double slack = field.length > 4 ? Double.parseDouble(field[4]) : Double.NaN;
      if (quantity.equals("logpdf") || quantity.equals("logsf")) {
        logs.put(field[0] + ";" + quantity + ";" + field[2], expected);
      }
      if (quantity.equals("hazard")) {
        // the rows of one x come in the order pdf, logpdf, cdf, sf, logcdf, logsf, hazard
        slack =
            Math.abs(logs.get(field[0] + ";logpdf;" + field[2]))
                + Math.abs(logs.get(field[0] + ";logsf;" + field[2]));
      }
      double actual = evaluate(d, quantity, argument);
      ContinuousTolerance.Kind kind = ContinuousTolerance.kindOf(quantity);
      double level =
          kind == ContinuousTolerance.Kind.QUANTILE ? Math.min(argument, 1 - argument) : Double.NaN;
      if (!ContinuousTolerance.close(familyName, kind, actual, expected, slack, level)) {
        failures.add(
            String.format(
                "%s %s(%s): expected %s, got %s (relative error %.2e%s)",
                field[0],
                quantity,
                field[2],
                expected,
                actual,
                Math.abs(actual - expected) / Math.abs(expected),
                kind == ContinuousTolerance.Kind.QUANTILE
                    ? String.format(", in slack units %.2e", Math.abs(actual - expected) / slack)
                    : ""));
      }
      checked++;
    }
    assertThat(checked).as("reference rows for " + familyName).isGreaterThan(50);
    assertThat(failures).as("values outside tolerance (of %d)", checked).isEmpty();
  }

  static double evaluate(Distribution d, String quantity, double x) {
    return switch (quantity) {
      case "pdf" -> d.density(x);
      case "logpdf" -> d.logDensity(x);
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
    String resource = "continuous/" + family + ".csv";
    var stream = ContinuousReferenceTest.class.getResourceAsStream(resource);
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
