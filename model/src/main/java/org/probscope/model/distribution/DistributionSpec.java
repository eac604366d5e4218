package org.probscope.model.distribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probscope.model.text.Echo;

/**
 * Reads and prints the spec syntax of DESIGN.md: {@code family(name=value, name=value, ...)}.
 *
 * <p>Printing uses lowercase names and numbers that parse back to the same double, so {@code
 * parse(print(d))} equals {@code d}. Parsing is lenient where it cannot be ambiguous: any case, any
 * spacing, parameters in any order, omitted parameters take their defaults. It is strict about
 * numbers (plain or scientific notation with a dot; no NaN, no infinities, no hex), unknown or
 * repeated names, and every domain rule of the family.
 */
public final class DistributionSpec {

  private static final Pattern SPEC =
      Pattern.compile("\\s*([A-Za-z][A-Za-z0-9]*)\\s*(?:\\((.*)\\))?\\s*", Pattern.DOTALL);
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  /** At most this many problems of one spec are reported (then a count of the rest). */
  static final int MAX_VIOLATIONS = 5;

  private DistributionSpec() {}

  /** Prints {@code family(name=value, ...)} with every parameter in the family's order. */
  public static String print(Distribution distribution) {
    Family family = distribution.family();
    double[] values = distribution.parameters();
    StringBuilder out = new StringBuilder(family.name()).append('(');
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(family.parameters().get(i).name())
          .append('=')
          .append(SpecNumbers.format(values[i]));
    }
    return out.append(')').toString();
  }

  /** Parses a spec, reporting every problem found rather than throwing. */
  public static Validated<Distribution> parse(String text) {
    if (text == null || text.isBlank()) {
      return Validated.invalid(Violation.ofSpec("empty spec: expected family(name=value, ...)"));
    }
    Matcher m = SPEC.matcher(text);
    if (!m.matches()) {
      return Validated.invalid(
          Violation.ofSpec(
              "cannot read \"" + Echo.of(text.strip()) + "\": expected family(name=value, ...)"));
    }
    String familyName = m.group(1).toLowerCase(Locale.ROOT);
    var family = Families.byName(familyName);
    if (family.isEmpty()) {
      return Validated.invalid(Violation.unknownFamily(Echo.of(familyName)));
    }
    String body = m.group(2) == null ? "" : m.group(2);
    return parseArguments(family.get(), body);
  }

  private static Validated<Distribution> parseArguments(Family family, String body) {
    double[] values = family.defaults();
    boolean[] seen = new boolean[values.length];
    List<Violation> problems = new ArrayList<>();
    if (!body.isBlank()) {
      String[] arguments = body.split(",", -1);
      for (String argument : arguments) {
        readArgument(family, argument, values, seen, problems);
      }
      if (problems.size() > MAX_VIOLATIONS) {
        // a pasted megabyte must not become a megabyte of messages
        int more = problems.size() - MAX_VIOLATIONS;
        problems.subList(MAX_VIOLATIONS, problems.size()).clear();
        problems.add(
            Violation.ofSpec(
                "and "
                    + more
                    + " more problem"
                    + (more == 1 ? "" : "s")
                    + " in "
                    + arguments.length
                    + " arguments"));
      }
    }
    if (!problems.isEmpty()) {
      return Validated.invalid(problems);
    }
    return family.create(values);
  }

  private static void readArgument(
      Family family, String argument, double[] values, boolean[] seen, List<Violation> problems) {
    int eq = argument.indexOf('=');
    if (eq < 0) {
      problems.add(
          Violation.ofSpec(
              "expected name=value in "
                  + family.name()
                  + "(...), got \""
                  + Echo.of(argument.strip())
                  + "\"; parameters are "
                  + names(family)));
      return;
    }
    String name = argument.substring(0, eq).strip().toLowerCase(Locale.ROOT);
    String number = argument.substring(eq + 1).strip();
    int index = family.indexOf(name);
    if (index < 0) {
      problems.add(
          Violation.ofSpec(
              family.name()
                  + " has no parameter \""
                  + Echo.of(name)
                  + "\"; parameters are "
                  + names(family)));
    } else if (seen[index]) {
      problems.add(new Violation(name, name + " is given twice"));
    } else if (!NUMBER.matcher(number).matches()) {
      problems.add(
          new Violation(name, name + " must be a number, got \"" + Echo.of(number) + "\""));
    } else {
      seen[index] = true;
      values[index] = Double.parseDouble(number);
    }
  }

  private static String names(Family family) {
    return Arrays.toString(family.parameters().stream().map(Parameter::name).toArray());
  }
}
