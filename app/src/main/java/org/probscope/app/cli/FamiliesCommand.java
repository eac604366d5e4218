package org.probscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;
import org.probscope.model.distribution.Parameter;
import org.probscope.model.distribution.SpecNumbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code families [--json]}: every family with its kind and parameters. */
@Command(
    name = "families",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists every distribution family and its parameters.",
      "For each parameter: name, domain, whole number or not, default value",
      "and description."
    },
    footer = {
      "",
      "JSON: an array of {name, label, kind, defaultSpec, parameters: [{name,",
      "description, domain, lower, lowerInclusive, upper, upperInclusive,",
      "integer, default}]}; an unbounded end is \"-Infinity\" or \"Infinity\"."
    })
final class FamiliesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonOutput.print(out, toJson(Families.all()));
    } else {
      toText(Families.all()).forEach(out::println);
    }
    return 0;
  }

  static ArrayNode toJson(List<Family> families) {
    ArrayNode array = JsonOutput.array();
    for (Family family : families) {
      ObjectNode node = array.addObject();
      node.put("name", family.name());
      node.put("label", family.label());
      node.put("kind", kind(family));
      node.put("defaultSpec", family.createDefault().spec());
      ArrayNode parameters = node.putArray("parameters");
      for (Parameter p : family.parameters()) {
        ObjectNode param = parameters.addObject();
        param.put("name", p.name());
        param.put("description", p.description());
        param.put("domain", p.domainText());
        JsonOutput.put(param, "lower", p.lower());
        param.put("lowerInclusive", p.lowerInclusive());
        JsonOutput.put(param, "upper", p.upper());
        param.put("upperInclusive", p.upperInclusive());
        param.put("integer", p.integer());
        JsonOutput.put(param, "limitMin", p.limitMin());
        JsonOutput.put(param, "limitMax", p.limitMax());
        JsonOutput.put(param, "default", p.defaultValue());
      }
    }
    return array;
  }

  /** One row per parameter; the family and kind are written on its first parameter's row only. */
  static List<String> toText(List<Family> families) {
    List<List<String>> rows = new ArrayList<>();
    for (Family family : families) {
      boolean first = true;
      for (Parameter p : family.parameters()) {
        rows.add(
            List.of(
                first ? family.name() : "",
                first ? kind(family) : "",
                p.name(),
                p.domainText(),
                limitsText(p),
                p.integer() ? "integer" : "real",
                SpecNumbers.format(p.defaultValue()),
                p.description()));
        first = false;
      }
    }
    List<String> lines =
        new ArrayList<>(
            TextTable.render(
                List.of(
                    "FAMILY",
                    "KIND",
                    "PARAMETER",
                    "DOMAIN",
                    "EVALUATED",
                    "TYPE",
                    "DEFAULT",
                    "DESCRIPTION"),
                rows));
    lines.add("");
    lines.add(
        "A spec is family(name=value, ...), e.g. " + Families.normal().createDefault().spec());
    lines.add("Parameters left out take their defaults.");
    lines.add("EVALUATED: the values ProbScope evaluates reliably and accepts; a value inside the");
    lines.add("domain but outside them (sd=1e-310) is refused with that range.");
    return lines;
  }

  /**
   * The range a spec may use, {@code [1e-300, 1e300]}, where it is narrower than the domain (the
   * values the library cannot evaluate reliably are refused, issue 7 item 19); "domain" otherwise.
   */
  static String limitsText(Parameter p) {
    boolean lowerLimited = p.limitMin() > p.lower();
    boolean upperLimited = p.limitMax() < p.upper();
    if (!lowerLimited && !upperLimited) {
      return "domain";
    }
    String low =
        lowerLimited
            ? "[" + SpecNumbers.format(p.limitMin())
            : (p.lowerInclusive() ? "[" : "(") + bound(p.lower());
    String high =
        upperLimited
            ? SpecNumbers.format(p.limitMax()) + "]"
            : bound(p.upper()) + (p.upperInclusive() ? "]" : ")");
    return low + ", " + high;
  }

  private static String bound(double value) {
    return Double.isInfinite(value) ? (value > 0 ? "inf" : "-inf") : SpecNumbers.format(value);
  }

  private static String kind(Family family) {
    return family.kind().name().toLowerCase(Locale.ROOT);
  }
}
