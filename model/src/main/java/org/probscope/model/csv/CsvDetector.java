package org.probscope.model.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Guesses a file's {@link CsvFormat} from its first 64 KiB (at most {@link #SAMPLE_ROWS} rows) and
 * previews the first rows; the guess is a starting point the user can override.
 *
 * <p>Rules, in order: a UTF-8 byte-order mark is skipped; NUL bytes or many control bytes mean a
 * binary file; bytes that are valid UTF-8 mean UTF-8, otherwise Latin-1. The delimiter is the one
 * of tab, semicolon, comma, runs of spaces that splits at least 90 % of the rows into the same
 * number (≥ 2) of cells, preferring the split whose cells are most often numbers (then that order);
 * when none does, the file is one column. The decimal separator is a comma when more cells read as
 * numbers with a decimal comma than with a dot. The first row is a header when it holds a text cell
 * above a column that has numbers below, or when it is the only row and holds text.
 */
public final class CsvDetector {

  /** How many rows detection looks at. */
  public static final int SAMPLE_ROWS = 50;

  /** How many data rows a preview holds. */
  public static final int PREVIEW_ROWS = 20;

  private CsvDetector() {}

  /** Guesses the format and previews the file under it. */
  public static CsvInspection inspect(Path file) {
    return inspect(file, Optional.empty());
  }

  /** Previews the file under {@code format} (after the user changed the guess). */
  public static CsvInspection preview(Path file, CsvFormat format) {
    return inspect(file, Optional.of(format));
  }

  private static CsvInspection inspect(Path file, Optional<CsvFormat> given) {
    Optional<CsvProblem> notAFile = FileChecks.notAFile(file);
    if (notAFile.isPresent()) {
      return failed(given, notAFile.get());
    }
    FirstBlock block;
    try {
      block = FirstBlock.read(file);
    } catch (IOException e) {
      CsvProblem problem =
          CsvProblem.of(
              CsvProblem.Kind.IO_ERROR,
              "cannot read "
                  + org.probscope.model.text.Echo.of(String.valueOf(file.getFileName()))
                  + ": "
                  + org.probscope.model.text.Echo.of(String.valueOf(e.getMessage())));
      return failed(given, problem);
    }
    if (block.utf16WithBom()) {
      return inspectUtf16(file, given);
    }
    Optional<CsvProblem> unreadable = FileChecks.problem(file, block);
    if (unreadable.isPresent()) {
      return failed(given, unreadable.get());
    }
    CsvEncoding encoding = given.map(CsvFormat::encoding).orElse(block.encoding());
    String text = block.completeLinesText(encoding);
    CsvFormat format = given.orElseGet(() -> FormatGuess.guess(text, encoding));
    List<List<String>> rows = rows(text, format.delimiter());
    return new CsvInspection(
        format,
        preview(rows, format),
        block.bomLength() > 0,
        Optional.empty(),
        warnings(rows, format));
  }

  /**
   * What the first rows suggest is wrong with {@code format} though the file can be read: rows with
   * more cells than the header (their extra cells belong to no column; with a comma delimiter often
   * a decimal comma or a thousands separator that split a number), and a comma that is both the
   * delimiter and the decimal separator.
   */
  static List<String> warnings(List<List<String>> rows, CsvFormat format) {
    List<String> warnings = new ArrayList<>();
    format.conflict().ifPresent(warnings::add);
    if (format.header() && rows.size() > 1) {
      int width = rows.get(0).size();
      List<List<String>> data = rows.subList(1, rows.size());
      long wider = data.stream().filter(row -> row.size() > width).count();
      if (wider > 0) {
        int widest = data.stream().mapToInt(List::size).max().orElse(width);
        String split =
            format.delimiter() == Delimiter.COMMA
                ? " (is the comma a decimal or thousands separator here? then the file has one"
                    + " column per header name, and a number such as 1,288 was split in two)"
                : "";
        warnings.add(
            wider
                + " of the first "
                + data.size()
                + " data rows have more cells (up to "
                + widest
                + ") than the header has names ("
                + width
                + "): the extra cells are not read"
                + split);
      }
    }
    return List.copyOf(warnings);
  }

  /**
   * UTF-16 with a byte-order mark: the head of the file, transcoded to UTF-8, is inspected; the
   * reader transcodes the whole file the same way ({@link CsvColumnReader}).
   */
  private static CsvInspection inspectUtf16(Path file, Optional<CsvFormat> given) {
    try (CsvSpool head = CsvSpool.transcodeUtf16(file, FirstBlock.MAX_FIRST_LINE)) {
      CsvInspection inspection =
          inspect(head.file(), given.map(f -> f.withEncoding(CsvEncoding.UTF_8)));
      return new CsvInspection(
          inspection.format(),
          inspection.preview(),
          true,
          inspection.problem(),
          inspection.warnings());
    } catch (IOException e) {
      return failed(
          given,
          CsvProblem.of(
              CsvProblem.Kind.IO_ERROR,
              "cannot read "
                  + org.probscope.model.text.Echo.of(String.valueOf(file.getFileName()))
                  + ": "
                  + org.probscope.model.text.Echo.of(String.valueOf(e.getMessage()))));
    }
  }

  private static CsvInspection failed(Optional<CsvFormat> given, CsvProblem problem) {
    return new CsvInspection(
        given.orElse(CsvFormat.standard()),
        CsvPreview.empty(),
        false,
        Optional.of(problem),
        List.of());
  }

  /** The first rows, skipping blank ones; a malformed row ends the list early. */
  static List<List<String>> rows(String text, Delimiter delimiter) {
    List<List<String>> rows = new ArrayList<>();
    CsvFormat format = CsvFormat.standard().withDelimiter(delimiter);
    try (CsvReader<CsvRecord> reader =
        QuotedRecordReader.builder(format, FirstBlock.MAX_FIRST_LINE + FirstBlock.SIZE)
            .ofCsvRecord(text)) {
      for (CsvRecord record : reader) {
        List<String> cells = QuotedRecordReader.cells(record, delimiter);
        if (!cells.isEmpty() && !(cells.size() == 1 && cells.get(0).isBlank())) {
          rows.add(cells);
        }
        if (rows.size() == SAMPLE_ROWS + 1) {
          break;
        }
      }
    } catch (CsvParseException | IOException e) {
      // The rows before the malformed one are still a fair sample.
    }
    return rows;
  }

  private static CsvPreview preview(List<List<String>> rows, CsvFormat format) {
    List<String> names = new ArrayList<>();
    List<List<String>> data = rows;
    if (format.header() && !rows.isEmpty()) {
      List<String> first = rows.get(0);
      for (int i = 0; i < first.size(); i++) {
        String name = first.get(i).strip();
        names.add(name.isEmpty() ? "Column " + (i + 1) : name);
      }
      data = rows.subList(1, rows.size());
    } else {
      int width = rows.stream().mapToInt(List::size).max().orElse(0);
      for (int i = 1; i <= width; i++) {
        names.add("Column " + i);
      }
    }
    data = data.subList(0, Math.min(PREVIEW_ROWS, data.size()));
    return new CsvPreview(names, data, suggestedColumn(data, names.size(), format));
  }

  private static int suggestedColumn(List<List<String>> data, int width, CsvFormat format) {
    CellParser parser = new CellParser(format.decimalSeparator());
    for (int column = 0; column < width; column++) {
      int numbers = 0;
      for (List<String> row : data) {
        numbers += column < row.size() && parser.parse(row.get(column)) == null ? 1 : 0;
      }
      if (numbers * 2 > data.size()) {
        return column + 1;
      }
    }
    return 1;
  }
}
