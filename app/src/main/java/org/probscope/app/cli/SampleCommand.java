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

  /** {@link PrintWriter#checkError()} flushes, so it is asked only now and then. */
  static final int LINES_BETWEEN_CHECKS = 1 << 16;

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
    writeCsv(spec.commandLine().getOut(), draw(), target);
    return 0;
  }

  private double[] draw() {
    try {
      return SampleGenerator.drawValues(target, size, seed);
    } catch (OutOfMemoryError e) {
      // the values are held before printing (8 bytes each); say how to get past it, no trace
      throw new ParameterException(
          spec.commandLine(),
          "not enough memory for n = "
              + size
              + " (about "
              + (size / (1 << 20) * Double.BYTES + 1)
              + " MB); use a smaller -n or run java with a larger -Xmx");
    }
  }

  /**
   * Writes through the caller's buffered writer: one small string per value, no formatting. Stops
   * early when the output is closed, checking every {@link #LINES_BETWEEN_CHECKS} lines.
   */
  static void writeCsv(PrintWriter out, double[] values, Distribution distribution) {
    DoubleFunction<String> format =
        distribution.isDiscrete() ? FullPrecision::formatCount : FullPrecision::format;
    out.write("x\n");
    for (int i = 0; i < values.length; i++) {
      if (i % LINES_BETWEEN_CHECKS == 0 && i > 0 && out.checkError()) {
        return;
      }
      out.write(format.apply(values[i]));
      out.write('\n');
    }
  }
}
