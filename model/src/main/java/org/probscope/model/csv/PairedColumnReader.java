package org.probscope.model.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads two columns of the same rows, a value column and a weight column, row by row and in file
 * order, for weighted fits ({@code fitdistrplus::fitdist(x, ..., weights = w)}): unlike {@link
 * CsvColumnReader}, which reads each column on its own into a sorted sample, this keeps the pairs
 * aligned. What it keeps, skips and refuses is described by {@link PairedColumns}.
 *
 * <p>The file is read as {@link CsvColumnReader} reads it (the same empty, binary and encoding
 * checks, byte-order marks, UTF-16 through a UTF-8 copy, the header and {@link ColumnSelector}
 * resolution, {@link CellParser} for the cells, cancellation and progress through {@link
 * CsvReadOptions}), but on FastCSV's single-threaded path only: weight columns come with fits,
 * whose cost dwarfs the read, so the byte-scanning path and its split into two threads are not
 * worth a second copy here. Every outcome is a value; problems (no such column, an empty, binary or
 * unreadable file, malformed quotes, an over-long line, a cancellation) are {@link CsvProblem}s.
 *
 * <p>The two selectors may name the same column; each row's weight is then its value.
 */
public final class PairedColumnReader {

  /** How often (in records) cancellation and progress are checked. */
  private static final int CHECK_EVERY_RECORDS = 4096;

  private PairedColumnReader() {}

  /** Reads the value and weight columns of {@code file}. */
  public static PairedColumns read(
      Path file,
      CsvFormat format,
      ColumnSelector values,
      ColumnSelector weights,
      CsvReadOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(weights, "weights");
    Objects.requireNonNull(options, "options");
    Optional<CsvProblem> notAFile = FileChecks.notAFile(file);
    if (notAFile.isPresent()) {
      return PairedColumns.failed(format, notAFile.get());
    }
    FirstBlock block;
    try {
      block = FirstBlock.read(file);
    } catch (IOException e) {
      return PairedColumns.failed(format, ioProblem(file, e));
    }
    try {
      if (block.utf16WithBom()) {
        try (CsvSpool copy = CsvSpool.transcodeUtf16(file, Long.MAX_VALUE)) {
          return read(
              copy.file(), format.withEncoding(CsvEncoding.UTF_8), values, weights, options);
        }
      }
      Optional<CsvProblem> unreadable = FileChecks.problem(file, block);
      if (unreadable.isPresent()) {
        return PairedColumns.failed(format, unreadable.get());
      }
      if (block.sizeUnknown()) {
        try (CsvSpool copy = CsvSpool.copy(file)) {
          return read(copy.file(), format, values, weights, options);
        }
      }
      try (FileChannel channel = FileChannel.open(file)) {
        return read(channel, block, format, values, weights, options);
      }
    } catch (IOException e) {
      return PairedColumns.failed(format, ioProblem(file, e));
    } catch (ColumnAccumulator.TooLargeException e) {
      return PairedColumns.failed(format, CsvProblem.of(CsvProblem.Kind.TOO_LARGE, e.getMessage()));
    } catch (OutOfMemoryError e) {
      return PairedColumns.failed(
          format,
          CsvProblem.of(
              CsvProblem.Kind.TOO_LARGE,
              "not enough memory for the values of this file; give Java more memory (-Xmx)"));
    }
  }

  private static PairedColumns read(
      FileChannel channel,
      FirstBlock block,
      CsvFormat format,
      ColumnSelector values,
      ColumnSelector weights,
      CsvReadOptions options)
      throws IOException {
    HeaderRow header =
        format.header()
            ? HeaderRow.read(channel, block, format, options.maxLineBytes())
            : HeaderRow.none(block);
    if (header.problem() != null) {
      return PairedColumns.failed(format, header.problem());
    }
    if (format.header() && header.names().isEmpty()) {
      return PairedColumns.failed(format, FileChecks.emptyFile());
    }
    ColumnSelector.Resolution value = values.resolve(header.names(), format.header());
    if (value.index() < 0) {
      return missing(format, value, PairedColumns.Role.VALUES);
    }
    ColumnSelector.Resolution weight = weights.resolve(header.names(), format.header());
    if (weight.index() < 0) {
      return missing(format, weight, PairedColumns.Role.WEIGHTS);
    }
    PairSink sink =
        new PairSink(
            format,
            value.index(),
            weight.index(),
            name(header, format, value.index()),
            name(header, format, weight.index()),
            options.skippedRowsKept());
    ReadControl control = new ReadControl(options, block.fileSize(), header.dataOffset());
    CsvProblem problem = records(channel, header, format, options.maxLineBytes(), control, sink);
    if (problem == null && sink.dataRows == 0) {
      problem = FileChecks.noDataRows(format, header);
    }
    if (problem == null) {
      control.finish();
    }
    return sink.finish(format, problem);
  }

  private static PairedColumns missing(
      CsvFormat format, ColumnSelector.Resolution resolution, PairedColumns.Role role) {
    return PairedColumns.failed(
        format,
        CsvProblem.of(CsvProblem.Kind.NO_SUCH_COLUMN, resolution.message()),
        Optional.of(role));
  }

  private static String name(HeaderRow header, CsvFormat format, int index) {
    return format.header() ? header.names().get(index) : "Column " + (index + 1);
  }

  /**
   * Feeds every record after the header to {@code sink}, with its physical line number counted as
   * {@link QuotedRecordReader} counts it; returns the problem that stopped the read, or null.
   */
  private static CsvProblem records(
      FileChannel channel,
      HeaderRow header,
      CsvFormat format,
      int maxLineBytes,
      ReadControl control,
      PairSink sink)
      throws IOException {
    long lineBase = header.linesConsumed();
    CountingInputStream counting =
        new CountingInputStream(QuotedRecordReader.streamAt(channel, header.dataOffset()));
    InputStreamReader text = new InputStreamReader(counting, format.encoding().charset());
    long nextRecordLine = 1;
    String delimiter = String.valueOf(format.delimiter().character());
    try (CsvReader<CsvRecord> reader =
        QuotedRecordReader.builder(format, maxLineBytes).ofCsvRecord(text)) {
      long records = 0;
      for (CsvRecord record : reader) {
        long line = lineBase + record.getStartingLineNumber();
        nextRecordLine = record.getStartingLineNumber() + QuotedRecordReader.linesSpanned(record);
        List<String> cells = QuotedRecordReader.cells(record, format.delimiter());
        if (!cells.isEmpty() && !(cells.size() == 1 && cells.get(0).isBlank())) {
          sink.accept(cells, line, () -> String.join(delimiter, record.getFields()));
        }
        if (++records % CHECK_EVERY_RECORDS == 0 && control.advance(counting.take())) {
          return CsvProblem.of(CsvProblem.Kind.CANCELLED, "cancelled");
        }
      }
    } catch (CsvParseException e) {
      return QuotedRecordReader.parseProblem(e, lineBase, nextRecordLine, maxLineBytes);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return control.advance(counting.take())
        ? CsvProblem.of(CsvProblem.Kind.CANCELLED, "cancelled")
        : null;
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
