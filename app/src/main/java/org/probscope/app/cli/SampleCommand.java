package org.probscope.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.DoubleFunction;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.sample.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sample --target SPEC -n N [--seed S]}: a seeded sample as CSV on stdout, header {@code x},
 * one value per line in draw order, at full precision.
 */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Draws a seeded sample and prints it as CSV.",
      "A header line 'x', then one value per line in draw order, at full",
      "precision (whole numbers for a discrete family). The same spec, n and",
      "seed give the same values on every machine."
    },
    footer = {
      "",
      "Example:",
      "  " + Cli.USAGE_NAME + " sample --target 'poisson(mean=3)' -n 5 --seed 7"
    })
final class SampleCommand implements Callable<Integer> {

  static final long DEFAULT_SEED = 1;

  @Spec CommandSpec spec;

  @Option(
      names = "--target",
      required = true,
      paramLabel = "SPEC",
      converter = SpecConverter.class,
      description = "The distribution, e.g. 'normal(mean=0, sd=1)'.")
  Distribution target;

  @Option(
      names = "-n",
      required = true,
      paramLabel = "N",
      description = "Sample size, 1 to " + SampleGenerator.MAX_SIZE + ".")
  int size;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "" + DEFAULT_SEED,
      description = "Seed, any 64-bit integer (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    if (size < 1 || size > SampleGenerator.MAX_SIZE) {
      throw new ParameterException(
          spec.commandLine(),
          "-n must be in [1, " + SampleGenerator.MAX_SIZE + "] (got " + size + ")");
    }
    double[] values = SampleGenerator.drawValues(target, size, seed);
    writeCsv(spec.commandLine().getOut(), values, target);
    return 0;
  }

  /** Writes through the caller's buffered writer: one small string per value, no formatting. */
  static void writeCsv(PrintWriter out, double[] values, Distribution distribution) {
    DoubleFunction<String> format =
        distribution.isDiscrete() ? FullPrecision::formatCount : FullPrecision::format;
    out.write("x\n");
    for (double value : values) {
      out.write(format.apply(value));
      out.write('\n');
    }
  }
}
