package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probscope.model.distribution.Family;

/**
 * Fits against SciPy 1.17, R fitdistrplus 1.1.8 and the 40-digit roots of the likelihood equations
 * ({@code mle_reference.properties}, made by {@code make_mle_reference.py}, which records each
 * call), on data sets including the hard cases of issue 8: gamma shape 0.05, a U-shaped beta (0.4,
 * 0.4) and a weibull of shape 20. The log-likelihood must be at least SciPy's and R's − 1e-9·|ln
 * L|; the parameters must match the exact roots to 1e-9 and SciPy's estimate to 1e-6 where SciPy
 * solves the likelihood equations itself (closed forms, gamma with floc=0, gumbel); SciPy's
 * weibull_min (off by 2e-6 at shape 20), beta, levy and chi2 use general optimisers and are checked
 * by log-likelihood only.
 */
class MleReferenceTest {

  private static final Set<String> SCIPY_EXACT =
      Set.of(
          "gamma.gamma_small",
          "gamma.gamma",
          "normal.normal",
          "lognormal.gamma",
          "exponential.gamma",
          "gumbel.gumbel",
          "laplace.normal",
          "pareto.pareto");

  private static final Properties REFERENCE = load();

  static Stream<String> keys() {
    return REFERENCE.stringPropertyNames().stream()
        .filter(k -> k.endsWith(".scipy") || k.endsWith(".r") || k.endsWith(".exact"))
        .sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void matchesReference(String key) throws IOException {
    String[] parts = key.split("\\.");
    String familyName = parts[0];
    String dataset = parts[1];
    String source = parts[2];
    Family family = MleTestData.family(familyName);
    FitData data = MleTestData.data(csv("mle_" + dataset + ".csv"));
    Estimation e = MaximumLikelihood.INSTANCE.estimate(FitProblem.allFree(family), data);
    assertThat(e.succeeded()).as("%s", e.failure()).isTrue();
    double[] ours = e.values();
    double[] reference = numbers(REFERENCE.getProperty(key));
    double ll = MleTestData.logLik(family, ours, data);
    if (source.equals("exact")) {
      for (int i = 0; i < ours.length; i++) {
        assertThat(ours[i]).isCloseTo(reference[i], within(1e-9 * Math.abs(reference[i])));
      }
      return;
    }
    String llKey = familyName + "." + dataset + "." + source + "LogLik";
    double referenceLl = Double.parseDouble(REFERENCE.getProperty(llKey));
    assertThat(ll).isGreaterThanOrEqualTo(referenceLl - 1e-9 * Math.abs(referenceLl));
    if (source.equals("scipy") && SCIPY_EXACT.contains(familyName + "." + dataset)) {
      double spread = Math.sqrt(data.variance());
      for (int i = 0; i < ours.length; i++) {
        assertThat(ours[i])
            .isCloseTo(reference[i], within(1e-6 * Math.max(Math.abs(reference[i]), spread)));
      }
    }
  }

  private static double[] numbers(String text) {
    return Arrays.stream(text.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
  }

  static double[] csv(String name) throws IOException {
    try (InputStream in = MleReferenceTest.class.getResourceAsStream(name);
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> lines = r.lines().skip(1).filter(s -> !s.isBlank()).toList();
      return lines.stream().mapToDouble(Double::parseDouble).toArray();
    }
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = MleReferenceTest.class.getResourceAsStream("mle_reference.properties")) {
      p.load(in);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return p;
  }
}
