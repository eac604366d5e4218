package org.probscope.model.csv;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CsvDetector} found in the first block of a file.
 *
 * @param format the guessed (or given) format; {@link CsvFormat#standard()} when the file is
 *     unreadable
 * @param preview the first rows under that format
 * @param byteOrderMark whether the file starts with a UTF-8 byte-order mark (always skipped)
 * @param problem why the file cannot be read at all (empty, binary, I/O error)
 * @param warnings what looks wrong with the format in the first rows though the file can be read
 *     (rows wider than the header, a comma both delimiter and decimal separator), one line each
 */
public record CsvInspection(
    CsvFormat format,
    CsvPreview preview,
    boolean byteOrderMark,
    Optional<CsvProblem> problem,
    List<String> warnings) {

  /** Validates the fields. */
  public CsvInspection {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(preview, "preview");
    Objects.requireNonNull(problem, "problem");
    warnings = List.copyOf(warnings);
  }
}
