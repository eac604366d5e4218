package org.probscope.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.probscope.model.csv.ColumnResult;
import org.probscope.model.csv.ColumnSelector;
import org.probscope.model.csv.CsvColumnReader;
import org.probscope.model.csv.CsvDetector;
import org.probscope.model.csv.CsvFormat;
import org.probscope.model.csv.CsvInspection;
import org.probscope.model.csv.CsvLoadResult;
import org.probscope.model.csv.CsvProblem;
import org.probscope.model.csv.CsvSpool;
import org.probscope.model.csv.SkipReason;
import org.probscope.model.sample.Sample;
import org.probscope.model.text.Echo;

/**
 * One numeric column of a data file, read for a command's {@code --data FILE [--column C]}: the
 * format is detected ({@link CsvDetector}), then the column is read by {@link CsvColumnReader}.
 *
 * <p>Without {@code --column} the column is the detector's suggestion: the first column whose
 * preview cells are mostly numbers, else the first column.
 *
 * @param file the file as given
 * @param format the detected format
 * @param column what the reader kept and skipped in the column
 * @param sample the kept values (at least one)
 * @param warnings what detection found suspicious in the first rows though the file was read (rows
 *     wider than the header: a decimal comma split by the delimiter?), one line each
 * @param weights the weight column of {@code fit --weights}, read row by row with the values; then
 *     {@code sample} holds the values of the kept rows (weight 0 included)
 */
