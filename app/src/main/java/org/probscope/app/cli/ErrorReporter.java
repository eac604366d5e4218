package org.probscope.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.probscope.model.text.Echo;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into exactly one line on stderr, {@code probscope COMMAND: message}, and an
 * exit status: 2 for bad input, 1 for an internal error. Never prints the usage block or a stack
 * trace; usage errors end with a hint to the command's {@code --help}.
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {

  static final int BAD_INPUT = 2;
  static final int INTERNAL_ERROR = 1;

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine where = ex.getCommandLine();
    where.getErr().println(oneLine(programName(where) + ": " + describe(ex, where)));
    return BAD_INPUT;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine where, ParseResult parseResult) {
    where
        .getErr()
        .println(oneLine(programName(where) + ": internal error, please report it: " + ex));
    return INTERNAL_ERROR;
  }

  private static String describe(ParameterException ex, CommandLine where) {
    ArgSpec arg = ex.getArgSpec();
    if (ex.getCause() instanceof TypeConversionException conversion
        && arg instanceof OptionSpec option) {
      // our converters write the whole reason; only the option name is missing
      return option.longestName() + ": " + conversion.getMessage();
    }
    if (ex instanceof UnmatchedArgumentException unmatched) {
      return describeUnmatched(unmatched, where);
    }
    if (ex instanceof MissingParameterException missing && isChoice(missing.getMissing())) {
      // picocli would print the group's whole synopsis; the choice reads better
      return "give one of " + choices(missing.getMissing()) + helpHint(where);
    }
    return plain(ex.getMessage()) + helpHint(where);
  }

  private static String describeUnmatched(UnmatchedArgumentException ex, CommandLine where) {
    List<String> arguments = ex.getUnmatched();
    boolean atTopLevel = where.getParent() == null;
    boolean isWord = !arguments.isEmpty() && !arguments.get(0).startsWith("-");
    if (isWord && atTopLevel) {
      return "unknown command '"
          + arguments.get(0)
          + "'; commands are "
          + String.join(", ", where.getSubcommands().keySet());
    }
    if (isWord) {
      return "unexpected argument '" + arguments.get(0) + "'" + helpHint(where);
    }
    String message = plain(ex.getMessage());
    List<String> suggestions = ex.getSuggestions();
    if (!suggestions.isEmpty()) {
      message += "; did you mean " + String.join(" or ", suggestions) + "?";
    }
    return message + helpHint(where);
  }

  private static String helpHint(CommandLine where) {
    return " (see '" + where.getCommandSpec().qualifiedName() + " --help')";
  }

  /** {@code probscope} or {@code probscope calc}: the usage name is too long for every line. */
  static String programName(CommandLine where) {
    List<String> names = new ArrayList<>();
    for (CommandLine c = where; c.getParent() != null; c = c.getParent()) {
      names.add(0, c.getCommandName());
    }
    names.add(0, Cli.PROGRAM_NAME);
    return String.join(" ", names);
  }

  private static boolean isChoice(List<ArgSpec> missing) {
    return !missing.isEmpty()
        && missing.stream().allMatch(a -> a.group() != null && a.group().exclusive());
  }

  private static String choices(List<ArgSpec> missing) {
    return missing.stream()
        .map(
            a ->
                a instanceof OptionSpec o ? o.longestName() + " " + o.paramLabel() : a.paramLabel())
        .collect(Collectors.joining(" or "));
  }

  /** picocli's message without its "Error: " prefix and capital, to match ours. */
  private static String plain(String message) {
    String text = message == null ? "invalid arguments" : message;
    if (text.startsWith("Error: ")) {
      text = text.substring("Error: ".length());
    }
    return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * The promise is one line: a message from a library may carry line breaks of its own, and user
   * text quoted in it may hold control characters (escaped, so that none reaches the terminal).
   * Messages quote user text through {@link Echo}, which cuts it short; the cap here is the last
   * line of defence.
   */
  static String oneLine(String text) {
    return Echo.of(text.strip().replaceAll("\\s*\\R\\s*", "; "), MAX_LINE_CHARS);
  }

  /** The longest error line printed. */
  static final int MAX_LINE_CHARS = 2000;
}
