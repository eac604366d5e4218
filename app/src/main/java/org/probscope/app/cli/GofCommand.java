package org.probscope.app.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.probscope.model.distribution.Distribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gof --data FILE [--column NAME|INDEX] --target SPEC [--json] [--alpha A]}: one-sample
 * goodness of fit of a CSV column against a distribution (KS, Kuiper, Cramér–von Mises,
 * Anderson–Darling, Wasserstein-1; the chi-square test too for a discrete target).
 */
@Command(
    name = "gof",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Goodness of fit of a data column against a distribution.",
      "Reads one numeric column of a CSV file (delimiter, decimal separator",
      "and header are detected; cells that are not numbers are skipped and",
      "counted) and tests it against the target: Kolmogorov-Smirnov, Kuiper,",
      "Cramer-von Mises and Anderson-Darling with p-values, critical values",
      "and decisions at alpha, and the Wasserstein-1 distance. For a discrete",
      "target the tests take their discrete forms (KS exact or Monte Carlo,",
      "Kuiper Monte Carlo, Cramer-von Mises, Anderson-Darling and Watson after",
      "Choulakian, Lockhart & Stephens 1994), and the chi-square test with",
      "merged low-count bins is added; each p-value's method is printed."
    },
    footer = {
      "",
      "JSON: {\"n\", \"skipped\", \"target\", \"ks\":{\"statistic\",\"pValue\"},",
      "\"kuiper\":{\"statistic\"}, \"cvm\":{\"statistic\",\"pValue\"},",
      "\"ad\":{\"statistic\",\"pValue\"}, \"wasserstein1\"}, then additions: each test's",
      "\"pValueMethod\", \"criticalValue\" and \"reject\" (at alpha; Kuiper's",
      "\"pValue\" too), \"wasserstein1Reason\" when W1 is infinite, \"dPlus\",",
      "\"dMinus\", \"ksGap\", \"alpha\", \"discreteTarget\", \"note\" and \"chiSquare\"",
      "(discrete targets), \"file\", \"column\", \"columnPosition\", \"format\",",
      "\"skippedByReason\", \"firstSkipped\". Numbers at full precision; an infinite",
      "value is the string \"Infinity\", a value that does not exist is null.",
      "A p-value known only as a bound (below 1e-300) has \"pValue\": null,",
      "\"pValueUpperBound\" and \"pValueBoundReason\"; \"reject\" is always a",
      "boolean (then the statistic against the critical value).",
      "",
      "Example:",
      "  " + Cli.USAGE_NAME + " gof --data data.csv --column x \\",
      "      --target 'normal(mean=0, sd=1)'"
    })
final class GofCommand implements Callable<Integer> {

  static final double DEFAULT_ALPHA = 0.05;

  private final InputStream stdin;

  @Spec CommandSpec spec;

  @Mixin DataColumnOptions data;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "SPEC",
      converter = SpecConverter.class,
      description = "The distribution, e.g. 'normal(mean=0, sd=1)'.")
  Distribution target;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @Option(
      names = "--alpha",
      paramLabel = "A",
      defaultValue = "" + DEFAULT_ALPHA,
      converter = LevelConverter.class,
      description = "Significance level in (0, 1) for the decisions (default: ${DEFAULT-VALUE}).")
  double alpha;

  /**
   * @param stdin what {@code --data -} reads
   */
  GofCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() {
    DataColumn column = data.read(stdin);
    GofReport report = GofReport.of(column, target, alpha);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonOutput.print(out, GofJson.toJson(report));
    } else {
      GofText.toText(report).forEach(out::println);
    }
    return 0;
  }
}
