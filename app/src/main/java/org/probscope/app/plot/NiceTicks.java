package org.probscope.app.plot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tick positions at "nice" steps (1, 2 or 5 times a power of ten) and their labels. Labels use
 * plain decimals with just enough digits to tell neighbours apart, and scientific notation ({@code
 * 2.5e-7}) when the values are tiny or huge.
 */
public final class NiceTicks {

  /** Largest |value| exponent still printed in plain decimals (999 999). */
  private static final int PLAIN_MAX_EXPONENT = 5;

  /** Smallest step exponent still printed in plain decimals (0.0001). */
  private static final int PLAIN_MIN_STEP_EXPONENT = -4;

  /** Relative rounding slack when comparing ratios that should be whole numbers. */
  private static final double SLACK = 1e-9;

  /** Relative slack on the span when picking the step. */
  private static final double STEP_SLACK = 1e-6;

  private NiceTicks() {}

  /**
   * The ticks inside {@code range} at the nicest step that gives at most {@code maxCount} of them
   * (at least one step is always used, so a range gets at least two ticks when it spans one).
   */
  public static List<Tick> of(AxisRange range, int maxCount) {
    double step = niceStep(range.span(), Math.max(1, maxCount));
    // rounding the step up (2.3 -> 5) can leave a single tick in range; an axis needs at least
    // two, so step down the 1-2-5 ladder while fewer than three fit (at most twice)
    for (int i = 0; i < 2 && maxCount >= 2 && countInRange(range, step) < 3; i++) {
      step = smallerStep(step);
    }
    return ticks(range, step);
  }

  private static long countInRange(AxisRange range, double step) {
    return (long) Math.floor(range.max() / step + SLACK)
        - (long) Math.ceil(range.min() / step - SLACK)
        + 1;
  }

  /** The next smaller step of the 1-2-5 ladder: 5 -> 2, 2 -> 1, 1 -> 0.5. */
  private static double smallerStep(double step) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
    double mantissa = step / magnitude;
    if (mantissa > 4) {
      return 2 * magnitude;
    }
    if (mantissa > 1.5) {
      return magnitude;
    }
    return magnitude / 2;
  }

  private static List<Tick> ticks(AxisRange range, double step) {
    // the slack keeps a tick on an end that the division misses by an ulp (0.3 / 0.1 < 3)
    long first = (long) Math.ceil(range.min() / step - SLACK);
    long last = (long) Math.floor(range.max() / step + SLACK);
    double maxAbs = Math.max(Math.abs(first * step), Math.abs(last * step));
    List<Tick> ticks = new ArrayList<>();
    for (long k = first; k <= last; k++) {
      double value = k * step;
      ticks.add(new Tick(value, label(value, step, maxAbs)));
    }
    return List.copyOf(ticks);
  }

  /** The smallest step of the form {1, 2, 5}·10^k with {@code span / step <= maxCount}. */
  public static double niceStep(double span, int maxCount) {
    double raw = span / maxCount;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    // a span computed from far-from-zero ends carries their rounding: 1e6 + 0.003 - 1e6 is
    // 0.0030000000261, which must still count as three steps of 0.001
    double residual = raw / magnitude - STEP_SLACK;
    double nice;
    if (residual <= 1) {
      nice = 1;
    } else if (residual <= 2) {
      nice = 2;
    } else if (residual <= 5) {
      nice = 5;
    } else {
      nice = 10;
    }
    return nice * magnitude;
  }

  /**
   * The label of tick {@code value} on an axis with tick distance {@code step} whose largest tick
   * magnitude is {@code maxAbs}.
   */
  public static String label(double value, double step, double maxAbs) {
    int stepExponent = exponent(step);
    boolean scientific =
        exponent(maxAbs) > PLAIN_MAX_EXPONENT || stepExponent < PLAIN_MIN_STEP_EXPONENT;
    if (!scientific) {
      // zero too gets the axis's decimals ("0.00" among "0.05", "0.10"), so labels line up
      int decimals = Math.max(0, -stepExponent);
      return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
    if (value == 0) {
      return "0";
    }
    int mantissaDecimals = Math.max(0, Math.min(15, exponent(value) - stepExponent));
    // take mantissa and exponent from the same formatted text: rounding may carry (9.99e-7 ->
    // 1.0e-6)
    String[] parts = String.format(Locale.ROOT, "%." + mantissaDecimals + "e", value).split("e");
    String mantissa = new BigDecimal(parts[0]).stripTrailingZeros().toPlainString();
    return mantissa + "e" + Integer.parseInt(parts[1]);
  }

  private static int exponent(double value) {
    return (int) Math.floor(Math.log10(Math.abs(value)));
  }
}
