package org.probscope.model.csv;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads numeric columns of a delimited text file into {@link org.probscope.model.sample.Sample}s,
 * streaming: the file is never held in memory as text, only the parsed doubles are.
 *
 * <p>Typical use: {@code CsvInspection inspection = CsvDetector.inspect(file);} (format guess and
 * preview for the import dialog), then {@code CsvColumnReader.read(file, inspection.format(),
 * List.of(ColumnSelector.parse("x")), options)}. Every outcome is a {@link CsvLoadResult}: an
 * empty, binary or unreadable file, a missing column, an over-long line and a cancellation are
 * values with a one-line message, never exceptions.
 *
 * <p>Two paths: rows without quotes are scanned as raw bytes and their cells parsed in place by
 * FastDoubleParser (no decoding, no strings, no per-row objects); from the first row with a quote
 * (or a CR-only line end) on, FastCSV reads the rest. Measured on the 2-core build machine with a
 * 10^7-row, 1-column file (see {@code CsvLoadBenchmark}): FastCSV alone needs about twice the
 * budget's loading time, the byte path fits it; the figures are in the benchmark's Javadoc.
 */
public final class CsvColumnReader {

  private CsvColumnReader() {}

  /** Reads one column with default options (no progress, no cancellation). */
  public static CsvLoadResult read(Path file, CsvFormat format, ColumnSelector column) {
    return read(file, format, List.of(column), CsvReadOptions.defaults());
  }

