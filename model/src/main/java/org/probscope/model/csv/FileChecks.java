package org.probscope.model.csv;

import java.nio.file.Path;
import java.util.Optional;
import org.probscope.model.text.Echo;

/** The checks on the first block that stop a read before it starts: empty and binary files. */
final class FileChecks {

  private FileChecks() {}

  /**
   * A FIFO, device or socket: checked before the file is opened, because opening a FIFO that has no
   * writer blocks for ever.
   */
  static Optional<CsvProblem> notAFile(Path file) {
    if (!CsvSpool.isStream(file)) {
      return Optional.empty();
    }
    return Optional.of(
        CsvProblem.of(
            CsvProblem.Kind.NOT_A_FILE,
            Echo.of(String.valueOf(file.getFileName()))
                + " is not a regular file (a pipe, a device or a socket): it is not opened, since"
                + " reading it could wait for ever for a writer; save the data to a file first"));
  }

  static Optional<CsvProblem> problem(Path file, FirstBlock block) {
    if (block.length() == 0 || block.isBlank()) {
      return Optional.of(emptyFile());
    }
    Optional<String> wide = block.wideEncoding();
    if (wide.isPresent()) {
      return Optional.of(
          CsvProblem.of(
              CsvProblem.Kind.UNSUPPORTED_ENCODING,
              Echo.of(String.valueOf(file.getFileName()))
                  + " is "
                  + wide.get()
                  + " text without a byte-order mark (UTF-16 is read when it starts with one), or"
                  + " UTF-32, which is not supported; save it as UTF-8 (for example: iconv -f "
                  + wide.get()
                  + " -t UTF-8 FILE > FILE.utf8.csv)"));
    }
    if (block.looksBinary()) {
      return Optional.of(
          CsvProblem.of(
              CsvProblem.Kind.BINARY_FILE,
              Echo.of(String.valueOf(file.getFileName()))
                  + " is not a text file (it starts with bytes "
                  + firstBytes(block)
                  + "); choose a CSV file"));
    }
    return Optional.empty();
  }

  /** A read that found no data rows: a header alone, or (without a header) an empty file. */
  static CsvProblem noDataRows(CsvFormat format, HeaderRow header) {
    return format.header()
        ? CsvProblem.of(
            CsvProblem.Kind.HEADER_ONLY,
            "only a header row (" + Echo.of(String.join(", ", header.names())) + "), no data rows")
        : emptyFile();
  }

  static CsvProblem emptyFile() {
    return CsvProblem.of(CsvProblem.Kind.EMPTY_FILE, "the file is empty (no rows)");
  }

  private static String firstBytes(FirstBlock block) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < Math.min(8, block.length()); i++) {
      hex.append(i == 0 ? "" : " ").append(String.format("%02X", block.bytes()[i] & 0xFF));
    }
    return hex.toString();
  }
}
