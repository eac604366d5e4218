package org.probscope.model.csv;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;

/**
 * The fast path: scans raw bytes line by line and parses the wanted cells in place, with no
 * decoding, no strings and no per-row objects. It handles LF and CRLF line ends and rows without
 * quotes. At the first line holding a quote or a lone CR it stops and reports where, and {@link
 * QuotedRecordReader} (FastCSV) reads the rest; see {@link CsvColumnReader} for the figures behind
 * this split.
 */
final class UnquotedScanner implements RowSink.RowText {

  /** How the scan ended. */
  enum End {
    DONE,
    NEEDS_QUOTE_PARSER,
    LINE_TOO_LONG,
    CANCELLED
  }

  private static final int INCOMPLETE = -1;
  private static final int SPECIAL = -2;

  private final RowSink sink;
  private final ReadControl control;
  private final byte delimiter;
  private final boolean spaceRuns;
  private final int maxLineBytes;
  private final Charset charset;
  private final byte[] buffer;
  private final int[] starts;
  private final int[] ends;
  private int length;
  private boolean endOfFile;
  private int lineStart;
  private int lineContentEnd;
  private int cellsFound;
  private int fieldCount;
  private long handOverOffset;
  private long limit;
  private volatile boolean abandoned;

  UnquotedScanner(RowSink sink, ReadControl control, CsvFormat format, int maxLineBytes) {
    this.sink = sink;
    this.control = control;
    this.delimiter = (byte) format.delimiter().character();
    this.spaceRuns = format.delimiter() == Delimiter.SPACES;
    this.maxLineBytes = maxLineBytes;
    this.charset = format.encoding().charset();
    this.buffer = new byte[CsvReadOptions.BLOCK_BYTES + maxLineBytes + 2];
    this.starts = new int[sink.indices.length];
    this.ends = new int[sink.indices.length];
  }

  /** Asks a scan running on another thread to stop at its next block (its result is unwanted). */
  void abandon() {
    abandoned = true;
  }

  /** Where the FastCSV path must start after {@link End#NEEDS_QUOTE_PARSER}. */
  long handOverOffset() {
    return handOverOffset;
  }

  /**
   * Scans lines from {@code offset} (a line start) up to {@code limit} (a line start, or the file
   * size).
   */
  End scan(FileChannel channel, long offset, long limit) throws IOException {
    this.limit = limit;
    long bufferOffset = offset;
    int position = 0;
    while (true) {
      System.arraycopy(buffer, position, buffer, 0, length - position);
      bufferOffset += position;
      length -= position;
      position = 0;
      int before = length;
      fill(channel, bufferOffset + length);
      if (control.advance(length - before) || abandoned) {
        return End.CANCELLED;
      }
      while (true) {
        int lineEnd = findLine(position);
        if (lineEnd == SPECIAL) {
          handOverOffset = bufferOffset + position;
          return End.NEEDS_QUOTE_PARSER;
        }
        if (lineEnd == INCOMPLETE) {
          break;
        }
        if (lineEnd - position > maxLineBytes) {
          return End.LINE_TOO_LONG;
        }
        acceptLine(position, lineEnd);
        position = lineEnd + 1;
      }
      if (length - position > maxLineBytes) {
        return End.LINE_TOO_LONG;
      }
      if (endOfFile) {
        if (position == length) {
          return End.DONE;
        }
        buffer[length++] = '\n';
      }
    }
  }

  private void fill(FileChannel channel, long fileOffset) throws IOException {
    long room = Math.min(CsvReadOptions.BLOCK_BYTES, buffer.length - 1 - length);
    room = Math.min(room, limit - fileOffset);
    ByteBuffer target = ByteBuffer.wrap(buffer, length, (int) Math.max(0, room));
    while (target.hasRemaining() && !endOfFile) {
      int n = channel.read(target, fileOffset + (target.position() - length));
      if (n < 0) {
        endOfFile = true;
      }
    }
    if (fileOffset + (target.position() - length) >= limit) {
      endOfFile = true;
    }
    length = target.position();
  }

  /**
   * Finds the end of the line starting at {@code from} and records the wanted cells; returns the
   * index of its LF, {@link #INCOMPLETE} or {@link #SPECIAL} (a quote, or a CR not before LF).
   */
  private int findLine(int from) {
    int[] indices = sink.indices;
    int wanted = 0;
    int nextIndex = indices[0];
    int field = 0;
    int fieldStart = from;
    byte[] b = buffer;
    byte separator = delimiter;
    for (int i = from; i < length; i++) {
      byte c = b[i];
      if (c > '"' && c != separator) {
        continue;
      }
      if (c == separator) {
        if (spaceRuns && i == fieldStart) {
          fieldStart = i + 1;
          continue;
        }
        if (field == nextIndex) {
          starts[wanted] = fieldStart;
          ends[wanted] = i;
          wanted++;
          nextIndex = wanted < indices.length ? indices[wanted] : Integer.MAX_VALUE;
        }
        field++;
        fieldStart = i + 1;
      } else if (c == '\n') {
        int contentEnd = i > from && b[i - 1] == '\r' ? i - 1 : i;
        boolean lastFieldEmpty = spaceRuns && fieldStart >= contentEnd;
        if (!lastFieldEmpty) {
          if (field == nextIndex) {
            starts[wanted] = fieldStart;
            ends[wanted] = Math.max(fieldStart, contentEnd);
            wanted++;
          }
          field++;
        }
        cellsFound = wanted;
        fieldCount = field;
        lineContentEnd = contentEnd;
        return i;
      } else if (c == '"' || (c == '\r' && i + 1 < length && b[i + 1] != '\n')) {
        return SPECIAL;
      }
    }
    return INCOMPLETE;
  }

  private void acceptLine(int from, int lineEnd) {
    long line = ++sink.lineNumber;
    lineStart = from;
    if (isBlankLine(from)) {
      sink.blankLines++;
      return;
    }
    sink.dataRows++;
    for (int w = 0; w < sink.indices.length; w++) {
      if (w < cellsFound) {
        sink.cell(w, buffer, starts[w], ends[w], line, this);
      } else {
        sink.skip(w, SkipReason.MISSING, line, this);
      }
    }
  }

  private boolean isBlankLine(int from) {
    if (fieldCount > 1 || (spaceRuns && fieldCount == 1)) {
      return false;
    }
    for (int i = from; i < lineContentEnd; i++) {
      if (!CellParser.isBlank(buffer[i])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String text() {
    return new String(buffer, lineStart, lineContentEnd - lineStart, charset);
  }
}