record DataColumn(
    Path file,
    CsvFormat format,
    ColumnResult column,
    Sample sample,
    List<String> warnings,
    Optional<WeightColumn> weights) {

  DataColumn(
      Path file, CsvFormat format, ColumnResult column, Sample sample, List<String> warnings) {
    this(file, format, column, sample, warnings, Optional.empty());
  }

  /** Which option a problem is about, and the reason in one line. */
  record Problem(String option, String message) {}

  /** Either a column with at least one number, or the one problem that prevented it. */
  record Outcome(Optional<DataColumn> column, Optional<Problem> problem) {
    static Outcome of(DataColumn column) {
      return new Outcome(Optional.of(column), Optional.empty());
    }

    static Outcome failed(String option, String message) {
      return new Outcome(Optional.empty(), Optional.of(new Problem(option, message)));
    }
  }

  static final String DATA = "--data";
  static final String COLUMN = "--column";

  /** The {@code --data} value that means standard input. */
  static final String STANDARD_INPUT = "-";

  /**
   * Reads {@code --data}: a regular file is read in place; standard input ({@code -}) and anything
   * that is not a regular file with a size (a pipe, a FIFO, {@code /dev/stdin}, {@code <(...)}, a
   * {@code /proc} file) is first copied to a temporary file ({@link CsvSpool}), which is deleted
   * once the column is read. A FIFO without a writer waits for one, as {@code cat} would: on the
   * command line that is what naming a FIFO asks for (the window refuses FIFOs instead).
   */
  static Outcome read(String given, Optional<String> column, InputStream stdin) {
    return read(given, column, Optional.empty(), stdin);
  }

  /** As {@link #read(String, Optional, InputStream)}, with a weight column when one is given. */
  static Outcome read(
      String given, Optional<String> column, Optional<String> weights, InputStream stdin) {
    if (given.equals(STANDARD_INPUT)) {
      return readCopy(
          Path.of(STANDARD_INPUT),
          "standard input",
          column,
          weights,
          () -> CsvSpool.copy(stdin, "stdin"));
    }
    Path file;
    try {
      file = Path.of(given);
    } catch (InvalidPathException e) {
      return Outcome.failed(DATA, "not a file name: " + Echo.of(given));
    }
    if (CsvSpool.needsCopy(file)) {
      return readCopy(file, Echo.of(file.toString()), column, weights, () -> CsvSpool.copy(file));
    }
    return read(file, column, weights);
  }

  /** How a copy is made; may wait for a writer and may fail. */
  private interface Copier {
    CsvSpool copy() throws IOException;
  }

  private static Outcome readCopy(
      Path shown,
      String shownName,
      Optional<String> column,
      Optional<String> weights,
      Copier copier) {
    try (CsvSpool copy = copier.copy()) {
      Outcome outcome = read(copy.file(), column, weights);
      if (outcome.problem().isPresent()) {
        // the messages name the copy; the user gave the original
        Problem problem = outcome.problem().get();
        return Outcome.failed(
            problem.option(), problem.message().replace(copy.file().toString(), shownName));
      }
      return outcome.column().isEmpty()
          ? outcome
          : Outcome.of(
              new DataColumn(
                  shown,
                  outcome.column().get().format(),
                  outcome.column().get().column(),
                  outcome.column().get().sample(),
                  outcome.column().get().warnings(),
                  outcome.column().get().weights()));
    } catch (IOException e) {
      String reason =
          e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null
              ? fs.getReason()
              : String.valueOf(e.getMessage());
      Path name = shown.getFileName();
      return Outcome.failed(
          DATA,
          "cannot read "
              + (name == null ? shownName : Echo.of(name.toString()))
              + ": "
              + Echo.of(reason));
    }
  }

  /**
   * Reads the column named or numbered {@code column} ({@link ColumnSelector#parse}: a header name,
   * else a 1-based position), or the suggested one when it is empty.
   */
  static Outcome read(Path file, Optional<String> column) {
    return read(file, column, Optional.empty());
  }

  /**
   * As {@link #read(Path, Optional)}; with {@code weights} (a header name or a 1-based position),
   * the value and weight columns are read row by row ({@link WeightColumn}).
   */
  static Outcome read(Path file, Optional<String> column, Optional<String> weights) {
    Optional<String> unopenable = unopenable(file);
    if (unopenable.isPresent()) {
      return Outcome.failed(DATA, unopenable.get());
    }
    CsvInspection inspection = CsvDetector.inspect(file);
    if (inspection.problem().isPresent()) {
      return Outcome.failed(DATA, describe(file, inspection.problem().get()));
    }
    CsvFormat format = inspection.format();
    ColumnSelector selector =
        column
            .map(ColumnSelector::parse)
            .orElseGet(() -> ColumnSelector.position(inspection.preview().suggestedColumn()));
    if (weights.isPresent()) {
      return WeightColumn.read(
          file, format, selector, column.isEmpty(), weights.get(), inspection.warnings());
    }
    CsvLoadResult result = CsvColumnReader.read(file, format, selector);
    if (result.problem().isPresent()) {
      CsvProblem problem = result.problem().get();
      return problem.kind() == CsvProblem.Kind.NO_SUCH_COLUMN
          ? Outcome.failed(COLUMN, problem.message())
          : Outcome.failed(DATA, describe(file, problem));
    }
    ColumnResult read = result.columns().get(0);
    Optional<Sample> sample = read.sample();
    if (sample.isEmpty()) {
      return Outcome.failed(DATA, Echo.of(file.toString()) + ": " + noNumbers(format, read));
    }
    return Outcome.of(new DataColumn(file, format, read, sample.get(), inspection.warnings()));
  }

  /** The checks the reader would only report as a bare I/O error message. */
  private static Optional<String> unopenable(Path file) {
    if (!Files.exists(file)) {
      return Optional.of("no such file: " + Echo.of(file.toString()));
    }
    if (Files.isDirectory(file)) {
      return Optional.of(Echo.of(file.toString()) + " is a directory, not a data file");
    }
    if (!Files.isReadable(file)) {
      return Optional.of("cannot read " + Echo.of(file.toString()) + ": permission denied");
    }
    return Optional.empty();
  }

  /** The reader's line, prefixed with the file unless the line names it already. */
  static String describe(Path file, CsvProblem problem) {
    return switch (problem.kind()) {
      case BINARY_FILE, IO_ERROR, NOT_A_FILE, UNSUPPORTED_ENCODING, FILE_CHANGED ->
          problem.message();
      default -> Echo.of(file.toString()) + ": " + problem.message();
    };
  }

  /**
   * A file of words without a header (prose, a log) reads as one column of text: say that the file
   * holds no numbers at all rather than blame a column the user never chose.
   */
  private static String noNumbers(CsvFormat format, ColumnResult read) {
    boolean allText = read.skippedTotal() > 0 && read.skipped(SkipReason.TEXT) == read.rows();
    if (!format.header() && allText) {
      return "no numbers: no header row was found, and every one of the "
          + read.rows()
          + " rows of "
          + read.name().toLowerCase(Locale.ROOT)
          + " is text; expected a CSV column of numbers";
    }
    return read.summary();
  }

  /**
   * The number of data cells of the column that were not kept as numbers; with weights, the rows
   * not kept because the value or the weight was not a number.
   */
  long skipped() {
    return weights.map(WeightColumn::skippedRows).orElse(column.skippedTotal());
  }
}
