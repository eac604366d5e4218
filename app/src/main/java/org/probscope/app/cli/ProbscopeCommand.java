package org.probscope.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top level: only help, version, and the subcommands {@link Cli} adds. */
@Command(
    name = Cli.USAGE_NAME,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Explore probability distributions.",
      "Without arguments, or with a CSV file, opens the window;",
      "with a command, runs it and prints the result."
    },
    footer = {
      "",
      "A distribution is written as a spec, family(name=value, ...), for example",
      "'normal(mean=0, sd=1)'; parameters left out take their defaults. The families",
      "command lists every family and parameter.",
      "Exit status: 0 success, 2 bad input (one line on stderr), 1 internal error."
    })
final class ProbscopeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "no command given; commands are "
            + String.join(", ", spec.commandLine().getSubcommands().keySet()));
  }
}
