package org.probscope.model.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * The general path: FastCSV reads records (quoted cells, doubled quotes, line breaks inside quotes,
 * CR-only line ends) from a decoding stream, from some byte offset to the end of the file.
 */
final class QuotedRecordReader implements RowSink.RowText {

  /** How often (in records) cancellation and progress are checked. */
  private static final int CHECK_EVERY_RECORDS = 4096;

  private final RowSink sink;
  private final ReadControl control;
  private final CsvFormat format;
  private final int maxLineBytes;
  private CsvRecord current;

  QuotedRecordReader(RowSink sink, ReadControl control, CsvFormat format, int maxLineBytes) {
    this.sink = sink;
    this.control = control;
    this.format = format;
    this.maxLineBytes = maxLineBytes;
  }

  /** A FastCSV reader configured for {@code format}, tolerant of ragged rows. */
  static CsvReader.CsvReaderBuilder builder(CsvFormat format, int maxBufferChars) {
    return CsvReader.builder()
        .fieldSeparator(format.delimiter().character())
        .quoteCharacter('"')
        .skipEmptyLines(true)
        .allowUnclosedQuote(false)
        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
        .maxBufferSize(Math.max(maxBufferChars, 16 * 1024));
  }

  /** The cells of a record; for space-run delimiters the empty ones between spaces are dropped. */
  static List<String> cells(CsvRecord record, Delimiter delimiter) {
    if (delimiter != Delimiter.SPACES) {
      return record.getFields();
    }
    List<String> cells = new ArrayList<>(record.getFieldCount());
    for (String field : record.getFields()) {
      if (!field.isEmpty()) {
        cells.add(field);
      }
    }
    return cells;
  }

  /** Reads from {@code offset} to the end; returns the problem that stopped it, or null. */
  CsvProblem read(FileChannel channel, long offset) throws IOException {
    long lineBase = sink.lineNumber;
    CountingInputStream counting = new CountingInputStream(streamAt(channel, offset));
    InputStreamReader text = new InputStreamReader(counting, format.encoding().charset());
    long nextRecordLine = 1;
    try (CsvReader<CsvRecord> reader = builder(format, maxLineBytes).ofCsvRecord(text)) {
      long records = 0;
      for (CsvRecord record : reader) {
        current = record;
        long line = lineBase + record.getStartingLineNumber();
        sink.blankLines += record.getStartingLineNumber() - nextRecordLine;
        nextRecordLine = record.getStartingLineNumber() + linesSpanned(record);
        sink.lineNumber = lineBase + nextRecordLine - 1;
        accept(cells(record, format.delimiter()), line);
        if (++records % CHECK_EVERY_RECORDS == 0 && control.advance(counting.take())) {
          return CsvProblem.of(CsvProblem.Kind.CANCELLED, "cancelled");
        }
      }
    } catch (CsvParseException e) {
      return parseProblem(e, lineBase, nextRecordLine, maxLineBytes);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return control.advance(counting.take())
        ? CsvProblem.of(CsvProblem.Kind.CANCELLED, "cancelled")
        : null;
  }

  /**
   * What a FastCSV parse failure means for the user, at the line where the failing record starts
   * (FastCSV's own line number when its message gives one, else {@code nextRecordLine}), counted
   * from {@code lineBase}. A quote that never closes is an error, never a silent end of file: with
   * it the rest of the file would be one cell. A quote that is still open after {@code
   * maxLineBytes} characters is most likely a stray one too, so the message says so.
   */
  static CsvProblem parseProblem(
      CsvParseException e, long lineBase, long nextRecordLine, int maxLineBytes) {
    String text = messages(e);
    java.util.regex.Matcher at =
        java.util.regex.Pattern.compile("(?:starting at|started in) line (\\d+)").matcher(text);
    long line = lineBase + (at.find() ? Long.parseLong(at.group(1)) : nextRecordLine);
    if (text.contains("Unclosed quoted field")) {
      return CsvProblem.atLine(
          CsvProblem.Kind.MALFORMED_QUOTES,
          line,
          "a quote opens a cell that is never closed (a stray \" ?); the rest of the file would"
              + " be one cell, so nothing was read");
    }
    if (text.contains("buffer size")) {
      return CsvProblem.atLine(
          CsvProblem.Kind.LINE_TOO_LONG,
          line,
          "a row or quoted cell is longer than "
              + maxLineBytes
              + " characters (a quote that never closes, a stray \" ?); stopped");
    }
    return CsvProblem.atLine(
        CsvProblem.Kind.MALFORMED_QUOTES,
        line,
        "text after a closing quote (a quoted cell must end at a delimiter)");
  }

  /** The messages of {@code e} and its causes, joined: FastCSV wraps the detail in a cause. */
  private static String messages(Throwable e) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = e; t != null && all.length() < 4096; t = t.getCause()) {
      all.append(t.getMessage()).append('\n');
      if (t.getCause() == t) {
        break;
      }
    }
    return all.toString();
  }

  private void accept(List<String> cells, long line) {
    if (cells.isEmpty() || (cells.size() == 1 && cells.get(0).isBlank())) {
      sink.blankLines++;
      return;
    }
    sink.dataRows++;
    for (int w = 0; w < sink.indices.length; w++) {
      int index = sink.indices[w];
      if (index < cells.size()) {
        sink.cell(w, cells.get(index), line, this);
      } else {
        sink.skip(w, SkipReason.MISSING, line, this);
      }
    }
  }

  /** One plus the line breaks inside the record's quoted cells (CRLF, CR or LF each count once). */
  static long linesSpanned(CsvRecord record) {
    long lines = 1;
    for (String field : record.getFields()) {
      for (int i = 0; i < field.length(); i++) {
        char c = field.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == field.length() || field.charAt(i + 1) != '\n'))) {
          lines++;
        }
      }
    }
    return lines;
  }

  @Override
  public String text() {
    return String.join(String.valueOf(format.delimiter().character()), current.getFields());
  }

  /**
   * A stream over {@code channel} from {@code offset} whose {@code close} leaves the channel open
   * (closing a FastCSV reader closes its source; the channel belongs to the caller).
   */
  static InputStream streamAt(FileChannel channel, long offset) throws IOException {
    return new FilterInputStream(Channels.newInputStream(channel.position(offset))) {
      @Override
      public void close() {
        // the caller closes the channel
      }
    };
  }
}
