package org.probscope.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.probscope.model.csv.ColumnResult;
import org.probscope.model.csv.ColumnSelector;
import org.probscope.model.csv.CsvColumnReader;
import org.probscope.model.csv.CsvEncoding;
import org.probscope.model.csv.CsvFormat;
import org.probscope.model.csv.Delimiter;
import org.probscope.model.csv.SkipReason;

/**
 * The preview's marks must agree with the reader: each cell is written to a one-column file, read
 * by {@link CsvColumnReader}, and the reason it reports (or none) compared with the preview's.
 */
class PreviewCellsTest {

  private static final List<String> CELLS =
      List.of(
          "1",
          "-2.5",
          "+.5",
          "7.",
          "1e3",
          "2.5E-4",
          "  42 ",
          "3,14",
          "1e999",
          "-1e999",
          "NA",
          "n/a",
          "#N/A",
          "null",
          "None",
          "NaN",
          "-nan",
          "inf",
          "-Infinity",
          "∞",
          "abc",
          "1.2.3",
          "0x10",
          "1,000",
          "12%",
          "1e",
          "e5",
          ".",
          "-",
          "2024-01-01",
          "1.5d",
          "١٢");

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(chars = {'.', ','})
  void everyCellIsClassifiedAsTheReaderDoes(char decimalSeparator) throws IOException {
    CsvFormat format = new CsvFormat(Delimiter.TAB, decimalSeparator, false, CsvEncoding.UTF_8);
    for (String cell : CELLS) {
      Path file =
          Files.writeString(dir.resolve("cell.txt"), "0\n" + cell + "\n", StandardCharsets.UTF_8);
      ColumnResult read =
          CsvColumnReader.read(file, format, ColumnSelector.position(1)).columns().get(0);
      Optional<SkipReason> byReader = read.firstSkipped().stream().map(r -> r.reason()).findFirst();
      assertThat(PreviewCells.skipReason(cell, decimalSeparator))
          .as("cell '%s' with decimal '%s'", cell, decimalSeparator)
          .isEqualTo(byReader);
    }
  }
}
