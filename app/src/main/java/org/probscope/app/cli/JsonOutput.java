package org.probscope.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Builds and prints the JSON every command writes with {@code --json}.
 *
 * <p>Numbers: a finite double is a JSON number at full precision (the shortest text that reads back
 * to the same double, see {@link FullPrecision}); JSON has no infinities, so {@code +Infinity} and
 * {@code -Infinity} are the strings {@code "Infinity"} and {@code "-Infinity"} (DESIGN.md, gof),
 * and NaN, a value that does not exist, is {@code null}. Output is indented, one document per run.
 */
final class JsonOutput {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private JsonOutput() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** A double as JSON: a number, {@code "Infinity"}/{@code "-Infinity"}, or {@code null}. */
  static JsonNode number(double value) {
    if (Double.isNaN(value)) {
      return NullNode.getInstance();
    }
    if (Double.isInfinite(value)) {
      return TextNode.valueOf(value > 0 ? "Infinity" : "-Infinity");
    }
    return DoubleNode.valueOf(value);
  }

  /** Sets {@code name} to {@link #number(double)} of {@code value}; returns {@code object}. */
  static ObjectNode put(ObjectNode object, String name, double value) {
    object.set(name, number(value));
    return object;
  }

  static void print(PrintWriter out, JsonNode document) {
    try {
      out.println(MAPPER.writeValueAsString(document));
    } catch (JsonProcessingException e) {
      // a tree of plain nodes always serialises; this would be a bug in the tree
      throw new UncheckedIOException(e);
    }
  }
}
