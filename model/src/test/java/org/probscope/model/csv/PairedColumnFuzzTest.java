package org.probscope.model.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.probscope.model.FuzzRun;
import org.probscope.model.text.Echo;

/**
 * Fuzzing {@link PairedColumnReader} as {@link CsvFuzzTest} fuzzes the column reader: random bytes
 * never make it throw, and every data row is kept, skipped or refused for a negative weight (kept +
 * skipped + negative = data rows, and each column's cells add up to the data rows); structured
 * files give back their (value, weight) pairs exactly and in order. Bounded by {@link FuzzRun}.
 */
class PairedColumnFuzzTest {

  private static Path dir;

  @BeforeContainer
  static void createDirectory() throws IOException {
    dir = FuzzFiles.createDirectory("paired-fuzz");
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
            "paired-bytes",
            bytes,
            20261203L,
            3000,
            150_000,
            Duration.ofSeconds(4),
            b -> Echo.of(new String(b, StandardCharsets.ISO_8859_1), 300),
            PairedColumnFuzzTest::readsWithoutThrowing);
    assertThat(figures.cases()).isPositive();
  }

  private static void readsWithoutThrowing(byte[] bytes) {
    Path file = write(bytes);
    CsvInspection inspection = CsvDetector.inspect(file);
    PairedColumns read =
        PairedColumnReader.read(
            file,
            inspection.format(),
            ColumnSelector.position(1),
            ColumnSelector.position(2),
            CsvReadOptions.defaults().withMaxLineBytes(512));
    if (read.isComplete()) {
      assertRowsAddUp(read);
    } else {
      assertThat(read.values()).isEmpty();
      assertThat(read.problem().orElseThrow().message()).isNotBlank();
    }
  }

  private static void assertRowsAddUp(PairedColumns read) {
    assertThat(read.kept() + read.skippedRows() + read.negativeWeightRows())
        .isEqualTo(read.dataRows());
    assertThat(read.skippedRows()).isNotNegative();
    assertThat(read.valueColumn().orElseThrow().rows()).isEqualTo(read.dataRows());
    assertThat(read.weightColumn().orElseThrow().rows()).isEqualTo(read.dataRows());
    assertThat(java.util.Arrays.stream(read.values()).allMatch(Double::isFinite)).isTrue();
    assertThat(java.util.Arrays.stream(read.weights()).allMatch(w -> Double.isFinite(w) && w >= 0))
        .isTrue();
  }

  /** One data row: a value or a skipped marker, and a weight or a skipped marker. */
  record Row(double value, int valueKind, double weight, int weightKind, boolean quoted) {}

  /** A generated file and the pairs it holds. */
  record Generated(byte[] bytes, CsvFormat format, List<double[]> pairs, long dataRows) {
    @Override
    public String toString() {
      return format.describe() + ": " + Echo.of(new String(bytes, StandardCharsets.UTF_8), 400);
    }
  }

  @Example
  void structuredFilesGiveBackTheirPairsInOrder() {
    Arbitrary<Row> rows =
        Combinators.combine(
                Arbitraries.doubles().between(-1e6, 1e6).ofScale(4),
                Arbitraries.integers().between(0, 6),
                Arbitraries.doubles().between(-3, 50).ofScale(2),
                Arbitraries.integers().between(0, 6),
                Arbitraries.of(true, false))
            .as(Row::new);
    Arbitrary<Generated> files =
        Combinators.combine(
                rows.list().ofMinSize(1).ofMaxSize(40),
                Arbitraries.of(Delimiter.COMMA, Delimiter.SEMICOLON, Delimiter.TAB),
                Arbitraries.of('.', ','),
                Arbitraries.of(true, false),
                Arbitraries.of("\n", "\r\n"),
                Arbitraries.of(true, false))
            .as(PairedColumnFuzzTest::generate);
    FuzzRun.Figures figures =
        FuzzRun.run(
            "paired-structured",
            files,
            11L,
            2000,
            100_000,
            Duration.ofSeconds(4),
            Generated::toString,
            PairedColumnFuzzTest::roundTrips);
    assertThat(figures.cases()).isPositive();
  }

  private static Generated generate(
      List<Row> rows, Delimiter delimiter, char decimal, boolean header, String end, boolean bom) {
    StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
    char sep = delimiter.character();
    if (header) {
      text.append("note").append(sep).append("\"x\"").append(sep).append("w").append(end);
    }
    List<double[]> pairs = new ArrayList<>();
    for (Row row : rows) {
      String value = cell(row.value(), row.valueKind(), decimal);
      String weight = cell(row.weight(), row.weightKind(), decimal);
      text.append("n").append(sep);
      text.append(row.quoted() || value.indexOf(sep) >= 0 ? quote(value) : value).append(sep);
      text.append(weight.indexOf(sep) >= 0 ? quote(weight) : weight).append(end);
      if (row.valueKind() > 2 && row.weightKind() > 2 && row.weight() >= 0) {
        pairs.add(new double[] {row.value(), row.weight()});
      }
    }
    CsvFormat format = new CsvFormat(delimiter, decimal, header, CsvEncoding.UTF_8);
    return new Generated(
        text.toString().getBytes(StandardCharsets.UTF_8), format, pairs, rows.size());
  }

  private static String cell(double number, int kind, char decimal) {
    return switch (kind) {
      case 0 -> "NA";
      case 1 -> "";
      case 2 -> "text";
      default ->
          decimal == ',' ? Double.toString(number).replace('.', ',') : Double.toString(number);
    };
  }

  private static String quote(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  private static void roundTrips(Generated generated) {
    PairedColumns read =
        PairedColumnReader.read(
            write(generated.bytes()),
            generated.format(),
            ColumnSelector.position(2),
            ColumnSelector.position(3),
            CsvReadOptions.defaults());
    assertThat(read.problem()).isEmpty();
    assertThat(read.dataRows()).isEqualTo(generated.dataRows());
    assertRowsAddUp(read);
    double[] values = read.values();
    double[] weights = read.weights();
    assertThat(values).hasSize(generated.pairs().size());
    for (int i = 0; i < values.length; i++) {
      assertThat(values[i]).isEqualTo(generated.pairs().get(i)[0]);
      assertThat(weights[i]).isEqualTo(generated.pairs().get(i)[1]);
    }
    readsWithoutThrowing(generated.bytes());
  }

  private static Path write(byte[] bytes) {
    return FuzzFiles.write(dir, bytes);
  }
}
