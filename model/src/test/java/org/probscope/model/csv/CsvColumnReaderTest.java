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
 * Reads every fixture with its detected format. All fixture numbers are exact binary fractions
 * (halves, quarters, integers), so values are compared exactly.
 */
class CsvColumnReaderTest {

  @TempDir Path dir;

  private static CsvLoadResult read(String fixture, String... columns) {
    Path file = Fixtures.path(fixture);
    CsvFormat format = CsvDetector.inspect(file).format();
    return CsvColumnReader.read(
        file,
        format,
        List.of(columns).stream().map(ColumnSelector::parse).toList(),
        CsvReadOptions.defaults());
  }

  private static double[] values(CsvLoadResult result, int column) {
    return result.columns().get(column).sample().orElseThrow().originalValues();
  }

  @Test
  void commaFileByNameAndByPosition() {
    CsvLoadResult result = read("comma.csv", "value", "1");
    assertThat(result.problem()).isEmpty();
    assertThat(values(result, 0)).containsExactly(0.5, -1.25, 300, 0.5);
    assertThat(values(result, 1)).containsExactly(1, 2, 3, 4);
    assertThat(result.columns().get(0).position()).isEqualTo(2);
    assertThat(result.columns().get(1).name()).isEqualTo("id");
    assertThat(result.lines()).isEqualTo(5);
    assertThat(result.message()).isEqualTo("column 'value': 4 values\ncolumn 'id': 4 values");
  }

  @Test
  void semicolonDecimalComma() {
    CsvLoadResult result = read("semicolon-decimal-comma.csv", "value");
    assertThat(values(result, 0)).containsExactly(1.5, -2.25, 1000);
  }

  @Test
  void tabAndSpaceRuns() {
    assertThat(values(read("tab.tsv", "y"), 0)).containsExactly(10, 20, 30);
    CsvLoadResult spaces = read("spaces.txt", "height", "time");
    assertThat(values(spaces, 0)).containsExactly(1.5, 2.5, 3.5);
    assertThat(values(spaces, 1)).containsExactly(0, 1, 2);
  }

  @Test
  void byteOrderMarkCrlfAndBlankLine() {
    CsvLoadResult result = read("bom-crlf.csv", "value");
    assertThat(values(result, 0)).containsExactly(1, 2, 3);
    assertThat(result.blankLines()).isEqualTo(1);
    assertThat(result.lines()).isEqualTo(5);
  }

  @Test
  void quotedCellsGoThroughFastCsv() {
    CsvLoadResult result = read("quoted.csv", "value");
    assertThat(values(result, 0)).containsExactly(1.5, -2.5, 3);
    assertThat(result.columns().get(0).skipped()).isEmpty();
  }

  @Test
  void quotedDecimalComma() {
    CsvLoadResult result = read("quoted-decimal-comma.csv", "x", "y");
    assertThat(values(result, 0)).containsExactly(1.5, 3.25);
    assertThat(values(result, 1)).containsExactly(2.5, 4);
  }

  @Test
  void lineBreakInsideQuotesKeepsLineNumbers() {
    Path file = Fixtures.path("multiline-quoted.csv");
    CsvLoadResult result =
        CsvColumnReader.read(file, CsvFormat.standard(), ColumnSelector.named("note"));
    ColumnResult note = result.columns().get(0);
    assertThat(note.kept()).isZero();
    assertThat(note.firstSkipped()).extracting(SkippedRow::lineNumber).containsExactly(2L, 4L, 5L);
    assertThat(
            CsvColumnReader.read(file, CsvFormat.standard(), ColumnSelector.named("value"))
                .firstSample()
                .orElseThrow()
                .originalValues())
        .containsExactly(1.5, 2.5, 3.5);
  }

