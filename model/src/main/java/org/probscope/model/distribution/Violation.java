package org.probscope.model.distribution;

import java.util.Objects;

/**
 * One rule that a distribution spec or a parameter value breaks.
 *
 * @param parameter the parameter the rule is about, or an empty string when the rule is about the
 *     spec as a whole (an unknown family, a syntax error)
 * @param message a sentence for the user, naming the parameter, the rule and the offending value
 */
public record Violation(String parameter, String message) {

  public Violation {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(message, "message");
  }

  /** A violation about the spec as a whole rather than one parameter. */
  public static Violation ofSpec(String message) {
    return new Violation("", message);
  }

  @Override
  public String toString() {
    return message;
  }
}
