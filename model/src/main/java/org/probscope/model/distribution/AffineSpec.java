package org.probscope.model.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probscope.model.text.Echo;

/**
 * Reads and prints {@code affine(SPEC, shift=s, scale=c)}: the inner spec first, then the two
 * transform parameters in either order, each defaulting (shift 0, scale 1). A problem of the inner
 * spec is reported with the inner family's name in front ({@code studentt: df must be > 0 (got
 * -1)}); one of the transform with the parameter's own name.
 */
final class AffineSpec {

  /** How deep specs may nest: far more than any real spec, few enough for a small stack. */
  static final int MAX_DEPTH = 8;

  private static final String FORM = AffineFamily.NAME + "(SPEC, shift=s, scale=c)";
  private static final Pattern NAMED_ARGUMENT =
      Pattern.compile("\\s*[A-Za-z][A-Za-z0-9]*\\s*=.*", Pattern.DOTALL);
  private static final Pattern LEADING_NAME = Pattern.compile("\\s*([A-Za-z][A-Za-z0-9]*)");

  private AffineSpec() {}

  static String print(AffineDistribution d) {
    return AffineFamily.NAME
        + "("
        + DistributionSpec.print(d.base())
        + ", "
        + AffineFamily.SHIFT
        + "="
        + SpecNumbers.format(d.shift())
        + ", "
        + AffineFamily.SCALE
        + "="
        + SpecNumbers.format(d.scale())
        + ")";
  }

  /**
   * @param body the text between the outer parentheses, null when there were none
   * @param depth how many specs this one sits inside
   */
  static Validated<Distribution> parse(String body, int depth) {
    if (depth >= MAX_DEPTH) {
      return Validated.invalid(
          Violation.ofSpec("specs nest at most " + MAX_DEPTH + " levels deep"));
    }
    if (body == null || body.isBlank()) {
      return Validated.invalid(
          Violation.ofSpec(AffineFamily.NAME + " needs the distribution to transform: " + FORM));
    }
    List<String> arguments = topLevelArguments(body);
    if (arguments == null) {
      return Validated.invalid(
          Violation.ofSpec(
              "unbalanced parentheses in "
                  + AffineFamily.NAME
                  + "("
                  + Echo.of(body)
                  + "): expected "
                  + FORM));
    }
    String inner = arguments.get(0);
    if (inner.isBlank() || NAMED_ARGUMENT.matcher(inner).matches()) {
      return Validated.invalid(
          Violation.ofSpec(
              AffineFamily.NAME
                  + "(...) starts with the distribution to transform, got \""
                  + Echo.of(inner.strip())
                  + "\": expected "
                  + FORM));
    }
    List<Violation> problems = new ArrayList<>();
    Validated<Distribution> base = DistributionSpec.parse(inner, depth + 1);
    if (base.isValid()) {
      AffineFamily.checkBase(base.orElseThrow().family()).ifPresent(problems::add);
    } else {
      String prefix = innerName(inner);
      base.violations().forEach(v -> problems.add(prefixed(prefix, v)));
    }
    double[] values = {0, 1};
    DistributionSpec.readArguments(
        AffineFamily.NAME,
        AffineFamily.TRANSFORM,
        arguments.subList(1, arguments.size()),
        values,
        problems);
    for (int i = 0; i < values.length; i++) {
      AffineFamily.TRANSFORM.get(i).check(values[i]).ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      return Validated.invalid(DistributionSpec.capped(problems, arguments.size()));
    }
    return AffineDistribution.of(base.orElseThrow(), values[0], values[1]).map(d -> d);
  }

  /**
   * The arguments split at the commas outside parentheses, or null when the parentheses do not
   * balance.
   */
  private static List<String> topLevelArguments(String body) {
    List<String> arguments = new ArrayList<>();
    int open = 0;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '(') {
        open++;
      } else if (c == ')') {
        if (--open < 0) {
          return null;
        }
      } else if (c == ',' && open == 0) {
        arguments.add(body.substring(start, i));
        start = i + 1;
      }
    }
    if (open != 0) {
      return null;
    }
    arguments.add(body.substring(start));
    return arguments;
  }

  /** The inner spec's family name when it is one, for the front of its messages; else empty. */
  private static String innerName(String inner) {
    Matcher m = LEADING_NAME.matcher(inner);
    if (!m.lookingAt()) {
      return "";
    }
    String name = m.group(1).toLowerCase(Locale.ROOT);
    return Families.byName(name).isPresent() || name.equals(AffineFamily.NAME) ? name : "";
  }

  private static Violation prefixed(String name, Violation v) {
    if (name.isEmpty() || v.kind() != Violation.Kind.RULE || v.message().startsWith(name + ": ")) {
      return v;
    }
    return new Violation(v.parameter(), name + ": " + v.message(), v.kind(), v.subject());
  }
}
