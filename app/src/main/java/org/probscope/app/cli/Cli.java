package org.probscope.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The command line: {@code families}, {@code calc}, {@code sample}, {@code gof}, {@code fit}
 * (DESIGN.md "Command line").
 *
 * <p>Output conventions shared by every command: results go to stdout as UTF-8, JSON with {@code
 * --json} and text otherwise; numbers are printed at full precision ({@link FullPrecision}). The
 * exit status is 0 on success, 2 on bad input with exactly one line on stderr ({@link
 * ErrorReporter}), and 1 for an internal error or output that could not be written (a full disk,
 * {@code /dev/full}, reported in one line; a pipe whose reader went away, as in {@code | head},
 * silently). No stack trace is ever printed. Arguments starting with {@code @} are taken as they
 * are: picocli's argument files are off, so {@code --data @file.csv} names a file and {@code
 * --target @x} is a spec that does not parse.
 *
 * <p>To add a command ({@code gof}, {@code compare}, {@code fit}), write one class per command in
 * this package like {@link CalcCommand} and add an instance to {@link #commands()}.
 */
public final class Cli {

  /** The name shown in usage texts: the command line ships inside the application jar. */
  static final String USAGE_NAME = "java -jar probscope.jar";

  /** The name that prefixes error lines. */
  static final String PROGRAM_NAME = "probscope";

  private static final int OUTPUT_BUFFER_CHARS = 1 << 16;

  /** The write error of a pipe whose reader has gone, as Linux words it. */
  private static final String BROKEN_PIPE = "Broken pipe";

  private Cli() {}

  /** The subcommands, in the order the top-level help lists them. */
  private static List<Object> commands(InputStream stdin) {
    // compare is added here when it lands
    return List.of(
        new FamiliesCommand(),
        new CalcCommand(),
        new SampleCommand(),
        new GofCommand(stdin),
        new FitCommand(stdin));
  }

  /**
   * Whether the arguments name a command rather than a file to open in the window. An option or a
   * command name is a command; a {@code .csv} name or an existing file opens the window; anything
   * else is treated as a (mistyped) command so that it gets a clear message instead of a window.
   */
  public static boolean isCommand(String[] args) {
    if (args.length == 0) {
      return false;
    }
    String first = args[0];
    if (first.startsWith("-")
        || commandLine(InputStream.nullInputStream()).getSubcommands().containsKey(first)) {
      return true;
    }
    return !(first.toLowerCase(Locale.ROOT).endsWith(".csv") || isExistingFile(first));
  }

  /**
   * Runs one command.
   *
   * @return the exit status: 0 on success, 2 on bad input (one clear line on {@code err}), 1 on an
   *     internal error (also one line)
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, InputStream.nullInputStream(), out, err);
  }

  /**
   * Runs one command that may read standard input ({@code --data -}).
   *
   * @param out standard output; a raw stream lets a write error name its cause
   * @return as {@link #run(String[], PrintStream, PrintStream)}
   */
  public static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
    ErrorRaisingOutputStream raising = new ErrorRaisingOutputStream(out);
    PrintWriter stdout =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(raising, StandardCharsets.UTF_8), OUTPUT_BUFFER_CHARS));
    PrintWriter stderr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cli = commandLine(in);
    cli.setOut(stdout);
    cli.setErr(stderr);
    int status;
    try {
      status = cli.execute(args);
    } finally {
      stdout.flush();
    }
    if (stdout.checkError() || raising.failure().isPresent()) {
      // a reader that went away (| head) chose to stop: no message, but not success either
      if (!reason(raising).equals(BROKEN_PIPE)) {
        stderr.println(PROGRAM_NAME + ": cannot write the output: " + reason(raising));
      }
      status = ErrorReporter.INTERNAL_ERROR;
    }
    stderr.flush();
    return status;
  }

  private static String reason(ErrorRaisingOutputStream raising) {
    return raising
        .failure()
        .map(IOException::getMessage)
        .filter(message -> !message.isBlank())
        .orElse("the output could not be written");
  }

  private static CommandLine commandLine(InputStream stdin) {
    CommandLine cli = new CommandLine(new ProbscopeCommand());
    for (Object command : commands(stdin)) {
      cli.addSubcommand(command);
    }
    cli.setExpandAtFiles(false);
    ErrorReporter errors = new ErrorReporter();
    cli.setParameterExceptionHandler(errors);
    cli.setExecutionExceptionHandler(errors);
    return cli;
  }

  private static boolean isExistingFile(String name) {
    try {
      return Files.isRegularFile(Path.of(name));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
