package org.probscope.model.distribution;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** Builders for the rules between parameters; each message names the parameter to change. */
final class CrossRules {

  private CrossRules() {}

  /**
   * A rule that holds when {@code holds} accepts the values and otherwise blames {@code parameter}.
   *
   * @param parameter the parameter a user should change
   * @param holds the condition over the parameter values in the family's order
   * @param message the sentence to show, naming {@code parameter}, built from the values
   */
  static CrossRule rule(
      String parameter, Predicate<double[]> holds, Function<double[], String> message) {
    return values ->
        holds.test(values)
            ? Optional.empty()
            : Optional.of(new Violation(parameter, message.apply(values)));
  }

  /** {@code lower < upper} for the parameters at those indices; blames {@code upper}. */
  static CrossRule below(String lowerName, int lower, String upperName, int upper) {
    return rule(
        upperName,
        v -> v[lower] < v[upper],
        v ->
            upperName
                + " must be greater than "
                + lowerName
                + got(v, upperName, upper, lowerName, lower));
  }

  /** {@code lower <= upper} for the parameters at those indices; blames {@code upper}. */
  static CrossRule atMost(String lowerName, int lower, String upperName, int upper) {
    return rule(
        upperName,
        v -> v[lower] <= v[upper],
        v ->
            upperName
                + " must be at least "
                + lowerName
                + got(v, upperName, upper, lowerName, lower));
  }

  /** {@code values[index] <= values[limit]}; blames the parameter at {@code index}. */
  static CrossRule notAbove(String name, int index, String limitName, int limit) {
    return rule(
        name,
        v -> v[index] <= v[limit],
        v -> name + " must be at most " + limitName + got(v, name, index, limitName, limit));
  }

  /** " (got a=1, b=2)": the two values a cross-rule message is about. */
  private static String got(double[] v, String name, int index, String otherName, int other) {
    return " (got "
        + name
        + "="
        + SpecNumbers.format(v[index])
        + ", "
        + otherName
        + "="
        + SpecNumbers.format(v[other])
        + ")";
  }

  /** {@code upper - lower} is finite, which Commons Statistics needs for a bounded support. */
  static CrossRule finiteWidth(String lowerName, int lower, String upperName, int upper) {
    return rule(
        upperName,
        v -> Double.isFinite(v[upper] - v[lower]),
        v -> upperName + " - " + lowerName + " is too large to compute with; bring them closer");
  }
}
