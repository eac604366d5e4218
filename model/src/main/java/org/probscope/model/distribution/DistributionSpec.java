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
    if (distribution instanceof AffineDistribution affine) {
      return AffineSpec.print(affine);
    }
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
    return parse(text, 0);
  }

  /** Parses a spec that sits {@code depth} levels inside others ({@link AffineSpec}). */
  static Validated<Distribution> parse(String text, int depth) {
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
    if (familyName.equals(AffineFamily.NAME)) {
      return AffineSpec.parse(m.group(2), depth);
    }
    var family = Families.byName(familyName);
    if (family.isEmpty()) {
      return Validated.invalid(Violation.unknownFamily(Echo.of(familyName)));
    }
    String body = m.group(2) == null ? "" : m.group(2);
    return parseArguments(family.get(), body);
  }

  private static Validated<Distribution> parseArguments(Family family, String body) {
    double[] values = family.defaults();
    List<Violation> problems = new ArrayList<>();
    List<String> arguments = body.isBlank() ? List.of() : Arrays.asList(body.split(",", -1));
    readArguments(family.name(), family.parameters(), arguments, values, problems);
    if (!problems.isEmpty()) {
      return Validated.invalid(capped(problems, arguments.size()));
    }
    return family.create(values);
  }

  /**
   * Reads {@code name=value} arguments of {@code owner}'s {@code parameters} into {@code values}
   * (which hold the defaults), adding a violation for each argument that is not one.
   */
  static void readArguments(
      String owner,
      List<Parameter> parameters,
      List<String> arguments,
      double[] values,
      List<Violation> problems) {
    boolean[] seen = new boolean[values.length];
    for (String argument : arguments) {
      readArgument(owner, parameters, argument, values, seen, problems);
    }
  }

  /**
   * At most {@link #MAX_VIOLATIONS} problems and a count of the rest: a pasted megabyte must not
   * become a megabyte of messages.
   */
  static List<Violation> capped(List<Violation> problems, int arguments) {
    if (problems.size() <= MAX_VIOLATIONS) {
      return problems;
    }
    int more = problems.size() - MAX_VIOLATIONS;
    List<Violation> kept = new ArrayList<>(problems.subList(0, MAX_VIOLATIONS));
    kept.add(
        Violation.ofSpec(
            "and "
                + more
                + " more problem"
                + (more == 1 ? "" : "s")
                + " in "
                + arguments
                + " arguments"));
    return kept;
  }

  private static void readArgument(
      String owner,
      List<Parameter> parameters,
      String argument,
      double[] values,
      boolean[] seen,
      List<Violation> problems) {
    int eq = argument.indexOf('=');
    if (eq < 0) {
      problems.add(
          Violation.ofSpec(
              "expected name=value in "
                  + owner
                  + "(...), got \""
                  + Echo.of(argument.strip())
                  + "\"; parameters are "
                  + names(parameters)));
      return;
    }
    String name = argument.substring(0, eq).strip().toLowerCase(Locale.ROOT);
    String number = argument.substring(eq + 1).strip();
    int index = indexOf(parameters, name);
    if (index < 0) {
      problems.add(
          Violation.ofSpec(
              owner
                  + " has no parameter \""
                  + Echo.of(name)
                  + "\"; parameters are "
                  + names(parameters)));
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

  private static int indexOf(List<Parameter> parameters, String name) {
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String names(List<Parameter> parameters) {
    return Arrays.toString(parameters.stream().map(Parameter::name).toArray());
  }
}
