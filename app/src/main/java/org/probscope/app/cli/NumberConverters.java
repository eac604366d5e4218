package org.probscope.app.cli;

import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Strict number options: plain or scientific notation with a dot, as in specs. Unlike {@link
 * Double#parseDouble(String)} they refuse NaN, hexadecimal and the {@code d}/{@code f} suffixes,
 * which a user never means.
 */
final class NumberConverters {

  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  private NumberConverters() {}

  /** A point on the real line; {@code inf}, {@code -inf}, {@code Infinity} are allowed. */
  static final class Real implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
      String t = text.strip();
      String lower = t.toLowerCase(Locale.ROOT);
      String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
      if (unsigned.equals("inf") || unsigned.equals("infinity")) {
        return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      return decimal(t);
    }
  }

  /** A probability in [0, 1]. */
  static final class Probability implements ITypeConverter<Double> {
    @Override
    public Double convert(String text) {
      double p = decimal(text.strip());
      if (!(p >= 0 && p <= 1)) {
        throw new TypeConversionException("must be in [0, 1] (got " + text.strip() + ")");
      }
      return p;
    }
  }

  private static double decimal(String text) {
    if (!DECIMAL.matcher(text).matches()) {
      throw new TypeConversionException("expected a number, got '" + text + "'");
    }
    return Double.parseDouble(text);
  }
}
