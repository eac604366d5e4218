package org.probscope.model.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.probscope.model.FuzzRun;
import org.probscope.model.text.Echo;

/**
 * Fuzzing the CSV reader (issue 7, "A fuzz run"): random bytes, and random structured CSV with
 * quotes, delimiters, decimal commas, byte-order marks, CRLF, blank lines and NA cells. Asserted:
 * no exception escapes (every failure is a {@link CsvProblem}); for structured files read with
 * their own format, kept + skipped = data rows and the generated numbers come back exactly, in
 * order. Bounded by {@link FuzzRun}: a few seconds in verify, longer with -Pexhaustive.
 */
class CsvFuzzTest {

  private static final Set<CsvProblem.Kind> ANY_PROBLEM = EnumSet.allOf(CsvProblem.Kind.class);

  private static Path dir;

  @BeforeContainer
  static void createDirectory() throws IOException {
    dir = FuzzFiles.createDirectory("csv-fuzz");
  }

  @AfterContainer
  static void deleteDirectory() throws IOException {
    FuzzFiles.deleteDirectory(dir);
  }

  @Example
  void randomBytesGiveAResultNeverAnException() {
    Arbitrary<byte[]> bytes = FuzzFiles.randomBytes();
    FuzzRun.Figures figures =
        FuzzRun.run(
            "csv-bytes",
            bytes,
            20261202L,
            4000,
            200_000,
            Duration.ofSeconds(5),
            b -> Echo.of(new String(b, StandardCharsets.ISO_8859_1), 300),
            CsvFuzzTest::readsWithoutThrowing);
    assertThat(figures.cases()).isPositive();
  }

  private static void readsWithoutThrowing(byte[] bytes) {
    Path file = write(bytes);
    CsvInspection inspection = CsvDetector.inspect(file);
    inspection.problem().ifPresent(p -> assertThat(ANY_PROBLEM).contains(p.kind()));
    CsvReadOptions options = CsvReadOptions.defaults().withMaxLineBytes(512);
    CsvLoadResult result =
        CsvColumnReader.read(
            file,
            inspection.format(),
            List.of(ColumnSelector.position(1), ColumnSelector.position(2)),
            options);
    assertThat(result.message()).isNotNull();
    if (result.isComplete()) {
      ColumnResult first = result.columns().get(0);
      ColumnResult second = result.columns().get(1);
      assertThat(first.rows()).isEqualTo(second.rows());
      for (ColumnResult column : result.columns()) {
        assertThat(column.sample().map(s -> (long) s.size()).orElse(0L)).isEqualTo(column.kept());
        column
            .sample()
            .ifPresent(
                s ->
                    assertThat(java.util.Arrays.stream(s.sortedValues()).allMatch(Double::isFinite))
                        .isTrue());
        assertThat(column.firstSkipped())
            .allSatisfy(row -> assertThat(row.text()).doesNotContain("\u001b", "\u0000"));
      }
    }
  }

  /** One generated file: its bytes, the format it was written in, and what column 1 holds. */
  record Generated(byte[] bytes, CsvFormat format, List<Double> numbers, long dataRows) {
    @Override
    public String toString() {
      return format.describe() + ": " + Echo.of(new String(bytes, StandardCharsets.UTF_8), 400);
    }
  }

  /** One data row: column 1 a number or a skipped marker, column 2 a filler cell. */
  record Cell(double value, int kind, boolean quoted, String filler) {}

  @Example
  void structuredCsvRoundTripsItsNumbersExactly() {
    Arbitrary<Double> numbers =
        Arbitraries.oneOf(
            Arbitraries.doubles().between(-1e6, 1e6).ofScale(6),
            // every finite double, subnormals included, from its bits
            Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite),
            Arbitraries.longs().between(-1_000_000, 1_000_000).map(Long::doubleValue),
            Arbitraries.of(
                0.0, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MIN_NORMAL, 1e-320));
    Arbitrary<Cell> cells =
        Combinators.combine(
                numbers,
                Arbitraries.integers().between(0, 9),
                Arbitraries.of(true, false),
                Arbitraries.strings().withChars("abc xyz,;\"\t\n").ofMaxLength(8))
            .as(Cell::new);
    Arbitrary<Generated> files =
        Combinators.combine(
                cells.list().ofMinSize(1).ofMaxSize(40),
                Arbitraries.of(Delimiter.COMMA, Delimiter.SEMICOLON, Delimiter.TAB),
                Arbitraries.of('.', ','),
                Arbitraries.of(true, false),
                Arbitraries.of("\n", "\r\n"),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 3))
            .as(CsvFuzzTest::generate);
    FuzzRun.Figures figures =
        FuzzRun.run(
            "csv-structured",
            files,
            7L,
            3000,
            150_000,
            Duration.ofSeconds(5),
            Generated::toString,
            CsvFuzzTest::roundTrips);
    assertThat(figures.cases()).isPositive();
  }

  private static Generated generate(
      List<Cell> rows,
      Delimiter delimiter,
      char decimal,
      boolean header,
      String lineEnd,
      boolean bom,
      int blankEvery) {
    StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
    char sep = delimiter.character();
    if (header) {
      text.append("\"va\"\"lue\"").append(sep).append("note").append(lineEnd);
    }
    List<Double> numbers = new ArrayList<>();
    long dataRows = 0;
    for (int i = 0; i < rows.size(); i++) {
      Cell cell = rows.get(i);
      String first;
      switch (cell.kind()) {
        case 0 -> first = "NA";
        case 1 -> first = "";
        case 2 -> first = "-inf";
        case 3 -> first = "NaN";
        default -> {
          first = Double.toString(cell.value());
          if (decimal == ',') {
            first = first.replace('.', ',');
          }
          numbers.add(cell.value());
        }
      }
      // a cell holding the delimiter or the decimal comma under a comma delimiter must be quoted
      boolean mustQuote = first.indexOf(sep) >= 0;
      text.append(cell.quoted() || mustQuote ? quote(first) : first);
      text.append(sep).append(quote(cell.filler())).append(lineEnd);
      dataRows++;
      if (blankEvery > 0 && i % (blankEvery + 1) == blankEvery) {
        text.append(lineEnd);
      }
    }
    if (!header && numbers.isEmpty()) {
      // keep at least one number so that the file is never "empty" for a reason of its own
      text.append("1").append(sep).append("x").append(lineEnd);
      numbers.add(1.0);
      dataRows++;
    }
    CsvFormat format = new CsvFormat(delimiter, decimal, header, CsvEncoding.UTF_8);
    return new Generated(
        text.toString().getBytes(StandardCharsets.UTF_8), format, numbers, dataRows);
  }

  private static String quote(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  private static void roundTrips(Generated generated) {
    Path file = write(generated.bytes());
    CsvLoadResult result =
        CsvColumnReader.read(
            file,
            generated.format(),
            List.of(ColumnSelector.position(1)),
            CsvReadOptions.defaults());

    assertThat(result.problem()).isEmpty();
    ColumnResult column = result.columns().get(0);
    assertThat(column.kept() + column.skippedTotal()).isEqualTo(generated.dataRows());
    double[] expected = generated.numbers().stream().mapToDouble(Double::doubleValue).toArray();
    double[] read = column.sample().map(s -> s.originalValues()).orElse(new double[0]);
    assertThat(read).containsExactly(expected);
    // detection may guess another format for such files, but it must not throw
    readsWithoutThrowing(generated.bytes());
  }

  private static Path write(byte[] bytes) {
    return FuzzFiles.write(dir, bytes);
  }
}
