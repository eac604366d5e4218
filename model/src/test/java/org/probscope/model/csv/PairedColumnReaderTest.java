package org.probscope.model.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PairedColumnReader}: two columns of the same rows, kept aligned and in file order. */
class PairedColumnReaderTest {

  private static final CsvFormat COMMA = CsvFormat.standard();

  @TempDir Path dir;

  private Path write(String text) throws IOException {
    return Files.writeString(dir.resolve("w.csv"), text, StandardCharsets.UTF_8);
  }

  private static PairedColumns read(Path file, CsvFormat format, String values, String weights) {
    return PairedColumnReader.read(
        file,
        format,
        ColumnSelector.parse(values),
        ColumnSelector.parse(weights),
        CsvReadOptions.defaults());
  }

  @Test
  void keepsThePairsInFileOrder() throws IOException {
    Path file = write("x,w\n3.5,2\n1,1\n2,0\n-4,3\n");
    PairedColumns read = read(file, COMMA.withHeader(true), "x", "w");
    assertThat(read.problem()).isEmpty();
    assertThat(read.values()).containsExactly(3.5, 1, 2, -4);
    assertThat(read.weights()).containsExactly(2, 1, 0, 3);
    assertThat(read.kept()).isEqualTo(4);
    assertThat(read.dataRows()).isEqualTo(4);
    assertThat(read.weightSum()).isEqualTo(6);
    assertThat(read.zeroWeightRows()).isEqualTo(1);
    assertThat(read.valueColumn().orElseThrow().name()).isEqualTo("x");
    assertThat(read.weightColumn().orElseThrow().position()).isEqualTo(2);
  }

  @Test
  void positionsSelectColumnsWithAndWithoutAHeader() throws IOException {
    Path file = write("a,b,c\n1,10,100\n2,20,200\n");
    PairedColumns byPosition = read(file, COMMA.withHeader(true), "3", "1");
    assertThat(byPosition.values()).containsExactly(100, 200);
    assertThat(byPosition.weights()).containsExactly(1, 2);
    assertThat(byPosition.valueColumn().orElseThrow().name()).isEqualTo("c");

    Path plain = write("1,10,100\n2,20,200\n");
    PairedColumns noHeader = read(plain, COMMA.withHeader(false), "2", "Column 3");
    assertThat(noHeader.values()).containsExactly(10, 20);
    assertThat(noHeader.weights()).containsExactly(100, 200);
    assertThat(noHeader.weightColumn().orElseThrow().name()).isEqualTo("Column 3");
  }

  @Test
  void theSameColumnTwiceWeighsEachValueByItself() throws IOException {
    Path file = write("x\n1\n2\n5\n");
    PairedColumns read = read(file, COMMA.withHeader(true), "x", "1");
    assertThat(read.values()).containsExactly(1, 2, 5);
    assertThat(read.weights()).containsExactly(1, 2, 5);
    assertThat(read.valueColumn().orElseThrow().position())
        .isEqualTo(read.weightColumn().orElseThrow().position());
  }

  @Test
  void aMissingColumnSaysWhichSelectorFailed() throws IOException {
    Path file = write("x,w\n1,2\n");
    PairedColumns noWeights = read(file, COMMA.withHeader(true), "x", "weight");
    assertThat(noWeights.problem().orElseThrow().kind()).isEqualTo(CsvProblem.Kind.NO_SUCH_COLUMN);
    assertThat(noWeights.problem().orElseThrow().message()).contains("no column 'weight'", "x, w");
    assertThat(noWeights.missingColumn()).contains(PairedColumns.Role.WEIGHTS);
    PairedColumns noValues = read(file, COMMA.withHeader(true), "7", "w");
    assertThat(noValues.missingColumn()).contains(PairedColumns.Role.VALUES);
    assertThat(noValues.values()).isEmpty();
  }

  @Test
  void badCellsAreCountedPerColumnWithTheirLines() throws IOException {
    Path file = write("x,w\n1,1\nNA,2\n3,\n4,abc\n\n5,NaN\nfoo,NA\n6\n7,1\n");
    PairedColumns read = read(file, COMMA.withHeader(true), "x", "w");
    assertThat(read.values()).containsExactly(1, 7);
    assertThat(read.weights()).containsExactly(1, 1);
    assertThat(read.dataRows()).isEqualTo(8);
    assertThat(read.skippedRows()).isEqualTo(6);
    ColumnResult x = read.valueColumn().orElseThrow();
    ColumnResult w = read.weightColumn().orElseThrow();
    assertThat(x.skipped()).isEqualTo(Map.of(SkipReason.NA, 1L, SkipReason.TEXT, 1L));
    assertThat(w.skipped())
        .isEqualTo(
            Map.of(
                SkipReason.EMPTY, 1L,
                SkipReason.TEXT, 1L,
                SkipReason.NAN, 1L,
                SkipReason.NA, 1L,
                SkipReason.MISSING, 1L));
    assertThat(x.kept()).isEqualTo(6);
    assertThat(w.kept()).isEqualTo(3);
    assertThat(x.firstSkipped()).extracting(SkippedRow::lineNumber).containsExactly(3L, 8L);
    assertThat(w.firstSkipped())
        .extracting(SkippedRow::lineNumber)
        .containsExactly(4L, 5L, 7L, 8L, 9L);
    assertThat(w.firstSkipped().get(1).text()).isEqualTo("4,abc");
    assertThat(x.sample()).isEmpty();
  }

