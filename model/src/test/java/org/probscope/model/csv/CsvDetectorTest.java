package org.probscope.model.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDetectorTest {

  @TempDir Path dir;

  private static CsvInspection inspect(String fixture) {
    return CsvDetector.inspect(Fixtures.path(fixture));
  }

  @Test
  void commaFileWithHeader() {
    CsvInspection inspection = inspect("comma.csv");
    assertThat(inspection.problem()).isEmpty();
    assertThat(inspection.format())
        .isEqualTo(new CsvFormat(Delimiter.COMMA, '.', true, CsvEncoding.UTF_8));
    assertThat(inspection.preview().columnNames()).containsExactly("id", "value");
    assertThat(inspection.preview().rows())
        .containsExactly(
            List.of("1", "0.5"), List.of("2", "-1.25"), List.of("3", "3e2"), List.of("4", ".5"));
    assertThat(inspection.preview().suggestedColumn()).isEqualTo(1);
    assertThat(inspection.byteOrderMark()).isFalse();
  }

  @Test
  void semicolonWithDecimalComma() {
    CsvInspection inspection = inspect("semicolon-decimal-comma.csv");
    assertThat(inspection.format())
        .isEqualTo(new CsvFormat(Delimiter.SEMICOLON, ',', true, CsvEncoding.UTF_8));
    assertThat(inspection.preview().columnNames()).containsExactly("name", "value");
    assertThat(inspection.preview().suggestedColumn()).isEqualTo(2);
  }

  @Test
  void tabDelimited() {
    CsvInspection inspection = inspect("tab.tsv");
    assertThat(inspection.format().delimiter()).isEqualTo(Delimiter.TAB);
    assertThat(inspection.format().header()).isTrue();
    assertThat(inspection.preview().columnNames()).containsExactly("x", "y");
  }

  @Test
  void runsOfSpaces() {
    CsvInspection inspection = inspect("spaces.txt");
    assertThat(inspection.format().delimiter()).isEqualTo(Delimiter.SPACES);
    assertThat(inspection.preview().columnNames()).containsExactly("time", "height");
    assertThat(inspection.preview().rows())
        .containsExactly(List.of("0.0", "1.5"), List.of("1.0", "2.5"), List.of("2.0", "3.5"));
  }

  @Test
  void byteOrderMarkAndCrlf() {
    CsvInspection inspection = inspect("bom-crlf.csv");
    assertThat(inspection.byteOrderMark()).isTrue();
    assertThat(inspection.format().encoding()).isEqualTo(CsvEncoding.UTF_8);
    assertThat(inspection.preview().columnNames()).containsExactly("value");
    assertThat(inspection.preview().rows())
        .containsExactly(List.of("1.0"), List.of("2.0"), List.of("3.0"));
  }

  @Test
  void quotedDecimalCommaInACommaFile() {
    CsvInspection inspection = inspect("quoted-decimal-comma.csv");
    assertThat(inspection.format())
        .isEqualTo(new CsvFormat(Delimiter.COMMA, ',', true, CsvEncoding.UTF_8));
    assertThat(inspection.preview().rows())
        .containsExactly(List.of("1,5", "2,5"), List.of("3,25", "4"));
  }

  @Test
  void latin1HeaderIsDecoded() {
    CsvInspection inspection = inspect("latin1.csv");
    assertThat(inspection.format())
        .isEqualTo(new CsvFormat(Delimiter.SEMICOLON, ',', true, CsvEncoding.LATIN_1));
    assertThat(inspection.preview().columnNames()).containsExactly("température", "durée");
  }

  @Test
  void headerlessNumbersGetColumnNames() {
    CsvInspection inspection = inspect("headerless.csv");
    assertThat(inspection.format().header()).isFalse();
    assertThat(inspection.preview().columnNames()).containsExactly("Column 1", "Column 2");
    assertThat(inspection.preview().rows()).hasSize(3);
  }

  @Test
  void headerlessTextIsNotAHeader() {
    CsvInspection inspection = inspect("headerless-text.csv");
    assertThat(inspection.format().header()).isFalse();
    assertThat(inspection.preview().columnNames()).containsExactly("Column 1");
  }

  @Test
  void headerOnlyFileIsAHeader() {
    CsvInspection inspection = inspect("header-only.csv");
    assertThat(inspection.format().header()).isTrue();
    assertThat(inspection.preview().columnNames()).containsExactly("alpha", "beta");
    assertThat(inspection.preview().rows()).isEmpty();
  }

  @Test
  void emptyAndBlankFilesAreProblems() {
    assertThat(inspect("empty.csv").problem())
        .get()
        .extracting(CsvProblem::kind)
        .isEqualTo(CsvProblem.Kind.EMPTY_FILE);
    assertThat(inspect("blank-lines.csv").problem())
        .get()
        .extracting(CsvProblem::kind)
        .isEqualTo(CsvProblem.Kind.EMPTY_FILE);
  }

  @Test
  void pngHeaderIsABinaryFile() throws IOException {
    Path png = dir.resolve("picture.csv");
    Files.write(
        png,
        new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'});
    CsvInspection inspection = CsvDetector.inspect(png);
    assertThat(inspection.problem())
        .get()
        .extracting(CsvProblem::kind)
        .isEqualTo(CsvProblem.Kind.BINARY_FILE);
    assertThat(inspection.problem().get().message())
        .isEqualTo(
            "picture.csv is not a text file (it starts with bytes 89 50 4E 47 0D 0A 1A 0A); choose a CSV file");
  }

  @Test
  void previewUnderAnOverriddenFormat() {
    Path file = Fixtures.path("headerless.csv");
    CsvFormat format = CsvDetector.inspect(file).format().withHeader(true);
    CsvInspection inspection = CsvDetector.preview(file, format);
    assertThat(inspection.format()).isEqualTo(format);
    assertThat(inspection.preview().columnNames()).containsExactly("1.5", "10");
    assertThat(inspection.preview().rows()).hasSize(2);
  }

  @Test
  void missingFileIsAnIoProblem() {
    CsvInspection inspection = CsvDetector.inspect(dir.resolve("absent.csv"));
    assertThat(inspection.problem())
        .get()
        .extracting(CsvProblem::kind)
        .isEqualTo(CsvProblem.Kind.IO_ERROR);
  }
}
