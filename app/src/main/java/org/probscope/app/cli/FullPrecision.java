package org.probscope.app.cli;

import com.fasterxml.jackson.core.io.NumberOutput;

/**
 * Prints a double as the shortest decimal that reads back to the same double (Schubfach, the
 * algorithm of {@code Double.toString} from JDK 19 on; Jackson's port gives the same digits on JDK
 * 17), in Java's notation: {@code 4.906713927148187E-198}, {@code 0.5}, {@code 1.0}. Text output,
 * CSV and JSON ({@link JsonOutput}) all print numbers this way.
 */
final class FullPrecision {

  /** Whole numbers below this magnitude are exact in a double and print as integers. */
  private static final double EXACT_INTEGER_LIMIT = 0x1p53;

  private FullPrecision() {}

  /** The shortest round-tripping text; {@code Infinity}, {@code -Infinity}, or {@code NaN}. */
  static String format(double value) {
    return NumberOutput.toString(value, true);
  }

  /**
   * Like {@link #format(double)}, but a whole number prints without a fraction ({@code 3} rather
   * than {@code 3.0}): how counts from a discrete family read in a CSV column.
   */
  static String formatCount(double value) {
    if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGER_LIMIT) {
      return Long.toString((long) value);
    }
    return format(value);
  }

  /** For text meant to be read: NaN, a figure that does not exist, reads "undefined". */
  static String formatForReading(double value) {
    return Double.isNaN(value) ? "undefined" : format(value);
  }
}
