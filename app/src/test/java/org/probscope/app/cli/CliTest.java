package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {

  @Test
  void topLevelHelpShowsTheJarUsageAndEveryCommand() {
    CommandRun run = CommandRun.of("--help");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("Usage: java -jar probscope.jar");
    assertThat(run.out()).contains("families", "calc", "sample");
  }

  @ParameterizedTest
  @ValueSource(strings = {"families", "calc", "sample"})
  void everyCommandHasHelpWithBothSpellings(String command) {
    for (String flag : new String[] {"--help", "-h"}) {
      CommandRun run = CommandRun.of(command, flag);

      assertThat(run.status()).isZero();
      assertThat(run.err()).isEmpty();
      assertThat(run.out()).startsWith("Usage: java -jar probscope.jar " + command);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "families", "calc", "sample"})
  void versionIsOneLineNamingTheProgram(String command) {
    CommandRun run = command.isEmpty() ? CommandRun.of("--version") : CommandRun.of(command, "-V");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines()).hasSize(1);
    assertThat(run.out()).startsWith("probscope ");
  }

  @Test
  void noArgumentsAndACsvFileOpenTheWindow() {
    assertThat(Cli.isCommand(new String[0])).isFalse();
    assertThat(Cli.isCommand(new String[] {"data.CSV"})).isFalse();
  }

  @Test
  void anExistingFileOfAnyNameOpensTheWindow(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("observations.txt"), "x\n1\n");

    assertThat(Cli.isCommand(new String[] {file.toString()})).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"families", "calc", "sample", "--help", "-V", "famlies"})
  void commandsOptionsAndTyposRunTheCommandLine(String first) {
    // a typo is treated as a command so that it gets a message, not an empty window
    assertThat(Cli.isCommand(new String[] {first, "--json"})).isTrue();
  }
}
