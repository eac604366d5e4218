package org.probscope.model.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7 items 17–19: rows lost to a stray quote, files that change while read, decimal commas
 * read as delimiters, long headers, non-regular files, UTF-16, stray control bytes and echoes.
 */
class CsvTrustTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static CsvLoadResult readDetected(Path file, String column) {
    CsvInspection inspection = CsvDetector.inspect(file);
    assertThat(inspection.problem()).isEmpty();
    return CsvColumnReader.read(file, inspection.format(), ColumnSelector.parse(column));
  }

  private static String rows(int from, int to) {
    StringBuilder text = new StringBuilder();
    for (int i = from; i <= to; i++) {
      text.append(i).append('\n');
    }
    return text.toString();
  }

  @Test
  void aStrayQuoteIsAnErrorAtItsLineNotASilentEndOfFile() throws IOException {
    // 30,000 rows, a stray quote before row 10 (line 11: the header is line 1)
    Path file = write("stray.csv", "x\n" + rows(1, 9) + "\"10\n" + rows(11, 30_000));

    CsvLoadResult result = readDetected(file, "x");

    assertThat(result.problem()).isPresent();
    assertThat(result.problem().get().kind()).isEqualTo(CsvProblem.Kind.MALFORMED_QUOTES);
    assertThat(result.problem().get().lineNumber()).isEqualTo(11);
    assertThat(result.problem().get().message()).startsWith("line 11: ").contains("never closed");
    assertThat(result.firstSample()).isEmpty();
  }

  @Test
  void anUnclosedQuoteOnTheLastLineIsAnErrorToo() throws IOException {
    Path file = write("last.csv", "x\n1\n2\n\"3\n");

    CsvLoadResult result = readDetected(file, "x");

    assertThat(result.problem().map(CsvProblem::lineNumber)).contains(4L);
  }

  @Test
  void anUnclosedQuoteInTheHeaderIsAnError() throws IOException {
    Path file = write("header.csv", "\"x\n1\n2\n");

    CsvLoadResult result =
        CsvColumnReader.read(file, CsvFormat.standard(), ColumnSelector.position(1));

    assertThat(result.problem().map(CsvProblem::kind)).contains(CsvProblem.Kind.MALFORMED_QUOTES);
  }

  @Test
  void closedQuotesStillRead() throws IOException {
    Path file = write("quoted.csv", "x,y\n\"1\",a\n\"2.5\",\"b,c\"\n3,\"multi\nline\"\n4,d\n");

    CsvLoadResult result = readDetected(file, "x");

    assertThat(result.problem()).isEmpty();
    assertThat(result.firstSample().orElseThrow().size()).isEqualTo(4);
  }

  @Test
  void aFileAppendedToWhileReadIsReported() throws IOException {
    Path file = write("growing.csv", "x\n" + rows(1, 50_000));
    CsvReadOptions options =
        CsvReadOptions.defaults()
            .withProgressIntervalBytes(64 * 1024)
            .withProgress(
                new ProgressListener() {
                  private boolean appended;

                  @Override
                  public void progress(long bytesRead, long totalBytes) {
                    if (!appended && bytesRead < totalBytes) {
                      appended = true;
                      append(file, "50001\n");
                    }
                  }
                });

    CsvLoadResult result =
        CsvColumnReader.read(
            file, CsvFormat.standard(), List.of(ColumnSelector.parse("x")), options);

    assertThat(result.problem().map(CsvProblem::kind)).contains(CsvProblem.Kind.FILE_CHANGED);
    assertThat(result.problem().get().message()).contains("grew from");
    assertThat(result.firstSample()).isEmpty();
  }

  @Test
  void aFileTruncatedWhileReadIsReported() throws IOException {
    Path file = write("shrinking.csv", "x\n" + rows(1, 50_000));
    CsvReadOptions options =
        CsvReadOptions.defaults()
            .withProgressIntervalBytes(64 * 1024)
            .withProgress(
                (bytesRead, totalBytes) -> {
                  if (bytesRead < totalBytes) {
                    truncate(file, 1000);
                  }
                });

    CsvLoadResult result =
        CsvColumnReader.read(
            file, CsvFormat.standard(), List.of(ColumnSelector.parse("x")), options);

    assertThat(result.problem().map(CsvProblem::kind)).contains(CsvProblem.Kind.FILE_CHANGED);
    assertThat(result.problem().get().message()).contains("shrank from");
  }

  private static void append(Path file, String text) {
    try {
      Files.writeString(file, text, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void truncate(Path file, long size) {
    try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
      if (channel.size() > size) {
        channel.truncate(size);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aSingleColumnOfDecimalCommasIsOneColumnOfDecimals() throws IOException {
    Path file = write("dc.csv", "x\n1,288\n2,5\n-0,125\n");

    CsvInspection inspection = CsvDetector.inspect(file);
    CsvLoadResult result =
        CsvColumnReader.read(file, inspection.format(), ColumnSelector.parse("x"));

    assertThat(inspection.format().decimalSeparator()).isEqualTo(',');
    assertThat(inspection.format().delimiter()).isNotEqualTo(Delimiter.COMMA);
    assertThat(result.firstSample().orElseThrow().sortedValues())
        .containsExactly(-0.125, 1.288, 2.5);
  }

  @Test
  void aThousandsSeparatorIsNotCutAtTheComma() throws IOException {
    Path file = write("thousands.csv", "x\n12,881.5\n3.5\n3,001.25\n");

    CsvLoadResult result = readDetected(file, "x");

    // not 12 and 3: the cells are text (thousands separators are not read) and are reported
    assertThat(result.firstSample().orElseThrow().originalValues()).containsExactly(3.5);
    assertThat(result.columns().get(0).skipped(SkipReason.TEXT)).isEqualTo(2);
    assertThat(result.columns().get(0).firstSkipped())
        .extracting(SkippedRow::lineNumber)
        .containsExactly(2L, 4L);
  }

  @Test
  void rowsWiderThanTheHeaderAreWarnedAbout() throws IOException {
    Path file = write("wide.csv", "a,b\n1,2,3\n4,5,6\n7,8\n");

    CsvInspection inspection = CsvDetector.preview(file, CsvFormat.standard());

    assertThat(inspection.warnings()).hasSize(1);
    assertThat(inspection.warnings().get(0))
        .startsWith("2 of the first 3 data rows have more cells (up to 3) than the header has");
  }

  @Test
  void commaAsDelimiterAndDecimalSeparatorIsWarnedAbout() throws IOException {
    Path file = write("cc.csv", "x\n1,5\n");
    CsvFormat both = new CsvFormat(Delimiter.COMMA, ',', true, CsvEncoding.UTF_8);

    assertThat(both.conflict()).isPresent();
    assertThat(CsvDetector.preview(file, both).warnings()).contains(both.conflict().get());
    assertThat(CsvFormat.standard().conflict()).isEmpty();
  }

  @Test
  void aHeaderLongerThanTheFirstBlockIsStillAHeader() throws IOException {
    StringBuilder text = new StringBuilder();
    int columns = 10_000;
    for (int i = 1; i <= columns; i++) {
      text.append(i == 1 ? "" : ",").append("column_name_").append(i);
    }
    assertThat(text.length()).isGreaterThan(FirstBlock.SIZE);
    text.append('\n');
    for (int row = 0; row < 3; row++) {
      for (int i = 1; i <= columns; i++) {
        text.append(i == 1 ? "" : ",").append(row + i);
      }
      text.append('\n');
    }
    Path file = write("wide-header.csv", text.toString());

    CsvInspection inspection = CsvDetector.inspect(file);
    CsvLoadResult result =
        CsvColumnReader.read(file, inspection.format(), ColumnSelector.parse("column_name_9999"));

    assertThat(inspection.format().header()).isTrue();
    assertThat(inspection.preview().columnNames()).hasSize(columns);
    assertThat(result.firstSample().orElseThrow().sortedValues())
        .containsExactly(9999.0, 10000.0, 10001.0);
  }

  @Test
  void aMissingColumnAmongManyNamesTheClosestFewAndTheCount() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 10_000; i++) {
      text.append(i == 1 ? "" : ",").append("c").append(i);
    }
    text.append('\n');
    for (int i = 1; i <= 10_000; i++) {
      text.append(i == 1 ? "" : ",").append(i);
    }
    Path file = write("many.csv", text.append('\n').toString());

    CsvLoadResult result =
        CsvColumnReader.read(file, CsvFormat.standard(), ColumnSelector.parse("c100000"));

    String message = result.problem().orElseThrow().message();
    assertThat(message).contains("10000 columns", "c10000").hasSizeLessThan(400);
  }

  @Test
  void aFifoIsRefusedBeforeItIsOpened() throws Exception {
    Path fifo = dir.resolve("pipe.csv");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "needs mkfifo");

    // with no writer, opening the FIFO would block this test for ever
    CsvInspection inspection = CsvDetector.inspect(fifo);
    CsvLoadResult result =
        CsvColumnReader.read(fifo, CsvFormat.standard(), ColumnSelector.position(1));

    assertThat(inspection.problem().map(CsvProblem::kind)).contains(CsvProblem.Kind.NOT_A_FILE);
    assertThat(result.problem().map(CsvProblem::kind)).contains(CsvProblem.Kind.NOT_A_FILE);
    assertThat(result.problem().get().message()).startsWith("pipe.csv is not a regular file");
  }

  @Test
  void aProcFileIsReadThoughItsSizeReadsAsZero() throws IOException {
    Path proc = Path.of("/proc/self/mountinfo");
    Assumptions.assumeTrue(Files.isReadable(proc) && Files.size(proc) == 0, "needs Linux /proc");

    CsvInspection inspection = CsvDetector.inspect(proc);
    CsvLoadResult result =
        CsvColumnReader.read(
            proc, inspection.format().withDelimiter(Delimiter.SPACES), ColumnSelector.position(1));

    assertThat(inspection.problem()).isEmpty();
    assertThat(result.problem()).isEmpty();
    assertThat(result.firstSample()).isPresent();
  }

  @Test
  void aStreamIsCopiedAndTheCopyDeleted() throws IOException {
    Path copied;
    try (CsvSpool spool =
        CsvSpool.copy(
            new java.io.ByteArrayInputStream("x\n1\n2\n".getBytes(StandardCharsets.UTF_8)),
            "stdin")) {
      copied = spool.file();
      assertThat(copied.getFileName()).hasToString("stdin");
      CsvLoadResult result = readDetected(copied, "x");
      assertThat(result.firstSample().orElseThrow().size()).isEqualTo(2);
    }
    assertThat(copied).doesNotExist();
    assertThat(copied.getParent()).doesNotExist();
  }

  @Test
  void utf16WithAByteOrderMarkIsRead() throws IOException {
    String text = "name;wert\nä;1,5\nö;-2,25\nü;3e2\n";
    for (String charset : new String[] {"UTF-16LE", "UTF-16BE"}) {
      Path file = Files.write(dir.resolve(charset + ".csv"), ("\uFEFF" + text).getBytes(charset));

      CsvInspection inspection = CsvDetector.inspect(file);
      CsvLoadResult result =
          CsvColumnReader.read(file, inspection.format(), ColumnSelector.parse("wert"));

      assertThat(inspection.problem()).as(charset).isEmpty();
      assertThat(inspection.byteOrderMark()).isTrue();
      assertThat(inspection.preview().columnNames()).containsExactly("name", "wert");
      assertThat(inspection.preview().rows().get(0)).containsExactly("ä", "1,5");
      assertThat(result.firstSample().orElseThrow().originalValues())
          .containsExactly(1.5, -2.25, 300.0);
    }
  }

  @Test
  void utf16WithoutAByteOrderMarkAndUtf32AreNamedAsUnsupported() throws IOException {
    Path bare = Files.write(dir.resolve("bare.csv"), "x\n1.5\n2.5\n".getBytes("UTF-16LE"));
    byte[] utf32 = "\uFEFFx\n1\n".getBytes("UTF-32LE");
    Path wide = Files.write(dir.resolve("u32.csv"), utf32);

    for (Path file : List.of(bare, wide)) {
      CsvInspection inspection = CsvDetector.inspect(file);
      CsvLoadResult result =
          CsvColumnReader.read(file, CsvFormat.standard(), ColumnSelector.position(1));
      assertThat(inspection.problem().map(CsvProblem::kind))
          .contains(CsvProblem.Kind.UNSUPPORTED_ENCODING);
      assertThat(result.problem().map(CsvProblem::kind))
          .contains(CsvProblem.Kind.UNSUPPORTED_ENCODING);
      assertThat(inspection.problem().get().message()).contains("not supported", "iconv");
    }
    assertThat(CsvDetector.inspect(bare).problem().get().message()).contains("UTF-16LE");
    assertThat(CsvDetector.inspect(wide).problem().get().message()).contains("UTF-32LE");
  }

  @Test
  void aFewControlBytesAreCellsToSkipNotABinaryFile() throws IOException {
    Path file = write("ctl.csv", "x\n1\n\u0001\u0002\n2\n\u0003\u0004\n3\n");

    CsvLoadResult result = readDetected(file, "x");

    assertThat(result.problem()).isEmpty();
    assertThat(result.columns().get(0).kept()).isEqualTo(3);
    assertThat(result.columns().get(0).skipped(SkipReason.TEXT)).isEqualTo(2);
  }

  @Test
  void controlCharactersInAHeaderNeverReachAMessageRaw() throws IOException {
    Path file = write("esc.csv", "\u001b[2Jname\u0007,b\n1,2\n");

    CsvLoadResult result =
        CsvColumnReader.read(file, CsvFormat.standard(), ColumnSelector.parse("nope"));
    CsvLoadResult headerOnly =
        CsvColumnReader.read(
            write("esc2.csv", "\u001b[31mred\n"), CsvFormat.standard(), ColumnSelector.position(1));

    String message = result.problem().orElseThrow().message();
    assertThat(message).contains("\\u001B[2Jname\\u0007").doesNotContain("\u001b", "\u0007");
    assertThat(headerOnly.problem().orElseThrow().message()).doesNotContain("\u001b");
  }

  @Test
  void skippedRowTextIsEscaped() throws IOException {
    Path file = write("skip.csv", "x\n1\nab\u001b[2Jc\n");

    ColumnResult column = readDetected(file, "x").columns().get(0);

    assertThat(column.summary()).doesNotContain("\u001b");
    assertThat(column.firstSkipped().get(0).text()).doesNotContain("\u001b");
  }

  @Test
  void optionalIsEmptyWhenTheFormatIsFine() {
    assertThat(CsvFormat.standard().conflict()).isEqualTo(Optional.empty());
  }
}
