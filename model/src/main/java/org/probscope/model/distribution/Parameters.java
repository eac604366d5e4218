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

  /**
   * Bounds of shape parameters and degrees of freedom. Commons Statistics 1.3 fails outside them:
   * the gamma and chi-squared quantiles stop converging above about 1e11, the beta and F continued
   * fractions diverge near 1e300, and Student's t quantile search never ends for df = 4.9e-324.
   * Between the bounds every family evaluates in milliseconds.
   */
  static final double MIN_SHAPE = 1e-10;

  static final double MAX_SHAPE = 1e10;

  /**
   * Largest magnitude of a location or scale. Beyond it differences such as {@code x - μ} and
   * products such as {@code σ√2} overflow inside Commons Statistics and a CDF turns NaN.
   */
  static final double MAX_MAGNITUDE = 1e300;

  private Parameters() {}

  /** A shape parameter or degrees of freedom in [{@link #MIN_SHAPE}, {@link #MAX_SHAPE}]. */
  static Parameter shape(
      String name,
      String description,
      double defaultValue,
      double sliderMin,
      double sliderMax,
      double step) {
    return Parameter.real(
            name, description, open(0), unbounded(true), defaultValue, sliderMin, sliderMax, step)
        .withLimits(MIN_SHAPE, MAX_SHAPE);
  }

  /** A number in [-{@link #MAX_MAGNITUDE}, {@link #MAX_MAGNITUDE}], for a location. */
  /**
   * Half the slider span of a real parameter without bounds (a location): ±3 default scales, so a
   * slider about 110 px wide moves by about 0.05 per pixel (±10 moved 0.18, a 24 px drag took the
   * mean from 0 to 4.3). A typed value outside gets a range shifted around it (the app's {@code
   * SliderRange}).
   */
  static final double LOCATION_HALF_SPAN = 3;

  static Parameter anyReal(String name, String description, double defaultValue, double step) {
    return Parameter.real(
            name,
            description,
            unbounded(false),
            unbounded(true),
            defaultValue,
            defaultValue - LOCATION_HALF_SPAN,
            defaultValue + LOCATION_HALF_SPAN,
            step)
        .withLimits(-MAX_MAGNITUDE, MAX_MAGNITUDE);
  }

  /**
   * A number in [1/{@link #MAX_MAGNITUDE}, {@link #MAX_MAGNITUDE}], for a scale or a rate: a
   * subnormal rate has an infinite mean in Commons (1/rate) and its CDF turns NaN.
   */
  static Parameter positive(
      String name,
      String description,
      double defaultValue,
      double sliderMin,
      double sliderMax,
      double step) {
    return Parameter.real(
            name, description, open(0), unbounded(true), defaultValue, sliderMin, sliderMax, step)
        .withLimits(1 / MAX_MAGNITUDE, MAX_MAGNITUDE);
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
    return Parameter.integer(
            name, description, lower, Double.POSITIVE_INFINITY, defaultValue, lower, sliderMax)
        .withLimits(lower, MAX_COUNT);
  }

  /** A whole number in [-{@link #MAX_COUNT}, {@link #MAX_COUNT}]. */
  static Parameter wholeNumber(
      String name, String description, double defaultValue, double sliderMin, double sliderMax) {
    return Parameter.integer(
            name,
            description,
            Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY,
            defaultValue,
            sliderMin,
            sliderMax)
        .withLimits(-MAX_COUNT, MAX_COUNT);
  }
}
