package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;
import static org.probscope.app.cli.GofCommandTest.REFERENCE_CSV;
import static org.probscope.app.cli.GofCommandTest.gof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gof}'s verdicts: critical values and decisions at {@code --alpha}, and chi-square. */
class GofDecisionsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void alphaMovesTheCriticalValuesAndTheDecisions() throws IOException {
    Path csv = write("values.csv", REFERENCE_CSV);

    JsonNode loose = gofJson(csv, "0.05");
    JsonNode strict = gofJson(csv, "0.001");

    assertThat(loose.get("alpha").doubleValue()).isEqualTo(0.05);
    assertThat(strict.get("alpha").doubleValue()).isEqualTo(0.001);
    for (String test : List.of("ks", "kuiper", "cvm", "ad")) {
      assertThat(strict.get(test).get("criticalValue").doubleValue())
          .as(test)
          .isGreaterThan(loose.get(test).get("criticalValue").doubleValue());
      for (JsonNode node : List.of(loose, strict)) {
        // the decision is the p-value against alpha
        assertThat(node.get(test).get("reject").booleanValue())
            .as(test)
            .isEqualTo(
                node.get(test).get("pValue").doubleValue() < node.get("alpha").doubleValue());
      }
    }
    // normal(mean=1) is far enough off for some test to reject at 5 % but not at 0.1 %
    assertThat(loose.get("ks").get("reject").booleanValue()).isTrue();
    assertThat(strict.get("ks").get("reject").booleanValue()).isFalse();
  }

  /**
   * At a tiny α a p-value approximation may have no statistic whose p-value is α (today the model's
   * Anderson–Darling p-value at n = 10 stays above 1e-6): the command still succeeds, the critical
   * value is null in JSON and "undefined" in the text, and the decision stands.
   */
  @Test
  void aCriticalValueThatDoesNotExistIsNullNotAFailure() throws IOException {
    Path csv = write("values.csv", REFERENCE_CSV);

    CommandRun run =
        gof(csv, "--column", "value", "--target", "normal(mean=1, sd=1)", "--alpha", "1e-6");
    JsonNode node = gofJson(csv, "1e-6");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    Map<String, String> labels =
        Map.of(
            "ks", "Kolmogorov–Smirnov",
            "kuiper", "Kuiper",
            "cvm", "Cramér–von Mises",
            "ad", "Anderson–Darling");
    labels.forEach(
        (key, label) -> {
          JsonNode critical = node.get(key).get("criticalValue");
          assertThat(critical.isNull() || critical.isNumber()).as(key).isTrue();
          String row = run.outLines().stream().filter(l -> l.startsWith(label)).findFirst().get();
          assertThat(row.contains("undefined")).as(key).isEqualTo(critical.isNull());
          assertThat(node.get(key).get("reject").booleanValue()).as(key).isFalse();
        });
  }

  private JsonNode gofJson(Path csv, String alpha) throws IOException {
    return JSON.readTree(
        gof(
                csv,
                "--column",
                "value",
                "--target",
                "normal(mean=1, sd=1)",
                "--alpha",
                alpha,
                "--json")
            .out());
  }

  @Test
  void discreteTargetAddsTheNoteAndTheChiSquareRow() throws IOException {
    Path file = countsCsv();

    JsonNode node = JSON.readTree(gof(file, "--target", "poisson(mean=2.4)", "--json").out());
    CommandRun text = gof(file, "--target", "poisson(mean=2.4)");

    assertThat(node.get("discreteTarget").booleanValue()).isTrue();
    assertThat(node.get("note").textValue()).contains("discrete null");
    assertThat(node.get("ks").get("pValueMethod").textValue()).startsWith("exact for a discrete");
    assertThat(node.get("kuiper").get("pValueMethod").textValue()).startsWith("Monte Carlo");
    for (String key : new String[] {"cvm", "ad", "watson"}) {
      assertThat(node.get(key).get("pValueMethod").textValue())
          .as(key)
          .startsWith("asymptotic for a discrete null");
      assertThat(node.get(key).get("reject").isBoolean()).as(key).isTrue();
    }
    assertThat(text.outLines()).anyMatch(l -> l.startsWith("Watson U²"));
    JsonNode chi = node.get("chiSquare");
    assertThat(chi.get("applicable").booleanValue()).isTrue();
    assertThat(chi.get("degreesOfFreedom").intValue()).isEqualTo(chi.get("bins").intValue() - 1);
    assertThat(chi.get("pValue").doubleValue()).isBetween(0.0, 1.0);
    assertThat(chi.get("reject").booleanValue()).isEqualTo(chi.get("pValue").doubleValue() < 0.05);
    assertThat(text.outLines()).anyMatch(l -> l.startsWith("Chi-square X²"));
    assertThat(text.outLines())
        .anyMatch(l -> l.startsWith("Note: ") && l.contains("discrete null"));
  }

  @Test
  void chiSquareCriticalValueIsTheUpperQuantile() throws IOException {
    Path file = countsCsv();

    JsonNode chi =
        JSON.readTree(gof(file, "--target", "poisson(mean=2.4)", "--json").out()).get("chiSquare");

    // the bins depend on the model's merging rule; the quantile for their count is SciPy's:
    // scipy.stats.chi2.isf(0.05, [1, 2, 3, 4, 5, 6, 7]) =
    //   [3.8414588206941285, 5.991464547107983, 7.814727903251178, 9.487729036781158,
    //    11.070497693516355, 12.59158724374398, 14.067140449340167]
    double[] isf = {
      3.8414588206941285,
      5.991464547107983,
      7.814727903251178,
      9.487729036781158,
      11.070497693516355,
      12.59158724374398,
      14.067140449340167
    };
    int df = chi.get("degreesOfFreedom").intValue();
    assertThat(df).isBetween(1, isf.length);
    // 1e-12 relative: Commons Statistics and SciPy invert the same regularised gamma function
    assertThat(chi.get("criticalValue").doubleValue())
        .isCloseTo(isf[df - 1], withinPercentage(1e-10));
  }

  @Test
  void smallSampleOfADiscreteTargetSaysWhyChiSquareIsNotApplicable() throws IOException {
    Path file = write("counts.csv", "k\n1\n2\n3\n");

    JsonNode node = JSON.readTree(gof(file, "--target", "poisson(mean=2)", "--json").out());

    assertThat(node.get("chiSquare").get("applicable").booleanValue()).isFalse();
    assertThat(node.get("chiSquare").get("reason").textValue()).contains("too small");
  }

  /** 60 counts: 0 six times, 1 twelve times, 2 ×15, 3 ×12, 4 ×8, 5 ×4, 6 ×3. */
  private Path countsCsv() throws IOException {
    StringBuilder csv = new StringBuilder("k\n");
    int[] frequencies = {6, 12, 15, 12, 8, 4, 3};
    for (int k = 0; k < frequencies.length; k++) {
      csv.append((k + "\n").repeat(frequencies[k]));
    }
    return write("counts.csv", csv.toString());
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
