package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fit --weights}: estimates and log-likelihoods against R's {@code fitdist(..., weights =
 * w)} (reference values with their R calls in {@code weighted-fit.properties}), integer weights
 * against the rows repeated, the header and JSON additions, standard input and the bootstrap.
 */
class FitWeightsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final double ESTIMATE_TOLERANCE = 1e-6;
  private static final double LOGLIK_TOLERANCE = 1e-9;

  @TempDir Path dir;

  private static String resource(String name) {
    try (InputStream in = FitWeightsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path weightedCsv() throws IOException {
    return Files.writeString(dir.resolve("weighted-fit.csv"), resource("weighted-fit.csv"));
  }

  private static JsonNode json(String... args) throws IOException {
    CommandRun run = CommandRun.of(args);
    assertThat(run.status()).as(run.err()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void estimatesAndLogLikMatchRFitdistWithWeights() throws IOException {
    Properties reference = new Properties();
    reference.load(new java.io.StringReader(resource("weighted-fit.properties")));
    Path csv = weightedCsv();
    Map<String, String> columns = Map.of("normal", "x", "gamma", "x", "poisson", "k");
    for (Map.Entry<String, String> family : columns.entrySet()) {
      String name = family.getKey();
      JsonNode fit =
          json(
                  "fit",
                  "--data",
                  csv.toString(),
                  "--column",
                  family.getValue(),
                  "--weights",
                  "w",
                  "--families",
                  name,
                  "--json")
              .get("fits")
              .get(0);
      assertThat(fit.get("status").textValue()).isEqualTo("ok");
      Iterator<Map.Entry<String, JsonNode>> params = fit.get("params").properties().iterator();
      int checked = 0;
      while (params.hasNext()) {
        Map.Entry<String, JsonNode> p = params.next();
        double expected = Double.parseDouble(reference.getProperty(name + "." + p.getKey()));
        assertThat(p.getValue().doubleValue())
            .as(name + " " + p.getKey())
            .isCloseTo(expected, within(ESTIMATE_TOLERANCE * Math.abs(expected)));
        checked++;
      }
      assertThat(checked).as(name).isPositive();
      double logLik = Double.parseDouble(reference.getProperty(name + ".logLik"));
      assertThat(fit.get("logLik").doubleValue())
          .as(name + " logLik")
          .isCloseTo(logLik, within(LOGLIK_TOLERANCE * Math.abs(logLik)));
      // the optimum is at least as good as R's
      assertThat(fit.get("logLik").doubleValue())
          .isGreaterThanOrEqualTo(logLik - LOGLIK_TOLERANCE * Math.abs(logLik));
    }
  }

  @Test
  void integerWeightsGiveTheEstimatesOfTheRowsRepeated() throws IOException {
    // a seeded property: 25 random data sets, each fitted weighted and repeated
    SplittableRandom random = new SplittableRandom(20261202L);
    for (int trial = 0; trial < 25; trial++) {
      int rows = 3 + random.nextInt(20);
      StringBuilder weighted = new StringBuilder("x,k,w\n");
      StringBuilder repeated = new StringBuilder("x,k\n");
      for (int i = 0; i < rows; i++) {
        double x = Math.round(random.nextDouble(0.05, 20) * 1000) / 1000.0;
        int k = random.nextInt(12);
        int w = i < 2 ? 1 + random.nextInt(3) : random.nextInt(5);
        String row = String.format(Locale.ROOT, "%s,%d", x, k);
        weighted.append(row).append(',').append(w).append('\n');
        for (int j = 0; j < w; j++) {
          repeated.append(row).append('\n');
        }
      }
      Path w = Files.writeString(dir.resolve("w.csv"), weighted);
      Path r = Files.writeString(dir.resolve("r.csv"), repeated);
      for (String method : List.of("mle", "mm")) {
        for (String[] family :
            new String[][] {{"x", "normal,gamma,lognormal,weibull"}, {"k", "poisson,geometric"}}) {
          JsonNode a =
              json(
                  "fit",
                  "--data",
                  w.toString(),
                  "--column",
                  family[0],
                  "--weights",
                  "w",
                  "--families",
                  family[1],
                  "--method",
                  method,
                  "--json");
          JsonNode b =
              json(
                  "fit",
                  "--data",
                  r.toString(),
                  "--column",
                  family[0],
                  "--families",
                  family[1],
                  "--method",
                  method,
                  "--json");
          String what = "trial " + trial + " " + method + " " + family[1] + "\n" + weighted;
          assertSameEstimates(a.get("fits"), b.get("fits"), what);
        }
      }
    }
  }

  private static void assertSameEstimates(JsonNode weighted, JsonNode repeated, String what) {
    assertThat(weighted.size()).as(what).isEqualTo(repeated.size());
    for (int i = 0; i < weighted.size(); i++) {
      JsonNode a = weighted.get(i);
      JsonNode b = repeated.get(i);
      assertThat(a.get("family")).as(what).isEqualTo(b.get("family"));
      assertThat(a.get("status")).as(what).isEqualTo(b.get("status"));
      if (!"ok".equals(a.get("status").textValue())) {
        continue;
      }
      for (String key : List.of("logLik", "aic", "bic")) {
        assertClose(a.get(key).doubleValue(), b.get(key).doubleValue(), what + " " + key);
      }
      a.get("params")
          .properties()
          .forEach(
              p ->
                  assertClose(
                      p.getValue().doubleValue(),
                      b.get("params").get(p.getKey()).doubleValue(),
                      what + " " + a.get("family") + " " + p.getKey()));
    }
  }

  private static void assertClose(double actual, double expected, String what) {
    assertThat(actual).as(what).isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
  }

  @Test
  void theHeaderAndTheJsonNameTheWeights() throws IOException {
    Path csv = weightedCsv();
    CommandRun text =
        CommandRun.of(
            "fit",
            "--data",
            csv.toString(),
            "--column",
            "x",
            "--weights",
            "3",
            "--families",
            "gamma");
    assertThat(text.status()).as(text.err()).isZero();
    assertThat(text.outLines())
        .contains(
            "weights    w (position 3): Σw = 21, rows of weight 0: 1 (dropped)",
            "n          11 rows of positive weight (AIC, BIC and SE use n = Σw = 21)")
        .anyMatch(line -> line.startsWith("- not computed: weighted data"))
        .anyMatch(line -> line.matches("#\\s+FAMILY.*KS D\\s+KS p"))
        .noneMatch(line -> line.startsWith("* p-values as if"))
        .noneMatch(line -> line.contains("NaN"));
    JsonNode node =
        json(
            "fit",
            "--data",
            csv.toString(),
            "--column",
            "x",
            "--weights",
            "w",
            "--families",
            "gamma",
            "--json");
    assertThat(node.get("n").intValue()).isEqualTo(11);
    JsonNode weights = node.get("weights");
    assertThat(weights.get("column").textValue()).isEqualTo("w");
    assertThat(weights.get("position").intValue()).isEqualTo(3);
    assertThat(weights.get("sum").doubleValue()).isEqualTo(21.0);
    assertThat(weights.get("zeroRows").intValue()).isEqualTo(1);
    JsonNode gamma = node.get("fits").get(0);
    assertThat(gamma.get("ks").isNull()).isTrue();
    assertThat(gamma.get("testsUnavailable").textValue()).startsWith("weighted data");
    // AIC with n = Σw: aicc = aic + 2k(k+1)/(n-k-1), k = 2, n = 21
    assertThat(gamma.get("aicc").doubleValue() - gamma.get("aic").doubleValue())
        .isCloseTo(12.0 / 18, within(1e-9));
  }

  @Test
  void standardInputCarriesTheWeightsToo() throws IOException {
    JsonNode fromFile =
        json(
            "fit",
            "--data",
            weightedCsv().toString(),
            "--column",
            "x",
            "--weights",
            "w",
            "--families",
            "normal",
            "--json");
    CommandRun run =
        CommandRun.withInput(
            resource("weighted-fit.csv"),
            "fit",
            "--data",
            "-",
            "--column",
            "x",
            "--weights",
            "w",
            "--families",
            "normal",
            "--json");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode fromStdin = JSON.readTree(run.out());
    assertThat(fromStdin.get("fits").get(0).get("params"))
        .isEqualTo(fromFile.get("fits").get(0).get("params"));
    assertThat(fromStdin.get("weights")).isEqualTo(fromFile.get("weights"));
  }

  @Test
  void aFifoIsReadToTheEndWithItsWeights() throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.writeString(fifo, resource("weighted-fit.csv"));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    writer.setDaemon(true);
    writer.start();
    JsonNode node =
        json(
            "fit",
            "--data",
            fifo.toString(),
            "--column",
            "k",
            "--weights",
            "w",
            "--families",
            "poisson",
            "--json");
    assertThat(node.get("weights").get("sum").doubleValue()).isEqualTo(21);
    // the weighted mean: 39 / 21
    assertThat(node.get("fits").get(0).get("params").get("mean").doubleValue())
        .isCloseTo(39.0 / 21, within(1e-15));
  }

  @Test
  void theBootstrapDrawsSamplesOfSizeSumOfWeightsWithoutTests() throws IOException {
    JsonNode fit =
        json(
                "fit",
                "--data",
                weightedCsv().toString(),
                "--column",
                "x",
                "--weights",
                "w",
                "--families",
                "gamma",
                "--bootstrap",
                "50",
                "--seed",
                "3",
                "--json")
            .get("fits")
            .get(0);
    JsonNode bootstrap = fit.get("bootstrap");
    assertThat(bootstrap.get("sampleSize").intValue()).isEqualTo(21);
    assertThat(bootstrap.get("refits").intValue()).isEqualTo(50);
    assertThat(bootstrap.get("succeeded").intValue() + bootstrap.get("failed").intValue())
        .isEqualTo(50);
    assertThat(fit.get("ks").isNull()).isTrue();
  }

  @Test
  void withoutColumnTheValuesAreNeverTheWeightColumn() throws IOException {
    Path csv = Files.writeString(dir.resolve("wx.csv"), "w,x\n1,0.5\n2,1.5\n1,2.5\n");
    JsonNode node =
        json("fit", "--data", csv.toString(), "--weights", "w", "--families", "normal", "--json");
    assertThat(node.get("column").textValue()).isEqualTo("x");
    assertThat(node.get("fits").get(0).get("params").get("mean").doubleValue()).isEqualTo(1.5);
  }

  @Test
  void skippedRowsAreCountedOncePerRow() throws IOException {
    Path csv = Files.writeString(dir.resolve("s.csv"), "x,w\n1,1\nNA,2\n3,abc\nz,NA\n2,2\n4,1\n");
    JsonNode node =
        json("fit", "--data", csv.toString(), "--weights", "w", "--families", "normal", "--json");
    assertThat(node.get("skipped").intValue()).isEqualTo(3);
    assertThat(node.get("n").intValue()).isEqualTo(3);
    assertThat(node.get("weights").get("sum").doubleValue()).isEqualTo(4);
  }
}
