package org.probscope.model.distribution;

/**
 * Prints numbers for specs, parameter fields and messages so that they parse back to the same
 * double: whole numbers without a trailing ".0", everything else through {@link
 * Double#toString(double)}, which round-trips exactly, with its exponent written as a spec is typed
 * ({@code 1e-300}, {@code 2.5e300}, not {@code 1.0E-300}), so that a field and the spec beside it
 * show one number one way.
 */
public final class SpecNumbers {

  private static final double LARGEST_PLAIN_INTEGER = 1e15;

  private SpecNumbers() {}

  public static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < LARGEST_PLAIN_INTEGER) {
      // -0.0 prints as "-0" so that it still round-trips to the same double
      return (value == 0 && 1 / value < 0) ? "-0" : Long.toString((long) value);
    }
    String text = Double.toString(value);
    int e = text.indexOf('E');
    if (e < 0) {
      return text;
    }
    String mantissa = text.substring(0, e);
    if (mantissa.endsWith(".0")) {
      mantissa = mantissa.substring(0, mantissa.length() - 2);
    }
    return mantissa + "e" + text.substring(e + 1);
  }
}
