package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs for a target without a finite mean (the standard Cauchy), built from a report
 * directly.
 */
class GofReportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void infiniteWassersteinIsTheStringInfinityWithTheReason() throws IOException {
    GofReport report = cauchyReport();

    StringWriter text = new StringWriter();
    JsonOutput.print(new PrintWriter(text), GofJson.toJson(report));
    JsonNode node = JSON.readTree(text.toString());

    // ∫|Fn − F| dx diverges in both tails when F has no finite mean
    assertThat(node.get("wasserstein1").isTextual()).isTrue();
    assertThat(node.get("wasserstein1").textValue()).isEqualTo("Infinity");
    assertThat(node.get("wasserstein1Reason").textValue())
        .contains("cauchy(location=0, scale=1)", "no finite mean");
    // the tests with p-values are unaffected
    assertThat(node.get("ks").get("statistic").isNumber()).isTrue();
    assertThat(node.get("target").textValue()).isEqualTo("cauchy(location=0, scale=1)");
  }

  @Test
  void textSaysInfinityAndWhyInsteadOfATruncatedNumber() throws IOException {
    GofReport report = cauchyReport();

    assertThat(GofText.toText(report))
        .anyMatch(
            line -> line.startsWith("Wasserstein-1 W1 = Infinity (") && line.contains("no finite"));
  }

  private GofReport cauchyReport() throws IOException {
    Path csv = Files.writeString(dir.resolve("x.csv"), "x\n-3.5\n-0.4\n0.1\n0.7\n12.0\n");
    DataColumn data = DataColumn.read(csv, Optional.empty()).column().orElseThrow();
    return GofReport.of(
        data,
        org.probscope.model.distribution.DistributionSpec.parse("cauchy(location=0, scale=1)")
            .orElseThrow(),
        0.05);
  }
}
