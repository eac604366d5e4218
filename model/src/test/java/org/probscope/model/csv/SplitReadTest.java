package org.probscope.model.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files past {@link ColumnScan#SPLIT_BYTES} are scanned as two halves on two threads; the joined
 * result must be the one a single pass gives: same values in the same order, same counts, same line
 * numbers. The files have 2,000,001 lines of 5 bytes (about 10 MB); the halves meet near line
 * 1,000,000.
 */
class SplitReadTest {

  private static final int ROWS = 2_000_000;

  @TempDir Path dir;

  /** "x", then ROWS lines "1.25" except those replaced; line k of the file is row k - 1. */
  private Path file(Map<Integer, String> replacedLines) throws IOException {
    StringBuilder text = new StringBuilder(ROWS * 5 + 16).append("x\n");
    for (int line = 2; line <= ROWS + 1; line++) {
      text.append(replacedLines.getOrDefault(line, "1.25")).append('\n');
    }
    Path file = dir.resolve("split.csv");
    Files.writeString(file, text, StandardCharsets.US_ASCII);
    assertThat(Files.size(file)).isGreaterThan(ColumnScan.SPLIT_BYTES);
    return file;
  }

  private static CsvLoadResult read(Path file) {
    return CsvColumnReader.read(file, CsvFormat.standard(), ColumnSelector.position(1));
  }

  @Test
  void skippedRowsInBothHalvesKeepTheirLineNumbers() throws IOException {
    Path file = file(Map.of(10, "a", 1_500_001, "b", 1_999_999, ",", 2_000_001, "7"));
    CsvLoadResult result = read(file);
    ColumnResult x = result.columns().get(0);
    assertThat(x.kept()).isEqualTo(ROWS - 3);
    assertThat(x.skipped()).isEqualTo(Map.of(SkipReason.TEXT, 2L, SkipReason.EMPTY, 1L));
    assertThat(x.firstSkipped())
        .containsExactly(
            new SkippedRow(10, "a", SkipReason.TEXT),
            new SkippedRow(1_500_001, "b", SkipReason.TEXT),
            new SkippedRow(1_999_999, ",", SkipReason.EMPTY));
    assertThat(result.lines()).isEqualTo(ROWS + 1);
    double[] values = x.sample().orElseThrow().originalValues();
    assertThat(values[values.length - 1]).isEqualTo(7);
    assertThat(values[0]).isEqualTo(1.25);
  }

  @Test
  void quoteInTheSecondHalfHandsOverToFastCsv() throws IOException {
    Path file = file(Map.of(1_500_000, "\"2.5\"", 1_700_000, "\"c\"", 1_900_000, "NA"));
    CsvLoadResult result = read(file);
    ColumnResult x = result.columns().get(0);
    assertThat(x.kept()).isEqualTo(ROWS - 2);
    assertThat(x.firstSkipped())
        .containsExactly(
            new SkippedRow(1_700_000, "c", SkipReason.TEXT),
            new SkippedRow(1_900_000, "NA", SkipReason.NA));
    assertThat(x.sample().orElseThrow().original(1_500_000 - 2)).isEqualTo(2.5);
    assertThat(result.lines()).isEqualTo(ROWS + 1);
  }

  @Test
  void quoteInTheFirstHalfReadsTheRestWithFastCsv() throws IOException {
    Path file = file(Map.of(3, "\"2.5\"", 1_800_000, "zzz"));
    ColumnResult x = read(file).columns().get(0);
    assertThat(x.kept()).isEqualTo(ROWS - 1);
    assertThat(x.firstSkipped()).containsExactly(new SkippedRow(1_800_000, "zzz", SkipReason.TEXT));
  }

  @Test
  void overLongLineInTheSecondHalfIsReportedAtItsLine() throws IOException {
    Path file = file(Map.of(1_600_000, "5".repeat(3000)));
    CsvLoadResult result =
        CsvColumnReader.read(
            file,
            CsvFormat.standard(),
            List.of(ColumnSelector.position(1)),
            CsvReadOptions.defaults().withMaxLineBytes(1000));
    assertThat(result.problem().orElseThrow().lineNumber()).isEqualTo(1_600_000);
    assertThat(result.problem().orElseThrow().kind()).isEqualTo(CsvProblem.Kind.LINE_TOO_LONG);
  }
}
