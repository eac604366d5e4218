package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 7 items 15, 16 and 18: arguments starting with {@code @}, output that cannot be written,
 * and data from standard input.
 */
class CliStreamsTest {

  @TempDir Path dir;

  @Test
  void anAtArgumentIsASpecThatDoesNotParseNotAnArgumentFile() {
    CommandRun run = CommandRun.of("calc", "--target", "@.", "--x", "1");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("probscope calc: --target: cannot read \"@.\"");
    assertThat(run.err()).doesNotContain("at picocli", "Exception");
  }

  @Test
  void anAtFileNameIsAFileNameAndIsNotExpanded() throws IOException {
    Path listed = Files.writeString(dir.resolve("args.txt"), "families\n");
    CommandRun run = CommandRun.of("@" + listed);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).contains("unknown command '@" + listed + "'");
  }

  @Test
  void dataStartingWithAtNamesThatFile() throws IOException {
    Files.writeString(dir.resolve("@data.csv"), "x\n0.5\n-0.25\n1\n");
    CommandRun missing =
        CommandRun.of("gof", "--data", "@" + dir.resolve("nothere.csv"), "--target", "normal");
    CommandRun present =
        CommandRun.of("gof", "--data", dir.resolve("@data.csv").toString(), "--target", "normal");

    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file: @").doesNotContain("at picocli");
    assertThat(present.status()).isZero();
    assertThat(present.out()).contains("n        3");
  }

  static Stream<Arguments> commandsThatPrint() {
    return Stream.of(
        Arguments.of((Object) new String[] {"calc", "--target", "normal", "--x", "1"}),
        Arguments.of((Object) new String[] {"calc", "--target", "normal", "--x", "1", "--json"}),
        Arguments.of((Object) new String[] {"calc", "--target", "gamma", "--p", "0.5", "--json"}),
        Arguments.of((Object) new String[] {"families"}),
        Arguments.of((Object) new String[] {"families", "--json"}),
        Arguments.of((Object) new String[] {"sample", "--target", "normal", "-n", "100000"}),
        Arguments.of((Object) new String[] {"--help"}),
        Arguments.of((Object) new String[] {"--version"}));
  }

  @ParameterizedTest
  @MethodSource("commandsThatPrint")
  void outputThatCannotBeWrittenExitsOneWithTheReason(String[] args) {
    for (int accepted : new int[] {0, 7}) {
      CommandRun run = CommandRun.intoFullDisk(accepted, args);

      assertThat(run.status()).as("accepted %d bytes", accepted).isEqualTo(1);
      assertThat(run.errLines())
          .containsExactly("probscope: cannot write the output: No space left on device");
    }
  }

  @Test
  void gofJsonIntoAFullDiskExitsOne() throws IOException {
    Path data = Files.writeString(dir.resolve("d.csv"), "x\n0.5\n-0.25\n1\n");
    CommandRun run =
        CommandRun.intoFullDisk(
            3, "gof", "--data", data.toString(), "--target", "normal", "--json");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("No space left on device");
  }

  @Test
  void badInputStillExitsTwoWhenNothingWasPrinted() {
    CommandRun run = CommandRun.intoFullDisk(0, "calc", "--target", "normal(sd=-1)", "--x", "1");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
  }

  @Test
  void dashReadsStandardInput() {
    CommandRun run =
        CommandRun.withInput("x\n0.5\n-0.25\n1\nNA\n", "gof", "--data", "-", "--target", "normal");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("data     - (", "n        3");
  }

  @Test
  void emptyStandardInputIsAnEmptyFile() {
    CommandRun run = CommandRun.withInput("", "gof", "--data", "-", "--target", "normal");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly("probscope gof: --data: standard input: the file is empty (no rows)");
  }

  @Test
  void standardInputProblemsNameTheInputNotTheTemporaryCopy() {
    CommandRun run =
        CommandRun.withInput("x\nfoo\nbar\n", "gof", "--data", "-", "--target", "normal");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("probscope gof: --data: standard input: ")
        .doesNotContain("probscope-input");
  }

  @Test
  void aProcFileIsReadThoughItsSizeReadsAsZero() throws IOException {
    Path proc = Path.of("/proc/self/mountinfo");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isReadable(proc) && Files.size(proc) == 0, "needs a Linux /proc");
    // mountinfo starts with numeric mount ids: the first column is numbers
    CommandRun run =
        CommandRun.of("gof", "--data", proc.toString(), "--column", "1", "--target", "normal");

    assertThat(run.err()).doesNotContain("empty");
    assertThat(run.status()).isZero();
  }
}
