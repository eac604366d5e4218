package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.sample.SampleGenerator;

/**
 * The command line reads {@code affine(SPEC, shift=s, scale=c)} wherever it reads a spec. Reference
 * values from SciPy 1.17.1, the call beside each; tolerance 1e-12 relative (the model's agreement
 * with mpmath for these distributions, see the model's AffineReferenceTest).
 */
class AffineCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String T = "affine(studentt(df=2.5), shift=3, scale=2)";

  @TempDir Path dir;

  @Test
  void calcEvaluatesAnAffineTargetInItsFarTail() throws IOException {
    CommandRun run = CommandRun.of("calc", "--target", T, "--x", "-2000", "--json");

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    JsonNode node = JSON.readTree(run.out());
    // scipy.stats.t(2.5, loc=3, scale=2).pdf(-2000.0) = 2.828549751272547e-11
    assertThat(node.get("pdf").doubleValue()).isCloseTo(2.828549751272547e-11, rel(2.8e-11));
    // .cdf(-2000.0) = 2.266238454094097e-08
    assertThat(node.get("cdf").doubleValue()).isCloseTo(2.266238454094097e-08, rel(2.3e-8));
    // .sf(-2000.0) = 0.9999999773376155
    assertThat(node.get("sf").doubleValue()).isCloseTo(0.9999999773376155, rel(1));
    // .pdf(-2000.0) / .sf(-2000.0) = 2.8285498153742308e-11
    assertThat(node.get("hazard").doubleValue()).isCloseTo(2.8285498153742308e-11, rel(2.8e-11));
  }

  @Test
  void calcInvertsAnAffineTarget() throws IOException {
    CommandRun run = CommandRun.of("calc", "--target", T, "--p", "1e-10", "--json");

    assertThat(run.status()).isZero();
    // scipy.stats.t(2.5, loc=3, scale=2).ppf(1e-10) = -17527.875542729143
    assertThat(JSON.readTree(run.out()).get("quantile").doubleValue())
        .isCloseTo(-17527.875542729143, rel(17527.9));
  }

  @Test
  void gofAgainstAnAffineTargetAgreesWithScipy() throws IOException {
    Path csv = dir.resolve("v.csv");
    Files.writeString(
        csv, "v\n2.1\n-1.3\n0.87\n5.2\n3.05\n7.7\n2.9\n-0.4\n4.45\n12.0\n", StandardCharsets.UTF_8);

    CommandRun run = CommandRun.of("gof", "--data", csv.toString(), "--target", T, "--json");

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("target").textValue()).isEqualTo(T);
    // v = [2.1, -1.3, 0.87, 5.2, 3.05, 7.7, 2.9, -0.4, 4.45, 12.0]
    // scipy.stats.kstest(v, stats.t(2.5, loc=3, scale=2).cdf): 0.14117291031072576,
    // p 0.9723555325473444
    JsonNode ks = node.get("ks");
    assertThat(ks.get("statistic").doubleValue()).isCloseTo(0.14117291031072576, rel(0.14));
    assertThat(ks.get("pValue").doubleValue()).isCloseTo(0.9723555325473444, within(1e-10));
    // scipy.stats.cramervonmises(v, stats.t(2.5, loc=3, scale=2).cdf): 0.0385697674757153,
    // p 0.9487598414416677
    JsonNode cvm = node.get("cvm");
    assertThat(cvm.get("statistic").doubleValue()).isCloseTo(0.0385697674757153, rel(0.039));
    assertThat(cvm.get("pValue").doubleValue()).isCloseTo(0.9487598414416677, within(1e-8));
  }

  @Test
  void sampleDrawsTheModelsValuesBitForBit() {
    String spec = "affine(chisquared(df=4), shift=-1, scale=0.5)";
    CommandRun run = CommandRun.of("sample", "--target", spec, "-n", "200", "--seed", "9");

    assertThat(run.status()).isZero();
    List<String> lines = run.outLines();
    assertThat(lines.get(0)).isEqualTo("x");
    Distribution d = DistributionSpec.parse(spec).orElseThrow();
    double[] values = lines.stream().skip(1).mapToDouble(Double::parseDouble).toArray();
    assertThat(values).containsExactly(SampleGenerator.drawValues(d, 200, 9));
    assertThat(java.util.Arrays.stream(values).min().orElseThrow()).isGreaterThan(-1);
  }

  @Test
  void badAffineSpecsExitTwoWithTheReason() {
    assertThat(CommandRun.of("calc", "--target", "affine(studentt(df=-1))", "--x", "0"))
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(2);
              assertThat(r.err()).contains("affine: studentt: df must be > 0 (got -1)");
            });
    assertThat(CommandRun.of("sample", "--target", "affine(poisson(mean=2), shift=1)", "-n", "3"))
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(2);
              assertThat(r.err()).contains("affine takes a continuous distribution");
            });
    assertThat(CommandRun.of("calc", "--target", "affine(normal, scale=0)", "--x", "0"))
        .satisfies(
            r -> {
              assertThat(r.status()).isEqualTo(2);
              assertThat(r.err()).contains("affine: scale must be > 0 (got 0)");
            });
  }

  private static org.assertj.core.data.Offset<Double> rel(double magnitude) {
    return within(1e-12 * magnitude);
  }
}