  @Test
  void messyCellsAreCountedPerReasonWithLineNumbers() {
    CsvLoadResult result = read("messy.csv", "x");
    ColumnResult x = result.columns().get(0);
    assertThat(values(result, 0)).containsExactly(1.5, 2.5, 7);
    assertThat(x.skipped())
        .isEqualTo(
            Map.of(
                SkipReason.NA, 2L,
                SkipReason.NAN, 1L,
                SkipReason.INFINITE, 3L,
                SkipReason.TEXT, 1L,
                SkipReason.EMPTY, 1L));
    assertThat(x.firstSkipped())
        .containsExactly(
            new SkippedRow(4, "NA", SkipReason.NA),
            new SkippedRow(5, "NaN", SkipReason.NAN),
            new SkippedRow(6, "inf", SkipReason.INFINITE),
            new SkippedRow(7, "-Infinity", SkipReason.INFINITE),
            new SkippedRow(8, "abc", SkipReason.TEXT),
            new SkippedRow(11, ",", SkipReason.EMPTY),
            new SkippedRow(13, "null", SkipReason.NA),
            new SkippedRow(14, "1e999", SkipReason.INFINITE));
    assertThat(result.blankLines()).isEqualTo(3);
    assertThat(result.lines()).isEqualTo(15);
    assertThat(x.summary())
        .isEqualTo("column 'x': 3 values, 8 skipped (1 empty, 2 NA, 1 NaN, 3 infinite, 1 text)");
  }

  @Test
  void raggedRowsCountMissingCells() {
    // Too ragged for detection (2 of 5 rows have 3 cells), so the format is given.
    CsvLoadResult result =
        CsvColumnReader.read(
            Fixtures.path("ragged.csv"), CsvFormat.standard(), ColumnSelector.named("c"));
    ColumnResult c = result.columns().get(0);
    assertThat(values(result, 0)).containsExactly(3, 9);
    assertThat(c.skipped()).isEqualTo(Map.of(SkipReason.MISSING, 2L));
    assertThat(c.firstSkipped())
        .containsExactly(
            new SkippedRow(3, "4,5", SkipReason.MISSING),
            new SkippedRow(4, "6", SkipReason.MISSING));
  }

  @Test
  void latin1File() {
    CsvLoadResult result = read("latin1.csv", "durée");
    assertThat(result.columns().get(0).name()).isEqualTo("durée");
    assertThat(values(result, 0)).containsExactly(1.5, 2);
  }

  @Test
  void headerlessFileByPositionAndByColumnName() {
    assertThat(values(read("headerless.csv", "2"), 0)).containsExactly(10, 20, 30);
    CsvLoadResult byName = read("headerless.csv", "Column 1");
    assertThat(values(byName, 0)).containsExactly(1.5, 2.5, 3.5);
    assertThat(byName.columns().get(0).name()).isEqualTo("Column 1");
  }

  @Test
  void headerlessTextFileSaysSoInOneLine() {
    CsvLoadResult result = read("headerless-text.csv", "1");
    assertThat(result.problem()).isEmpty();
    assertThat(result.firstSample()).isEmpty();
    assertThat(result.message())
        .isEqualTo("no numeric values in column 'Column 1' (3 rows: 3 text)");
  }

  @Test
  void headerOnlyEmptyAndBlankFiles() {
    assertThat(read("header-only.csv", "alpha").problem())
        .get()
        .isEqualTo(
            CsvProblem.of(
                CsvProblem.Kind.HEADER_ONLY, "only a header row (alpha, beta), no data rows"));
    CsvLoadResult empty = read("empty.csv", "1");
    assertThat(empty.problem().orElseThrow().kind()).isEqualTo(CsvProblem.Kind.EMPTY_FILE);
    assertThat(empty.message()).isEqualTo("the file is empty (no rows)");
    assertThat(read("blank-lines.csv", "1").problem().orElseThrow().kind())
        .isEqualTo(CsvProblem.Kind.EMPTY_FILE);
  }

  @Test
  void unknownColumnNamesTheColumnsThereAre() {
    CsvLoadResult result = read("comma.csv", "weight");
    assertThat(result.problem().orElseThrow().kind()).isEqualTo(CsvProblem.Kind.NO_SUCH_COLUMN);
    assertThat(result.message())
        .isEqualTo("no column 'weight' (the header has 2 columns: id, value)");
    assertThat(read("comma.csv", "3").message())
        .isEqualTo("no column '3' (the header has 2 columns: id, value)");
  }

