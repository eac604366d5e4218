package org.probscope.model.distribution;

import java.util.Objects;
import java.util.Optional;

/**
 * Describes one parameter of a family: its domain, its default, and the range and step a slider
 * should offer. The slider range is a suggestion for exploration; the domain is the rule.
 *
 * @param name lowercase name used in specs, for example {@code sd}
 * @param description short text for tooltips, for example "standard deviation"
 * @param lower lower bound of the domain (may be {@code -Infinity})
 * @param lowerInclusive whether {@code lower} itself is allowed
 * @param upper upper bound of the domain (may be {@code +Infinity})
 * @param upperInclusive whether {@code upper} itself is allowed
 * @param integer whether only whole numbers are allowed
 * @param defaultValue the value a new distribution of the family starts with
 * @param sliderMin suggested slider minimum (inside the domain)
 * @param sliderMax suggested slider maximum (inside the domain)
 * @param step slider step for the arrow keys; a tenth of it is the fine step
 * @param limitMin smallest value the library evaluates reliably, inside the domain (a domain of
 *     "&gt; 0" may be limited to 1e-300 because smaller scales overflow); -Infinity when none
 * @param limitMax largest value the library evaluates reliably; +Infinity when none
 */
public record Parameter(
    String name,
    String description,
    double lower,
    boolean lowerInclusive,
    double upper,
    boolean upperInclusive,
    boolean integer,
    double defaultValue,
    double sliderMin,
    double sliderMax,
    double step,
    double limitMin,
    double limitMax) {

  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    if (!(sliderMin <= sliderMax) || !(step > 0)) {
      throw new IllegalArgumentException("bad slider range for " + name);
    }
  }

  /** A real-valued parameter. */
  public static Parameter real(
      String name,
      String description,
      Bound lower,
      Bound upper,
      double defaultValue,
      double sliderMin,
      double sliderMax,
      double step) {
    return new Parameter(
        name,
        description,
        lower.value(),
        lower.inclusive(),
        upper.value(),
        upper.inclusive(),
        false,
        defaultValue,
        sliderMin,
        sliderMax,
        step,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY);
  }

  /** A whole-number parameter with inclusive bounds. */
  public static Parameter integer(
      String name,
      String description,
      double lower,
      double upper,
      double defaultValue,
      double sliderMin,
      double sliderMax) {
    return new Parameter(
        name,
        description,
        lower,
        true,
        upper,
        true,
        true,
        defaultValue,
        sliderMin,
        sliderMax,
        1,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY);
  }

  /**
   * This parameter, additionally limited to [min, max] because the library cannot evaluate the
   * distribution reliably beyond (the domain text users read stays the mathematical one).
   */
  public Parameter withLimits(double min, double max) {
    return new Parameter(
        name,
        description,
        lower,
        lowerInclusive,
        upper,
        upperInclusive,
        integer,
        defaultValue,
        sliderMin,
        sliderMax,
        step,
        min,
        max);
  }

  /** One end of a domain. */
  public record Bound(double value, boolean inclusive) {
    public static Bound open(double value) {
      return new Bound(value, false);
    }

    public static Bound closed(double value) {
      return new Bound(value, true);
    }

    public static Bound unbounded(boolean upper) {
      return new Bound(upper ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY, false);
    }
  }

  /**
   * Checks one value against this parameter's own domain (not the cross-parameter rules).
   *
   * @return the violation, or empty when the value is allowed
   */
  public Optional<Violation> check(double value) {
    if (Double.isNaN(value)) {
      return violation(name + " must be a number");
    }
    if (Double.isInfinite(value)) {
      return violation(name + " must be finite (got " + SpecNumbers.format(value) + ")");
    }
    if (integer && value != Math.rint(value)) {
      return violation(name + " must be a whole number (got " + SpecNumbers.format(value) + ")");
    }
    boolean aboveLower = lowerInclusive ? value >= lower : value > lower;
    boolean belowUpper = upperInclusive ? value <= upper : value < upper;
    if (!aboveLower || !belowUpper) {
      return violation(
          name + " must be " + domainText() + " (got " + SpecNumbers.format(value) + ")");
    }
    if (value < limitMin) {
      return violation(
          name
              + " must be at least "
              + SpecNumbers.format(limitMin)
              + " (got "
              + SpecNumbers.format(value)
              + "): smaller values cannot be evaluated reliably");
    }
    if (value > limitMax) {
      return violation(
          name
              + " must be at most "
              + SpecNumbers.format(limitMax)
              + " (got "
              + SpecNumbers.format(value)
              + "): larger values cannot be evaluated reliably");
    }
    return Optional.empty();
  }

  /** The domain as a user reads it, for example {@code > 0}, {@code in [0, 1]}, or "any number". */
  public String domainText() {
    boolean hasLower = Double.isFinite(lower);
    boolean hasUpper = Double.isFinite(upper);
    if (hasLower && hasUpper) {
      return "in "
          + (lowerInclusive ? "[" : "(")
          + SpecNumbers.format(lower)
          + ", "
          + SpecNumbers.format(upper)
          + (upperInclusive ? "]" : ")");
    }
    if (hasLower) {
      return (lowerInclusive ? ">= " : "> ") + SpecNumbers.format(lower);
    }
    if (hasUpper) {
      return (upperInclusive ? "<= " : "< ") + SpecNumbers.format(upper);
    }
    return "a finite number";
  }

  private Optional<Violation> violation(String message) {
    return Optional.of(new Violation(name, message));
  }
}
