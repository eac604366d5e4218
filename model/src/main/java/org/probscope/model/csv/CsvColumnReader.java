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
 * <p>Two paths. Rows without quotes are scanned as raw bytes and their cells parsed in place by
 * FastDoubleParser (no decoding, no strings, no per-row objects); a file with at least 8 MiB of
 * data is scanned as two halves on two threads. From the first row with a quote (or a CR-only line
 * end) on, FastCSV reads the rest. Why, measured on the 2-core build machine with the 10^7-row, 196
 * MB one-column file of {@code CsvLoadBenchmark} (other builds were running, load average 7-13, so
 * CPU time is the steadier figure): FastCSV records + FastDoubleParser take 0.87-1.0 s of thread
 * CPU and allocate 1.45 GB per load; the byte path takes about 0.75 s on one thread and allocates
 * 252 MB (the value arrays only). {@code Sample.ofOwned} (copy, parallel sort, summary) costs about
 * 1 s of CPU, 0.5-0.6 s on two cores, so one thread of FastCSV (about 0.9 s + 0.55 s) leaves no
 * margin under 1.5 s, while two threads of the byte path read in about 0.4 s.
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
    Optional<CsvProblem> notAFile = FileChecks.notAFile(file);
    if (notAFile.isPresent()) {
      return CsvLoadResult.failed(format, notAFile.get());
    }
    FirstBlock block;
    try {
      block = FirstBlock.read(file);
    } catch (IOException e) {
      return CsvLoadResult.failed(format, ioProblem(file, e));
    }
    if (block.utf16WithBom()) {
      return readUtf16(file, format, columns, options);
    }
    Optional<CsvProblem> unreadable = FileChecks.problem(file, block);
    if (unreadable.isPresent()) {
      return CsvLoadResult.failed(format, unreadable.get());
    }
    if (block.sizeUnknown()) {
      return readCopy(file, format, columns, options);
    }
    try (FileChannel channel = FileChannel.open(file)) {
      FileState before = FileState.of(file, channel);
      CsvLoadResult result = read(channel, block, format, List.copyOf(columns), options);
      return before
          .changedSince(file, channel, result)
          .map(changed -> CsvLoadResult.failed(format, changed))
          .orElse(result);
    } catch (IOException e) {
      return CsvLoadResult.failed(format, ioProblem(file, e));
    }
  }

  /** UTF-16 with a byte-order mark: read from a UTF-8 copy, in the copy's encoding. */
  private static CsvLoadResult readUtf16(
      Path file, CsvFormat format, List<ColumnSelector> columns, CsvReadOptions options) {
    try (CsvSpool copy = CsvSpool.transcodeUtf16(file, Long.MAX_VALUE)) {
      return read(copy.file(), format.withEncoding(CsvEncoding.UTF_8), columns, options);
    } catch (IOException e) {
      return CsvLoadResult.failed(format, ioProblem(file, e));
    }
  }

  /**
   * A {@code /proc} file (size 0, content): copied, then read from the copy, which has a size and
   * can be read by position.
   */
  private static CsvLoadResult readCopy(
      Path file, CsvFormat format, List<ColumnSelector> columns, CsvReadOptions options) {
    try (CsvSpool copy = CsvSpool.copy(file)) {
      return read(copy.file(), format, columns, options);
    } catch (IOException e) {
      return CsvLoadResult.failed(format, ioProblem(file, e));
    }
  }

  /**
   * The size and modification time of a file when its read began: a file truncated, appended to or
   * rewritten while it was read is reported, since what was read is neither the old file nor the
   * new one.
   */
  private record FileState(long size, java.nio.file.attribute.FileTime modified) {
    static FileState of(Path file, FileChannel channel) throws IOException {
      return new FileState(channel.size(), java.nio.file.Files.getLastModifiedTime(file));
    }

    Optional<CsvProblem> changedSince(Path file, FileChannel channel, CsvLoadResult result)
        throws IOException {
      if (result.problem().isPresent()
          && result.problem().get().kind() == CsvProblem.Kind.CANCELLED) {
        return Optional.empty();
      }
      long now = channel.size();
      java.nio.file.attribute.FileTime modifiedNow = java.nio.file.Files.getLastModifiedTime(file);
      if (now == size && modifiedNow.equals(modified)) {
        return Optional.empty();
      }
      String how =
          now > size
              ? "grew from " + size + " to " + now + " bytes"
              : now < size ? "shrank from " + size + " to " + now + " bytes" : "was rewritten";
      return Optional.of(
          CsvProblem.of(
              CsvProblem.Kind.FILE_CHANGED,
              org.probscope.model.text.Echo.of(String.valueOf(file.getFileName()))
                  + " changed while it was read (it "
                  + how
                  + "); the values read are not those of one version of the file, so none were"
                  + " kept: read it again once it is complete"));
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
    int[] indices = byIndex.keySet().stream().mapToInt(Integer::intValue).toArray();
    String[] names = new String[indices.length];
    for (int w = 0; w < indices.length; w++) {
      names[w] = format.header() ? header.names().get(indices[w]) : "Column " + (indices[w] + 1);
    }
    ReadControl control = new ReadControl(options, block.fileSize(), header.dataOffset());
    ColumnScan scan = new ColumnScan(channel, block, format, options, control, indices, names);
    try {
      CsvProblem problem = scan.run(header.dataOffset(), header.linesConsumed());
      RowSink sink = scan.sink();
      if (problem == null && sink.dataRows == 0) {
        problem = FileChecks.noDataRows(format, header);
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
              "not enough memory for the values of this file; give Java more memory (-Xmx)"));
    }
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
   * The rows expected in {@code bytes} of data, from the mean line length in the first block (the
   * header excluded), plus 5 % so that the array rarely grows; it is trimmed at the end.
   */
  static int estimateRows(FirstBlock block, long bytes) {
    byte[] data = block.bytes();
    long lines = 0;
    for (int i = block.bomLength(); i < block.length(); i++) {
      if (data[i] == '\n') {
        lines++;
      }
    }
    double bytesPerLine = lines <= 1 ? 64 : (double) block.length() / lines;
    double estimate = bytes / bytesPerLine * 1.05 + 1024;
    return (int) Math.min(ColumnAccumulator.MAX_VALUES, estimate);
  }

  /**
   * An I/O failure, or a cancellation: an interrupted thread's file reads fail with {@link
   * java.nio.channels.ClosedByInterruptException} (the interrupt flag stays set).
   */
  private static CsvProblem ioProblem(Path file, IOException e) {
    if (Thread.currentThread().isInterrupted()) {
      return CsvProblem.of(CsvProblem.Kind.CANCELLED, "cancelled (the thread was interrupted)");
    }
    return CsvProblem.of(
        CsvProblem.Kind.IO_ERROR,
        "cannot read "
            + org.probscope.model.text.Echo.of(String.valueOf(file.getFileName()))
            + ": "
            + org.probscope.model.text.Echo.of(String.valueOf(e.getMessage())));
  }
}