  @Test
  void zipFileIsBinary() throws IOException {
    Path zip = dir.resolve("data.zip");
    Files.write(zip, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'a', 'b'});
    CsvLoadResult result =
        CsvColumnReader.read(zip, CsvFormat.standard(), ColumnSelector.position(1));
    assertThat(result.problem().orElseThrow().kind()).isEqualTo(CsvProblem.Kind.BINARY_FILE);
    assertThat(result.columns()).isEmpty();
  }

  @Test
  void overLongLineStopsTheRead() throws IOException {
    Path file = dir.resolve("long.csv");
    String longLine = "9".repeat(5000);
    Files.writeString(file, "x\n1.5\n2.5\n" + longLine + "\n3.5\n", StandardCharsets.US_ASCII);
    CsvReadOptions options = CsvReadOptions.defaults().withMaxLineBytes(1000);
    CsvLoadResult result =
        CsvColumnReader.read(
            file, CsvFormat.standard(), List.of(ColumnSelector.position(1)), options);
    assertThat(result.problem().orElseThrow())
        .isEqualTo(
            new CsvProblem(
                CsvProblem.Kind.LINE_TOO_LONG,
                "line 4: longer than 1000 bytes; stopped (is this a CSV file?)",
                4));
    assertThat(result.firstSample()).isEmpty();
  }

  @Test
  void unclosedQuoteRunningPastTheCapStopsTheRead() throws IOException {
    Path file = dir.resolve("unclosed.csv");
    Files.writeString(file, "x\n1.5\n\"" + "a\n".repeat(20_000), StandardCharsets.US_ASCII);
    CsvReadOptions options = CsvReadOptions.defaults().withMaxLineBytes(16 * 1024);
    CsvLoadResult result =
        CsvColumnReader.read(
            file, CsvFormat.standard(), List.of(ColumnSelector.position(1)), options);
    assertThat(result.problem().orElseThrow().kind()).isEqualTo(CsvProblem.Kind.LINE_TOO_LONG);
    assertThat(result.problem().orElseThrow().lineNumber()).isEqualTo(3);
  }

  @Test
  void cancelFromTheFirstProgressEventEndsTheRead() throws IOException {
    Path file = dir.resolve("many.csv");
    Files.writeString(file, "x\n" + "1.25\n".repeat(100_000), StandardCharsets.US_ASCII);
    boolean[] cancel = {false};
    long[] events = {0};
    CsvReadOptions options =
        CsvReadOptions.defaults()
            .withProgressIntervalBytes(1024)
            .withProgress(
                (read, total) -> {
                  events[0]++;
                  cancel[0] = true;
                })
            .withCancelRequested(() -> cancel[0]);
    CsvLoadResult result =
        CsvColumnReader.read(
            file, CsvFormat.standard(), List.of(ColumnSelector.position(1)), options);
    assertThat(result.problem().orElseThrow().kind()).isEqualTo(CsvProblem.Kind.CANCELLED);
    assertThat(events[0]).isEqualTo(1);
    assertThat(result.firstSample()).isEmpty();
    assertThat(result.columns().get(0).kept()).isLessThan(100_000);
  }

  @Test
  void interruptedThreadEndsTheReadAsCancelled() {
    Thread.currentThread().interrupt();
    CsvLoadResult result;
    try {
      result =
          CsvColumnReader.read(
              Fixtures.path("comma.csv"), CsvFormat.standard(), ColumnSelector.position(1));
    } finally {
      assertThat(Thread.interrupted()).isTrue();
    }
    assertThat(result.problem().orElseThrow())
        .isEqualTo(
            CsvProblem.of(CsvProblem.Kind.CANCELLED, "cancelled (the thread was interrupted)"));
  }

  @Test
  void progressIsThrottledAndEndsAtTheTotal() throws IOException {
    Path file = dir.resolve("progress.csv");
    Files.writeString(file, "x\n" + "1.25\n".repeat(200_000), StandardCharsets.US_ASCII);
    long size = Files.size(file);
    List<long[]> events = new java.util.ArrayList<>();
    CsvReadOptions options =
        CsvReadOptions.defaults()
            .withProgressIntervalBytes(300_000)
            .withProgress((read, total) -> events.add(new long[] {read, total}));
    CsvLoadResult result =
        CsvColumnReader.read(
            file, CsvFormat.standard(), List.of(ColumnSelector.position(1)), options);
    assertThat(result.firstSample().orElseThrow().size()).isEqualTo(200_000);
    // Data starts after the 2-byte header and is read in blocks of 262,144 bytes: the first
    // report comes at 2 + 2 * 262,144 bytes (past 300,000), the next at the end of the file
    // (past 524,290 + 300,000), then the final one.
    assertThat(events).extracting(e -> e[0]).containsExactly(524_290L, 1_000_002L, size);
    assertThat(events).allMatch(e -> e[1] == size);
  }
}
