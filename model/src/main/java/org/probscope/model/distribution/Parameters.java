package org.probscope.model.distribution;

import static org.probscope.model.distribution.Parameter.Bound.closed;
import static org.probscope.model.distribution.Parameter.Bound.open;
import static org.probscope.model.distribution.Parameter.Bound.unbounded;

/** Builders for the parameter shapes the families share, so each descriptor reads as one line. */
final class Parameters {

  /**
   * Largest whole-number parameter: Commons Statistics counts with {@code int}, and 1e9 leaves room
   * below {@link Integer#MAX_VALUE} for every support value a distribution of such a parameter has.
   */
  static final double MAX_COUNT = 1e9;

  private Parameters() {}

  /** Any finite number, for a location. */
  static Parameter anyReal(String name, String description, double defaultValue, double step) {
    return Parameter.real(
        name,
        description,
        unbounded(false),
        unbounded(true),
        defaultValue,
        defaultValue - 10,
        defaultValue + 10,
        step);
  }

  /** A number {@code > 0}, for a scale, a rate or a shape. */
  static Parameter positive(
      String name,
      String description,
      double defaultValue,
      double sliderMin,
      double sliderMax,
      double step) {
    return Parameter.real(
        name, description, open(0), unbounded(true), defaultValue, sliderMin, sliderMax, step);
  }

  /** A probability in [0, 1]. */
  static Parameter probability(String name, String description, double defaultValue) {
    return Parameter.real(name, description, closed(0), closed(1), defaultValue, 0, 1, 0.01);
  }

  /** A probability in (0, 1]. */
  static Parameter positiveProbability(String name, String description, double defaultValue) {
    return Parameter.real(name, description, open(0), closed(1), defaultValue, 0.01, 1, 0.01);
  }

  /** A whole number in [lower, {@link #MAX_COUNT}]. */
  static Parameter count(
      String name, String description, double lower, double defaultValue, double sliderMax) {
    return Parameter.integer(name, description, lower, MAX_COUNT, defaultValue, lower, sliderMax);
  }

  /** A whole number in [-{@link #MAX_COUNT}, {@link #MAX_COUNT}]. */
  static Parameter wholeNumber(
      String name, String description, double defaultValue, double sliderMin, double sliderMax) {
    return Parameter.integer(
        name, description, -MAX_COUNT, MAX_COUNT, defaultValue, sliderMin, sliderMax);
  }
}
