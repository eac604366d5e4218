package org.probscope.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.probscope.model.distribution.Distribution;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code calc --target SPEC (--x X | --p P) [--json]}: the density or mass, CDF, survival and
 * hazard at points, or quantiles at probabilities.
 */
@Command(
    name = "calc",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Density, CDF, survival and hazard at x, or the quantile at p.",
      "At points x: the density (the mass for a discrete family), the CDF,",
      "the survival P(X > x) and the hazard. At probabilities p: the quantile,",
      "the smallest x with CDF(x) >= p."
    },
    customSynopsis = {
      Cli.USAGE_NAME + " calc [-hV] [--json] --target=SPEC",
      "       (--x=X[,X...] | --p=P[,P...])"
    },
    footer = {
      "",
      "JSON: {\"x\",\"pdf\",\"cdf\",\"sf\",\"hazard\"} or {\"p\",\"quantile\"}, an",
      "array of them when several values are given; \"pdf\" holds the mass for",
      "a discrete family. Numbers are at full precision; an infinite value is",
      "the string \"Infinity\" or \"-Infinity\", an undefined one (NaN) is null.",
      "Text: one 'name = value' line each.",
      "",
      "Example:",
      "  " + Cli.USAGE_NAME + " calc --target 'normal(mean=0, sd=1)' --x -1.96,1.96"
    })
final class CalcCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "SPEC",
      converter = SpecConverter.class,
      description = "The distribution, e.g. 'normal(mean=0, sd=1)'.")
  Distribution target;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Where where;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  /** Exactly one of the two: points or probabilities. */
  static final class Where {
    @Option(
        names = "--x",
        paramLabel = "X",
        split = ",",
        converter = NumberConverters.Real.class,
        description = "Point(s), repeated or comma-separated; inf allowed.")
    List<Double> points;

    @Option(
        names = "--p",
        paramLabel = "P",
        split = ",",
        converter = NumberConverters.Probability.class,
        description = "Probability (or probabilities) in [0, 1] for the quantile.")
    List<Double> probabilities;
  }

  /** The figures at one point. */
  record AtPoint(double x, double pdf, double cdf, double sf, double hazard) {
    static AtPoint of(Distribution d, double x) {
      return new AtPoint(x, d.density(x), d.cdf(x), d.survival(x), d.hazard(x));
    }
  }

  /** The quantile at one probability. */
  record AtProbability(double p, double quantile) {
    static AtProbability of(Distribution d, double p) {
      return new AtProbability(p, d.quantile(p));
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<JsonNode> documents = new ArrayList<>();
    List<List<String>> blocks = new ArrayList<>();
    if (where.points != null) {
      for (double x : where.points) {
        AtPoint at = AtPoint.of(target, x);
        documents.add(toJson(at));
        blocks.add(toText(at, target.isDiscrete()));
      }
    } else {
      for (double p : where.probabilities) {
        AtProbability at = AtProbability.of(target, p);
        documents.add(toJson(at));
        blocks.add(toText(at));
      }
    }
    if (json) {
      JsonOutput.print(out, documents.size() == 1 ? documents.get(0) : asArray(documents));
    } else {
      out.println(line("target", target.spec()));
      for (List<String> block : blocks) {
        out.println();
        block.forEach(out::println);
      }
    }
    return 0;
  }

  static ObjectNode toJson(AtPoint at) {
    ObjectNode node = JsonOutput.object();
    JsonOutput.put(node, "x", at.x());
    JsonOutput.put(node, "pdf", at.pdf());
    JsonOutput.put(node, "cdf", at.cdf());
    JsonOutput.put(node, "sf", at.sf());
    return JsonOutput.put(node, "hazard", at.hazard());
  }

  static ObjectNode toJson(AtProbability at) {
    ObjectNode node = JsonOutput.object();
    JsonOutput.put(node, "p", at.p());
    return JsonOutput.put(node, "quantile", at.quantile());
  }

  /** Text names the mass "pmf" for a discrete family; JSON keeps the contract's "pdf". */
  static List<String> toText(AtPoint at, boolean discrete) {
    return List.of(
        line("x", at.x()),
        line(discrete ? "pmf" : "pdf", at.pdf()),
        line("cdf", at.cdf()),
        line("sf", at.sf()),
        line("hazard", at.hazard()));
  }

  static List<String> toText(AtProbability at) {
    return List.of(line("p", at.p()), line("quantile", at.quantile()));
  }

  private static ArrayNode asArray(List<JsonNode> documents) {
    ArrayNode array = JsonOutput.array();
    array.addAll(documents);
    return array;
  }

  private static String line(String name, double value) {
    return line(name, FullPrecision.formatForReading(value));
  }

  private static String line(String name, String value) {
    return name + " = " + value;
  }
}
