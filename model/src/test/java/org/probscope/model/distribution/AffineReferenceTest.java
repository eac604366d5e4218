package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Compares {@code affine(studentt(df=2.5), shift=3, scale=2)} and {@code affine(chisquared(df=4),
 * shift=-1, scale=0.5)} with mpmath values checked against SciPy ({@code
 * model/src/test/python/make_affine_reference.py}, which names the SciPy call of each case in the
 * file's header), in the body and in both far tails, where ln F and ln S stay finite although F or
 * S underflows a double.
 *
 * <p>Densities and probabilities pass at 1e-12 relative (the floor is the smallest normal double);
 * log figures at 1e-12 relative with a floor of 1; quantiles at 1e-12 relative to |x| + |shift|,
 * since s + c·q rounds to the spacing of the larger of the two.
 */
class AffineReferenceTest {

  private static final double TOLERANCE = 1e-12;

  @Test
  void agreesWithMpmathInTheBodyAndBothFarTails() throws IOException {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (String line : lines()) {
      String[] f = line.split(";");
      AffineDistribution d = (AffineDistribution) DistributionSpec.parse(f[0]).orElseThrow();
      double argument = Double.parseDouble(f[2]);
      double expected = Double.parseDouble(f[3]);
      double actual = evaluate(d, f[1], argument);
      double bound =
          switch (f[1]) {
            case "ppf", "isf" -> TOLERANCE * (Math.abs(expected) + Math.abs(d.shift()));
            case "logpdf", "logcdf", "logsf" -> TOLERANCE * Math.max(Math.abs(expected), 1);
            default -> TOLERANCE * Math.max(Math.abs(expected), Double.MIN_NORMAL);
          };
      boolean same = expected == actual || Math.abs(actual - expected) <= bound;
      if (!same) {
        failures.add(line + " got " + actual);
      }
      checked++;
    }
    assertThat(failures).isEmpty();
    assertThat(checked).isEqualTo(lines().size()).isGreaterThan(180);
  }

  private static double evaluate(Distribution d, String quantity, double x) {
    return switch (quantity) {
      case "pdf" -> d.density(x);
      case "logpdf" -> d.logDensity(x);
      case "cdf" -> d.cdf(x);
      case "sf" -> d.survival(x);
      case "logcdf" -> d.logCdf(x);
      case "logsf" -> d.logSurvival(x);
      case "ppf" -> d.quantile(x);
      case "isf" -> d.inverseSurvival(x);
      default -> throw new IllegalArgumentException(quantity);
    };
  }

  private static List<String> lines() throws IOException {
    try (var in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    AffineReferenceTest.class.getResourceAsStream("affine-reference.csv")),
                StandardCharsets.UTF_8))) {
      return in.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
  }
}
