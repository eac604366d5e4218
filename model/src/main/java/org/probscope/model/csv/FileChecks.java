package org.probscope.model.csv;

import java.nio.file.Path;
import java.util.Optional;

/** The checks on the first block that stop a read before it starts: empty and binary files. */
final class FileChecks {

  private FileChecks() {}

  static Optional<CsvProblem> problem(Path file, FirstBlock block) {
    if (block.length() == 0 || block.isBlank()) {
      return Optional.of(emptyFile());
    }
    if (block.looksBinary()) {
      return Optional.of(
          CsvProblem.of(
              CsvProblem.Kind.BINARY_FILE,
              file.getFileName()
                  + " is not a text file (it starts with bytes "
                  + firstBytes(block)
                  + "); choose a CSV file"));
    }
    return Optional.empty();
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
