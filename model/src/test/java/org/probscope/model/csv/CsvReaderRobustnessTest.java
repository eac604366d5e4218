package org.probscope.model.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever bytes a file holds, detection and reading return a result and do not throw. Inputs are
 * at most a few kilobytes and the line cap is small, so every try ends quickly; a hang would show
 * as a test that never finishes.
 */
class CsvReaderRobustnessTest {

  private static final byte[] VALID =
      ("id;value;note\r\n1;1,5;\"a \"\"quoted\"\" note\"\r\n2;NA;\n\n3;-2,5e3;\"x\ny\"\r\n"
              + "4;inf;plain\r\n")
          .getBytes(StandardCharsets.UTF_8);

  private static Path dir;

  @BeforeContainer
  static void createDirectory() throws IOException {
    dir = Files.createTempDirectory("csv-fuzz");
  }

  @AfterContainer
  static void deleteDirectory() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  @Property(tries = 300)
  void randomBytesNeverThrow(@ForAll @Size(max = 3000) byte[] bytes) {
    assertReadable(bytes);
  }

  @Property(tries = 300)
  void mutatedCsvNeverThrows(@ForAll("mutations") byte[] bytes) {
    assertReadable(bytes);
  }

  @Property(tries = 100)
  void textFromCsvCharactersNeverThrows(@ForAll("csvLikeText") String text) {
    assertReadable(text.getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<byte[]> mutations() {
    Arbitrary<int[]> edit = Arbitraries.integers().between(0, 10_000).array(int[].class).ofSize(3);
    return edit.list()
        .ofMaxSize(12)
        .map(
            edits -> {
              byte[] bytes = VALID.clone();
              for (int[] e : edits) {
                bytes[e[0] % bytes.length] = (byte) e[1];
                if (e[2] % 7 == 0) {
                  bytes = java.util.Arrays.copyOf(bytes, e[2] % bytes.length);
                  if (bytes.length == 0) {
                    break;
                  }
                }
              }
              return bytes;
            });
  }

  @Provide
  Arbitrary<String> csvLikeText() {
    return Arbitraries.strings().withChars("0123456789.,;\t \"\r\neE+-naifNAé").ofMaxLength(400);
  }

  private static void assertReadable(byte[] bytes) {
    Path file = write(bytes);
    CsvInspection inspection = CsvDetector.inspect(file);
    assertThat(inspection).isNotNull();
    CsvReadOptions options = CsvReadOptions.defaults().withMaxLineBytes(256);
    for (CsvFormat format :
        List.of(
            inspection.format(),
            inspection.format().withDelimiter(Delimiter.SPACES).withHeader(false),
            CsvFormat.standard().withDecimalSeparator(','))) {
      CsvLoadResult result =
          CsvColumnReader.read(
              file,
              format,
              List.of(ColumnSelector.position(1), ColumnSelector.parse("2")),
              options);
      assertThat(result.message()).isNotNull();
      if (result.isComplete()) {
        assertThat(result.columns()).hasSize(2);
        for (ColumnResult column : result.columns()) {
          assertThat(column.sample().map(s -> (long) s.size()).orElse(0L)).isEqualTo(column.kept());
        }
      }
    }
  }

  private static Path write(byte[] bytes) {
    try {
      Path file = dir.resolve("fuzz.csv");
      Files.write(file, bytes);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(tries = 50)
  void overLongLinesStopCleanly(@ForAll @IntRange(min = 300, max = 5000) int length) {
    byte[] bytes = ("x\n1\n" + "7".repeat(length) + "\n2\n").getBytes(StandardCharsets.US_ASCII);
    Path file = write(bytes);
    CsvLoadResult result =
        CsvColumnReader.read(
            file,
            CsvFormat.standard(),
            List.of(ColumnSelector.position(1)),
            CsvReadOptions.defaults().withMaxLineBytes(256));
    assertThat(result.problem().orElseThrow().kind()).isEqualTo(CsvProblem.Kind.LINE_TOO_LONG);
    assertThat(result.problem().orElseThrow().lineNumber()).isEqualTo(3);
  }
}
