package org.probscope.model.distribution;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats numbers for people: significant digits, "undefined" for NaN, "∞" for infinities. Signs
 * stay ASCII so that a shown number can be typed or pasted back.
 */
public final class Figures {

  private Figures() {}

  /**
   * Formats {@code value} with {@code significantDigits} significant digits, switching to
   * scientific notation below 1e-4 or at and above 1e6 in magnitude.
   */
  public static String format(double value, int significantDigits) {
    if (Double.isNaN(value)) {
      return "undefined";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "∞" : "-∞";
    }
    if (value == 0) {
      return "0";
    }
    int digits = Math.max(1, Math.min(17, significantDigits));
    BigDecimal rounded =
        new BigDecimal(value).round(new MathContext(digits, RoundingMode.HALF_EVEN));
    double magnitude = Math.abs(rounded.doubleValue());
    String text;
    if (magnitude < 1e-4 || magnitude >= 1e6) {
      text = String.format(java.util.Locale.ROOT, "%." + (digits - 1) + "e", value);
      text =
          text.replaceFirst("\\.?0+e", "e")
              .replace("e+0", "e")
              .replace("e-0", "e-")
              .replace("e+", "e");
    } else {
      text = rounded.stripTrailingZeros().toPlainString();
    }
    return text;
  }

  /** Full precision, ASCII, for copying to the clipboard: the shortest text that round-trips. */
  public static String full(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    return Double.toString(value);
  }
}
