package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class JsonOutputTest {

  @Test
  void infinitiesAreStringsNanIsNullFiniteValuesAreExactNumbers() throws Exception {
    ObjectNode node = JsonOutput.object();
    JsonOutput.put(node, "up", Double.POSITIVE_INFINITY);
    JsonOutput.put(node, "down", Double.NEGATIVE_INFINITY);
    JsonOutput.put(node, "none", Double.NaN);
    JsonOutput.put(node, "tiny", Double.MIN_VALUE);
    JsonOutput.put(node, "third", 1.0 / 3);

    StringWriter text = new StringWriter();
    JsonOutput.print(new PrintWriter(text, true), node);
    JsonNode read = new ObjectMapper().readTree(text.toString());

    assertThat(read.get("up").isTextual()).isTrue();
    assertThat(read.get("up").asText()).isEqualTo("Infinity");
    assertThat(read.get("down").asText()).isEqualTo("-Infinity");
    assertThat(read.get("none").isNull()).isTrue();
    assertThat(read.get("tiny").doubleValue()).isEqualTo(Double.MIN_VALUE);
    assertThat(read.get("third").doubleValue()).isEqualTo(1.0 / 3);
    // the printed digits are the shortest ones, as in text output
    assertThat(text.toString()).contains(FullPrecision.format(1.0 / 3));
  }
}
