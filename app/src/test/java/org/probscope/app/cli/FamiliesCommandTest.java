package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;

class FamiliesCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void jsonListsEveryFamilyInCatalogueOrder() throws Exception {
    CommandRun run = CommandRun.of("families", "--json");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode array = JSON.readTree(run.out());
    assertThat(array.isArray()).isTrue();
    List<String> names = new ArrayList<>();
    array.forEach(family -> names.add(family.get("name").asText()));
    assertThat(names).containsExactlyElementsOf(Families.all().stream().map(Family::name).toList());
  }

  @Test
  void jsonDescribesEachParameterWithItsDomain() throws Exception {
    JsonNode normal =
        familyNamed(JSON.readTree(CommandRun.of("families", "--json").out()), "normal");

    assertThat(normal.get("kind").asText()).isEqualTo("continuous");
    assertThat(normal.get("defaultSpec").asText()).isEqualTo("normal(mean=0, sd=1)");
    JsonNode sd = normal.get("parameters").get(1);
    assertThat(sd.get("name").asText()).isEqualTo("sd");
    assertThat(sd.get("domain").asText()).isEqualTo("> 0");
    assertThat(sd.get("lower").doubleValue()).isZero();
    assertThat(sd.get("lowerInclusive").booleanValue()).isFalse();
    assertThat(sd.get("upper").asText()).isEqualTo("Infinity");
    assertThat(sd.get("integer").booleanValue()).isFalse();
    assertThat(sd.get("default").doubleValue()).isEqualTo(1.0);
    assertThat(sd.get("description").asText()).isNotBlank();
    JsonNode mean = normal.get("parameters").get(0);
    assertThat(mean.get("lower").asText()).isEqualTo("-Infinity");
  }

  @Test
  void jsonMarksDiscreteFamilies() throws Exception {
    JsonNode poisson =
        familyNamed(JSON.readTree(CommandRun.of("families", "--json").out()), "poisson");

    assertThat(poisson.get("kind").asText()).isEqualTo("discrete");
  }

  @Test
  void textIsATableWithAlignedColumns() {
    CommandRun run = CommandRun.of("families");

    assertThat(run.status()).isZero();
    List<String> lines = run.outLines();
    String header = lines.get(0);
    assertThat(header).startsWith("FAMILY").contains("KIND", "PARAMETER", "DOMAIN", "DEFAULT");
    String sdRow =
        lines.stream().filter(l -> l.contains("standard deviation")).findFirst().orElseThrow();
    assertThat(sdRow.indexOf("sd")).isEqualTo(header.indexOf("PARAMETER"));
    assertThat(sdRow.indexOf("> 0")).isEqualTo(header.indexOf("DOMAIN"));
    String poissonRow =
        lines.stream().filter(l -> l.startsWith("poisson")).findFirst().orElseThrow();
    assertThat(poissonRow.indexOf("discrete")).isEqualTo(header.indexOf("KIND"));
  }

  /** Issue 7 item 19: sd = 1e-310 is inside the domain but refused; families must say so. */
  @Test
  void theEvaluationLimitsAreShownBesideTheDomain() throws Exception {
    JsonNode sd =
        familyNamed(JSON.readTree(CommandRun.of("families", "--json").out()), "normal")
            .get("parameters")
            .get(1);
    List<String> lines = CommandRun.of("families").outLines();
    String header = lines.get(0);
    String sdRow =
        lines.stream().filter(l -> l.contains("standard deviation")).findFirst().orElseThrow();
    CommandRun refused = CommandRun.of("calc", "--target", "normal(sd=1e-310)", "--x", "0");

    assertThat(sd.get("limitMin").doubleValue()).isEqualTo(1e-300);
    assertThat(sd.get("limitMax").doubleValue()).isEqualTo(1e300);
    assertThat(sdRow.substring(header.indexOf("EVALUATED"))).startsWith("[1e-300, 1e300]");
    assertThat(refused.err()).contains("at least 1e-300");
    for (Family family : Families.all()) {
      for (var parameter : family.parameters()) {
        String limits = FamiliesCommand.limitsText(parameter);
        if (parameter.limitMin() > parameter.lower() || parameter.limitMax() < parameter.upper()) {
          assertThat(limits)
              .as(family.name() + " " + parameter.name())
              .matches("[\\[(].*, .*[\\])]");
        } else {
          assertThat(limits).isEqualTo("domain");
        }
      }
    }
  }

  private static JsonNode familyNamed(JsonNode array, String name) {
    for (JsonNode family : array) {
      if (family.get("name").asText().equals(name)) {
        return family;
      }
    }
    throw new AssertionError("no family " + name);
  }
}
