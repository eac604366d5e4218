package org.probscope.model.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The header row, read by FastCSV (it may be quoted, even span lines), and the byte offset and line
 * number where the data rows begin, found by counting line breaks the way FastCSV does.
 *
 * @param names the column names, blank ones replaced by "Column k"
 * @param dataOffset the byte offset of the first line after the header
 * @param linesConsumed the physical lines up to and including the header
 * @param problem why the header could not be read, or null
 */
record HeaderRow(List<String> names, long dataOffset, long linesConsumed, CsvProblem problem) {

  static HeaderRow none(FirstBlock block) {
    return new HeaderRow(List.of(), block.bomLength(), 0, null);
  }

  /** Reads the first non-blank record; {@code names} is empty when the file has none. */
  static HeaderRow read(FileChannel channel, FirstBlock block, CsvFormat format, int maxLineBytes)
      throws IOException {
    InputStreamReader text =
        new InputStreamReader(
            QuotedRecordReader.streamAt(channel, block.bomLength()), format.encoding().charset());
    try (CsvReader<CsvRecord> reader =
        QuotedRecordReader.builder(format, maxLineBytes).ofCsvRecord(text)) {
      Iterator<CsvRecord> records = reader.iterator();
      while (records.hasNext()) {
        CsvRecord record = records.next();
        List<String> cells = QuotedRecordReader.cells(record, format.delimiter());
        if (cells.isEmpty() || (cells.size() == 1 && cells.get(0).isBlank())) {
          continue;
        }
        long lines = record.getStartingLineNumber() - 1 + QuotedRecordReader.linesSpanned(record);
        long offset = offsetAfterLines(channel, block.bomLength(), lines);
        return new HeaderRow(names(cells), offset, lines, null);
      }
      return new HeaderRow(List.of(), channel.size(), 0, null);
    } catch (CsvParseException e) {
      CsvProblem problem = QuotedRecordReader.parseProblem(e, 0, 1, maxLineBytes);
      return new HeaderRow(List.of(), 0, 0, problem);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static List<String> names(List<String> cells) {
    List<String> names = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).strip();
      names.add(name.isEmpty() ? "Column " + (i + 1) : name);
    }
    return List.copyOf(names);
  }

  /** The offset just after the {@code lines}-th line break (LF, CRLF or CR) from {@code from}. */
  static long offsetAfterLines(FileChannel channel, long from, long lines) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(64 * 1024);
    long position = from;
    long seen = 0;
    boolean afterCr = false;
    while (seen < lines || afterCr) {
      chunk.clear();
      int n = channel.read(chunk, position);
      if (n <= 0) {
        return position;
      }
      for (int i = 0; i < n; i++) {
        byte c = chunk.get(i);
        if (afterCr) {
          afterCr = false;
          if (c == '\n') {
            continue;
          }
          if (seen == lines) {
            return position + i;
          }
        }
        if (seen == lines) {
          return position + i;
        }
        if (c == '\n') {
          seen++;
        } else if (c == '\r') {
          seen++;
          afterCr = true;
        }
      }
      position += n;
    }
    return position;
  }
}
