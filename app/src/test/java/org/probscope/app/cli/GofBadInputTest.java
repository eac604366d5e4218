package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input of {@code gof}: exit 2, nothing on stdout, exactly one line on stderr that says
 * what failed and names the option it is about.
 */
class GofBadInputTest {

  private static final String GOOD_CSV = "x,label\n0.5,a\n-0.25,b\n1.5,c\n";

  @TempDir Path dir;

  @Test
  void missingFile() {
    assertBadInput(
        "probscope gof: --data: no such file: " + dir.resolve("absent.csv"),
        dir.resolve("absent.csv"),
        "--target",
        "normal");
  }

  @Test
  void directoryInsteadOfAFile() {
    assertBadInput("is a directory, not a data file", dir, "--target", "normal");
  }

  /**
   * A file that exists and has read permission but cannot be opened for reading: a Unix-domain
   * socket (permissions would not do, the build may run as root, who reads anything).
   */
  @Test
  void unreadableFile() throws IOException {
    Path socket = dir.resolve("socket.csv");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));

      assertBadInput("--data: cannot read socket.csv", socket, "--target", "normal");
    }
  }

  @Test
  void emptyFile() throws IOException {
    assertBadInput(
        "--data: " + dir.resolve("empty.csv") + ": the file is empty (no rows)",
        write("empty.csv", ""),
        "--target",
        "normal");
  }

  @Test
  void blankLinesOnlyAreAnEmptyFile() throws IOException {
    assertBadInput("the file is empty", write("blank.csv", "\n  \n\r\n"), "--target", "normal");
  }

  @Test
  void headerOnlyFile() throws IOException {
    assertBadInput(
        "only a header row (x, label), no data rows",
        write("header.csv", "x,label\n"),
        "--target",
        "normal");
  }

  @Test
  void headerlessTextualFile() throws IOException {
    assertBadInput(
        "no numbers: no header row was found, and every one of the 3 rows of column 1 is text",
        write("notes.txt", "shopping list\nmilk\nbread\n"),
        "--target",
        "normal");
  }

  @Test
  void binaryFile() throws IOException {
    Path file = dir.resolve("image.csv");
    Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0});

    assertBadInput(
        "--data: image.csv is not a text file (it starts with bytes 89 50 4E 47",
        file,
        "--target",
        "normal");
  }

  @Test
  void unknownColumnName() throws IOException {
    assertBadInput(
        "probscope gof: --column: no column 'y' (the header has 2 columns: x, label)",
        write("good.csv", GOOD_CSV),
        "--column",
        "y",
        "--target",
        "normal");
  }

  @Test
  void columnIndexBeyondTheHeader() throws IOException {
    assertBadInput(
        "--column: no column '3' (the header has 2 columns: x, label)",
        write("good.csv", GOOD_CSV),
        "--column",
        "3",
        "--target",
        "normal");
  }

  @Test
  void columnWithoutNumericValues() throws IOException {
    assertBadInput(
        "--data: "
            + dir.resolve("good.csv")
            + ": no numeric values in column 'label' (3 rows: 3 text)",
        write("good.csv", GOOD_CSV),
        "--column",
        "label",
        "--target",
        "normal");
  }

  @Test
  void badSpec() throws IOException {
    assertBadInput(
        "probscope gof: --target: normal: sd must be > 0 (got -1)",
        write("good.csv", GOOD_CSV),
        "--target",
        "normal(mean=0, sd=-1)");
  }

  @Test
  void unknownFamily() throws IOException {
    assertBadInput(
        "--target: unknown family \"gauss\"", write("good.csv", GOOD_CSV), "--target", "gauss");
  }

  @Test
  void alphaOutsideTheOpenUnitInterval() throws IOException {
    Path csv = write("good.csv", GOOD_CSV);
    for (String alpha : List.of("0", "1", "1.5", "-0.05", "inf")) {
      assertBadInput(
          "probscope gof: --alpha: must be in (0, 1) (got " + alpha + ")",
          csv,
          "--target",
          "normal",
          "--alpha",
          alpha);
    }
  }

  @Test
  void alphaThatIsNotANumber() throws IOException {
    Path csv = write("good.csv", GOOD_CSV);
    for (String alpha : List.of("abc", "NaN", "5%")) {
      assertBadInput(
          "--alpha: expected a number, got '" + alpha + "'",
          csv,
          "--target",
          "normal",
          "--alpha",
          alpha);
    }
  }

  @Test
  void missingTargetOrData() throws IOException {
    Path csv = write("good.csv", GOOD_CSV);
    CommandRun noTarget = CommandRun.of("gof", "--data", csv.toString());
    CommandRun noData = CommandRun.of("gof", "--target", "normal");

    assertOneLine(noTarget, "missing required option: '--target=SPEC'");
    assertOneLine(noData, "missing required option: '--data=FILE'");
  }

  private void assertBadInput(String expected, Path data, String... args) {
    List<String> all = new ArrayList<>(List.of("gof", "--data", data.toString()));
    all.addAll(List.of(args));
    assertOneLine(CommandRun.of(all.toArray(String[]::new)), expected);
  }

  private static void assertOneLine(CommandRun run, String expected) {
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("probscope gof: ").contains(expected);
    assertThat(run.err()).doesNotContain("Exception");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