  /**
   * Reads several columns in one pass; the result has one {@link ColumnResult} per selector, in the
   * same order (a column selected twice appears twice).
   *
   * @throws IllegalArgumentException when {@code columns} is empty
   */
  public static CsvLoadResult read(
      Path file, CsvFormat format, List<ColumnSelector> columns, CsvReadOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(options, "options");
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("select at least one column");
    }
    FirstBlock block;
    try {
      block = FirstBlock.read(file);
    } catch (IOException e) {
      return CsvLoadResult.failed(format, ioProblem(file, e));
    }
    Optional<CsvProblem> unreadable = FileChecks.problem(file, block);
    if (unreadable.isPresent()) {
      return CsvLoadResult.failed(format, unreadable.get());
    }
    try (FileChannel channel = FileChannel.open(file)) {
      return read(channel, block, format, List.copyOf(columns), options);
    } catch (IOException e) {
      return CsvLoadResult.failed(format, ioProblem(file, e));
    }
  }

  private static CsvLoadResult read(
      FileChannel channel,
      FirstBlock block,
      CsvFormat format,
      List<ColumnSelector> selectors,
      CsvReadOptions options)
      throws IOException {
    HeaderRow header =
        format.header()
            ? HeaderRow.read(channel, block, format, options.maxLineBytes())
            : HeaderRow.none(block);
    if (header.problem() != null) {
      return CsvLoadResult.failed(format, header.problem());
    }
    if (format.header() && header.names().isEmpty()) {
      return CsvLoadResult.failed(format, FileChecks.emptyFile());
    }
    TreeMap<Integer, ColumnSelector> byIndex = new TreeMap<>();
    List<Integer> requested = new ArrayList<>();
    for (ColumnSelector selector : selectors) {
      ColumnSelector.Resolution resolution = selector.resolve(header.names(), format.header());
      if (resolution.index() < 0) {
        return CsvLoadResult.failed(
            format, CsvProblem.of(CsvProblem.Kind.NO_SUCH_COLUMN, resolution.message()));
      }
      byIndex.putIfAbsent(resolution.index(), selector);
      requested.add(resolution.index());
    }
    int capacity = estimateRows(block, header.dataOffset());
    int[] indices = byIndex.keySet().stream().mapToInt(Integer::intValue).toArray();
    ColumnAccumulator[] columns = new ColumnAccumulator[indices.length];
    try {
      for (int w = 0; w < indices.length; w++) {
        String name =
            format.header() ? header.names().get(indices[w]) : "Column " + (indices[w] + 1);
        columns[w] =
            new ColumnAccumulator(name, indices[w] + 1, capacity, options.skippedRowsKept());
      }
      RowSink sink =
          new RowSink(
              indices, columns, new CellParser(format.decimalSeparator()), header.linesConsumed());
      ReadControl control = new ReadControl(options, block.fileSize());
      CsvProblem problem = scan(channel, header.dataOffset(), format, sink, control, options);
      if (problem == null && sink.dataRows == 0) {
        problem =
            format.header()
                ? CsvProblem.of(
                    CsvProblem.Kind.HEADER_ONLY,
                    "only a header row (" + String.join(", ", header.names()) + "), no data rows")
                : FileChecks.emptyFile();
      }
      if (problem == null) {
        control.finish();
      }
      return result(format, sink, problem, requested, indices);
    } catch (ColumnAccumulator.TooLargeException e) {
      return CsvLoadResult.failed(format, CsvProblem.of(CsvProblem.Kind.TOO_LARGE, e.getMessage()));
    } catch (OutOfMemoryError e) {
      return CsvLoadResult.failed(
          format,
          CsvProblem.of(
              CsvProblem.Kind.TOO_LARGE,
              "not enough memory for " + capacity + " values per column; give Java more memory"));
    }
  }

  private static CsvProblem scan(
      FileChannel channel,
      long offset,
      CsvFormat format,
      RowSink sink,
      ReadControl control,
      CsvReadOptions options)
      throws IOException {
    UnquotedScanner fast = new UnquotedScanner(sink, control, format, options.maxLineBytes());
    switch (fast.scan(channel, offset)) {
      case DONE:
        return null;
      case CANCELLED:
        return cancelled(sink);
      case LINE_TOO_LONG:
        return CsvProblem.atLine(
            CsvProblem.Kind.LINE_TOO_LONG,
            sink.lineNumber + 1,
            "longer than " + options.maxLineBytes() + " bytes; stopped (is this a CSV file?)");
      case NEEDS_QUOTE_PARSER:
      default:
        CsvProblem problem =
            new QuotedRecordReader(sink, control, format, options.maxLineBytes())
                .read(channel, fast.handOverOffset());
        return problem != null && problem.kind() == CsvProblem.Kind.CANCELLED
            ? cancelled(sink)
            : problem;
    }
  }

  private static CsvProblem cancelled(RowSink sink) {
    return CsvProblem.of(
        CsvProblem.Kind.CANCELLED, "cancelled after " + sink.lineNumber + " lines");
  }

  private static CsvLoadResult result(
      CsvFormat format, RowSink sink, CsvProblem problem, List<Integer> requested, int[] indices) {
    List<ColumnResult> byWanted = new ArrayList<>();
    for (ColumnAccumulator column : sink.columns) {
      byWanted.add(column.finish(problem == null));
    }
    List<ColumnResult> results = new ArrayList<>();
    for (int index : requested) {
      results.add(byWanted.get(java.util.Arrays.binarySearch(indices, index)));
    }
    return new CsvLoadResult(
        format, results, sink.lineNumber, sink.blankLines, Optional.ofNullable(problem));
  }

  /**
   * Rows expected after {@code dataOffset}, from the mean line length in the first block, plus 5 %
   * so that the array rarely grows; it is trimmed at the end.
   */
  static int estimateRows(FirstBlock block, long dataOffset) {
    byte[] bytes = block.bytes();
    long lines = 0;
    long lastBreak = -1;
    for (int i = (int) Math.min(dataOffset, block.length()); i < block.length(); i++) {
      if (bytes[i] == '\n') {
        lines++;
        lastBreak = i;
      }
    }
    if (lines == 0 || block.isWholeFile()) {
      return (int) Math.min(ColumnAccumulator.MAX_VALUES, lines + 16);
    }
    double bytesPerLine = (double) (lastBreak + 1 - dataOffset) / lines;
    double estimate = (block.fileSize() - dataOffset) / bytesPerLine * 1.05 + 1024;
    return (int) Math.min(ColumnAccumulator.MAX_VALUES, estimate);
  }

  private static CsvProblem ioProblem(Path file, IOException e) {
    return CsvProblem.of(
        CsvProblem.Kind.IO_ERROR, "cannot read " + file.getFileName() + ": " + e.getMessage());
  }
}
