package org.probscope.app.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.probscope.app.common.TaskRunner;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.model.csv.ColumnResult;
import org.probscope.model.csv.ColumnSelector;
import org.probscope.model.csv.CsvColumnReader;
import org.probscope.model.csv.CsvFormat;
import org.probscope.model.csv.CsvLoadResult;
import org.probscope.model.csv.CsvReadOptions;
import org.probscope.model.sample.Sample;

/** The background part of a load: read the columns, then build each sample's snapshot. */
public final class ColumnLoad {

  private static final long PROGRESS_INTERVAL_BYTES = 1L << 20;

  private ColumnLoad() {}

  /** What a load produced. */
  public sealed interface Outcome permits Loaded, Refused {}

  /**
   * Samples to add, with the report of the read.
   *
   * @param file the file read
   * @param report what was kept and skipped
   * @param samples one per column that had numbers, in the order chosen
   */
  public record Loaded(Path file, LoadReport report, List<NamedSample> samples) implements Outcome {
    public Loaded {
      samples = List.copyOf(samples);
    }
  }

  /** Nothing to add, and why. */
  public record Refused(String message) implements Outcome {}

  /** Reads {@code columns}; progress is bytes read of the file's size. Runs off the FX thread. */
  static Outcome read(
      Path file, CsvFormat format, List<ColumnSelector> columns, TaskRunner.TaskContext context) {
    CsvReadOptions options =
        CsvReadOptions.defaults()
            .withProgress((read, total) -> context.progress(total <= 0 ? 1 : (double) read / total))
            .withProgressIntervalBytes(PROGRESS_INTERVAL_BYTES)
            .withCancelRequested(context::isCancelled);
    CsvLoadResult result = CsvColumnReader.read(file, format, columns, options);
    String fileName = String.valueOf(file.getFileName());
    if (result.problem().isPresent()) {
      return new Refused(DataViewModel.withFileName(file, result.problem().get().message()));
    }
    List<NamedSample> samples = new ArrayList<>();
    LoadReport report = LoadReport.of(fileName, result);
    for (ColumnResult column : result.columns()) {
      if (column.sample().isPresent()) {
        samples.add(named(fileName, column, column.sample().get(), report));
      }
    }
    if (samples.isEmpty()) {
      return new Refused(
          result.columns().stream().map(ColumnResult::summary).collect(Collectors.joining("; ")));
    }
    return new Loaded(file, report, samples);
  }

  private static NamedSample named(
      String fileName, ColumnResult column, Sample sample, LoadReport report) {
    String name = fileName + ": " + column.name();
    String origin = fileName + ", column '" + column.name() + "'";
    return new NamedSample(
        name, SampleSnapshot.of(sample.withName(name), origin), Optional.of(report));
  }
}
