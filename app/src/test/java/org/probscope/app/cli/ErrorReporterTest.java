package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class ErrorReporterTest {

  @Command(name = "broken")
  static final class Broken implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug\nwith a second line");
    }
  }

  @Test
  void anInternalErrorIsOneLineWithStatusOneAndNoStackTrace() {
    CommandLine cli = new CommandLine(new Broken());
    ErrorReporter reporter = new ErrorReporter();
    cli.setExecutionExceptionHandler(reporter);
    cli.setParameterExceptionHandler(reporter);
    StringWriter err = new StringWriter();
    cli.setErr(new PrintWriter(err, true));

    int status = cli.execute();

    assertThat(status).isEqualTo(1);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString())
        .startsWith("probscope: internal error")
        .contains("a bug; with a second line")
        .doesNotContain("\tat ");
  }
}
