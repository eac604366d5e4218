package org.probscope.app.cli;

import java.io.PrintStream;

/**
 * The command line: {@code families}, {@code calc}, {@code sample}, {@code gof}, ... (DESIGN.md).
 */
public final class Cli {

  private Cli() {}

  /** Whether the arguments name a command rather than a file to open in the window. */
  public static boolean isCommand(String[] args) {
    return args.length > 0 && !args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
  }

  /**
   * Runs one command.
   *
   * @return the exit status: 0 on success, 2 on bad input (one clear line on {@code err})
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    err.println("probscope: unknown command " + String.join(" ", args));
    return 2;
  }
}
