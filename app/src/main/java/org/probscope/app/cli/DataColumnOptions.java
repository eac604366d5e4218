package org.probscope.app.cli;

import java.io.InputStream;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * The {@code --data FILE [--column C]} options of the commands that read one data column ({@code
 * gof}, {@code fit}), as a picocli mixin: the options, their help text, reading the column, its
 * problems reported as {@code --data: reason} or {@code --column: reason}, and its warnings on
 * stderr (so that JSON on stdout keeps its contract).
 */
final class DataColumnOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = DataColumn.DATA,
      required = true,
      paramLabel = "FILE",
      description = {
        "The CSV (or other delimited text) file; - reads standard input.",
        "Pipes, FIFOs and <(...) are read to the end first."
      })
  String file;

  @Option(
      names = DataColumn.COLUMN,
      paramLabel = "NAME|INDEX",
      description = {
        "The column: a header name, else a 1-based position.",
        "Default: the first column whose first rows are mostly numbers."
      })
  String column;

  /**
   * Reads the column; a problem is a {@link ParameterException} on the option at fault, reported as
   * {@link ErrorReporter} reports a converter's message (the command line was well formed, so no
   * usage hint follows).
   */
  DataColumn read(InputStream stdin) {
    return read(stdin, Optional.empty());
  }

  /**
   * Reads the column with the weight column {@code weights} (a command's own {@code --weights}
   * option, reported as {@code --weights: reason}) when one is given.
   */
  DataColumn read(InputStream stdin, Optional<String> weights) {
    DataColumn.Outcome outcome = DataColumn.read(file, Optional.ofNullable(column), weights, stdin);
    if (outcome.problem().isPresent()) {
      DataColumn.Problem problem = outcome.problem().get();
      String option = problem.option();
      throw new ParameterException(
          spec.commandLine(),
          problem.message(),
          new TypeConversionException(problem.message()),
          spec.findOption(option),
          option.equals(DataColumn.DATA)
              ? file
              : option.equals(WeightColumn.WEIGHTS) ? weights.orElse(null) : column);
    }
    DataColumn data = outcome.column().orElseThrow();
    for (String warning : data.warnings()) {
      spec.commandLine()
          .getErr()
          .println(
              ErrorReporter.oneLine(
                  ErrorReporter.programName(spec.commandLine()) + ": warning: " + warning));
    }
    return data;
  }
}
