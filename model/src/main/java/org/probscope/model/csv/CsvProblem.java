package org.probscope.model.csv;

import java.util.Objects;

/**
 * Why a read stopped or could not start; {@link #message()} is one line that the command line can
 * print as is.
 *
 * @param kind what went wrong
 * @param message one line for the user, naming the file position when there is one
 * @param lineNumber the 1-based line where it happened, or 0 when no line is involved
 */
public record CsvProblem(Kind kind, String message, long lineNumber) {

  /** What went wrong. */
  public enum Kind {
    /** The file has no bytes, or only blank lines. */
    EMPTY_FILE,
    /** The file has a header row but no data rows. */
    HEADER_ONLY,
    /** The first block holds NUL bytes or mostly non-text bytes. */
    BINARY_FILE,
    /** A line (or a quoted cell) is longer than the cap, so the read stopped. */
    LINE_TOO_LONG,
    /** A quoted cell is followed by characters other than a delimiter. */
    MALFORMED_QUOTES,
    /** A requested column is not in the file. */
    NO_SUCH_COLUMN,
    /** The column holds more values than one array can, or more than the memory allows. */
    TOO_LARGE,
    /** The caller asked to stop (cancel flag or thread interrupt). */
    CANCELLED,
    /** The file could not be opened or read. */
    IO_ERROR,
    /**
     * Not a regular file (a FIFO, a device, a socket): the window does not open it, since opening a
     * FIFO without a writer would wait for ever; copy it with {@link CsvSpool} first.
     */
    NOT_A_FILE,
    /** UTF-16 or UTF-32 text, which the reader does not decode. */
    UNSUPPORTED_ENCODING,
    /** The file grew, shrank or was rewritten while it was read. */
    FILE_CHANGED
  }

  /** Validates the fields. */
  public CsvProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    if (lineNumber < 0) {
      throw new IllegalArgumentException("line number must be >= 0: " + lineNumber);
    }
  }

  static CsvProblem of(Kind kind, String message) {
    return new CsvProblem(kind, message, 0);
  }

  static CsvProblem atLine(Kind kind, long lineNumber, String message) {
    return new CsvProblem(kind, "line " + lineNumber + ": " + message, lineNumber);
  }
}