  @Test
  void aNegativeWeightIsRefusedWithItsLine() throws IOException {
    Path file = write("x,w\n1,1\n2,3\n\n3,-2\n4,-0.5\n");
    PairedColumns read = read(file, COMMA.withHeader(true), "x", "w");
    assertThat(read.negativeWeightRows()).isEqualTo(2);
    assertThat(read.firstNegativeWeight()).contains(new PairedColumns.NegativeWeight(5, -2));
    assertThat(read.values()).containsExactly(1, 2);
    assertThat(read.kept() + read.skippedRows() + read.negativeWeightRows())
        .isEqualTo(read.dataRows());
  }

  @Test
  void quotedCellsAndLineBreaksInsideQuotesKeepLineNumbers() throws IOException {
    Path file = write("\"x\",\"w\"\n\"1.5\",\"2\"\n\"a\nb\",1\n\"2\",x\n");
    PairedColumns read = read(file, COMMA.withHeader(true), "x", "w");
    assertThat(read.values()).containsExactly(1.5);
    assertThat(read.valueColumn().orElseThrow().firstSkipped().get(0).lineNumber()).isEqualTo(3);
    assertThat(read.weightColumn().orElseThrow().firstSkipped().get(0).lineNumber()).isEqualTo(5);
  }

  @Test
  void semicolonsDecimalCommasBomAndCrlf() throws IOException {
    Path file = write("\uFEFFx;w\r\n1,5;2\r\n\"2,25\";0,5\r\n");
    CsvFormat format = new CsvFormat(Delimiter.SEMICOLON, ',', true, CsvEncoding.UTF_8);
    PairedColumns read = read(file, format, "x", "w");
    assertThat(read.problem()).isEmpty();
    assertThat(read.values()).containsExactly(1.5, 2.25);
    assertThat(read.weights()).containsExactly(2, 0.5);
    assertThat(read.valueColumn().orElseThrow().name()).isEqualTo("x");
  }

  @Test
  void utf16WithABomIsRead() throws IOException {
    Path file = dir.resolve("u16.csv");
    Files.writeString(file, "\uFEFFx,w\n1,2\n3,4\n", StandardCharsets.UTF_16LE);
    PairedColumns read = read(file, COMMA.withHeader(true), "x", "w");
    assertThat(read.values()).containsExactly(1, 3);
    assertThat(read.weights()).containsExactly(2, 4);
  }

  @Test
  void problemsAreValues() throws IOException {
    assertThat(read(write(""), COMMA, "1", "2").problem().orElseThrow().kind())
        .isEqualTo(CsvProblem.Kind.EMPTY_FILE);
    assertThat(
            read(write("x,w\n"), COMMA.withHeader(true), "x", "w").problem().orElseThrow().kind())
        .isEqualTo(CsvProblem.Kind.HEADER_ONLY);
    Path binary = Files.write(dir.resolve("b.bin"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7});
    assertThat(read(binary, COMMA, "1", "2").problem().orElseThrow().kind())
        .isEqualTo(CsvProblem.Kind.BINARY_FILE);
    PairedColumns quotes = read(write("x,w\n1,2\n\"3,4\n5,6\n"), COMMA.withHeader(true), "x", "w");
    assertThat(quotes.problem().orElseThrow().kind()).isEqualTo(CsvProblem.Kind.MALFORMED_QUOTES);
    assertThat(quotes.problem().orElseThrow().lineNumber()).isEqualTo(3);
    assertThat(quotes.values()).isEmpty();
  }

  @Test
  void aFifoIsRefusedBeforeItIsOpenedAndAProcFileIsRead() throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");
    assertThat(read(fifo, COMMA, "1", "2").problem().orElseThrow().kind())
        .isEqualTo(CsvProblem.Kind.NOT_A_FILE);
    Path proc = Path.of("/proc/self/mountinfo");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isReadable(proc) && Files.size(proc) == 0, "needs Linux /proc");
    PairedColumns mounts = read(proc, COMMA.withDelimiter(Delimiter.SPACES), "1", "2");
    assertThat(mounts.problem()).isEmpty();
    assertThat(mounts.kept()).isPositive();
  }

  @Test
  void cancellationIsAResult() throws IOException {
    StringBuilder text = new StringBuilder("x,w\n");
    for (int i = 0; i < 10_000; i++) {
      text.append(i).append(',').append(1).append('\n');
    }
    PairedColumns read =
        PairedColumnReader.read(
            write(text.toString()),
            COMMA.withHeader(true),
            ColumnSelector.parse("x"),
            ColumnSelector.parse("w"),
            CsvReadOptions.defaults().withCancelRequested(() -> true));
    assertThat(read.problem().orElseThrow().kind()).isEqualTo(CsvProblem.Kind.CANCELLED);
    assertThat(read.values()).isEmpty();
  }

  @Test
  void manyRowsGrowTheArraysAndKeepTheirOrder() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      text.append(i).append(',').append(i % 3).append('\n');
    }
    PairedColumns read = read(write(text.toString()), COMMA.withHeader(false), "1", "2");
    assertThat(read.kept()).isEqualTo(5000);
    assertThat(read.values()[4999]).isEqualTo(4999);
    assertThat(read.weights()[4999]).isEqualTo(4999 % 3);
  }
}
