package org.probscope.model.distribution;

import java.util.Objects;

/**
 * One rule that a distribution spec or a parameter value breaks.
 *
 * @param parameter the parameter the rule is about, or an empty string when the rule is about the
 *     spec as a whole (an unknown family, a syntax error)
 * @param message a sentence for the user, naming the parameter, the rule and the offending value
 * @param kind what kind of rule it is, so that a front end can word it for its own users (the
 *     command line points to its {@code families} command, the window to its family list)
 * @param subject what the rule is about: the parameter's name, or the unknown family's name
 */
public record Violation(String parameter, String message, Kind kind, String subject) {

  /** The kinds of rule a front end may want to word itself. */
  public enum Kind {
    /** A parameter's domain, a rule between parameters, or the spec's syntax. */
    RULE,
    /** The family name is not one of {@link Families#all()}; the subject is the name given. */
    UNKNOWN_FAMILY
  }

  public Violation {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
  }

  /** A rule about {@code parameter} (empty for the spec as a whole). */
  public Violation(String parameter, String message) {
    this(parameter, message, Kind.RULE, parameter);
  }

  /** A violation about the spec as a whole rather than one parameter. */
  public static Violation ofSpec(String message) {
    return new Violation("", message);
  }

  /** The family {@code name} does not exist; the message is the command line's wording. */
  public static Violation unknownFamily(String name) {
    return new Violation(
        "",
        "unknown family \"" + name + "\" (the families command lists them)",
        Kind.UNKNOWN_FAMILY,
        name);
  }

  @Override
  public String toString() {
    return message;
  }
}
