package org.probscope.model.distribution;

/**
 * Prints numbers for specs and messages so that they parse back to the same double: whole numbers
 * without a trailing ".0", everything else through {@link Double#toString(double)}, which
 * round-trips exactly.
 */
public final class SpecNumbers {

  private static final double LARGEST_PLAIN_INTEGER = 1e15;

  private SpecNumbers() {}

  public static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < LARGEST_PLAIN_INTEGER) {
      // -0.0 prints as "-0" so that it still round-trips to the same double
      return (value == 0 && 1 / value < 0) ? "-0" : Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
