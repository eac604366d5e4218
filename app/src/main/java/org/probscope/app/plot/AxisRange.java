package org.probscope.app.plot;

/**
 * A closed interval {@code [min, max]} of data values shown along one axis. Both ends are finite
 * and {@code min < max}; the zoom and pan operations return new ranges and never produce an empty
 * or non-finite one (they keep the old range instead).
 */
public record AxisRange(double min, double max) {

  /** The smallest span relative to the magnitude of the ends that still gives distinct ticks. */
  private static final double MIN_RELATIVE_SPAN = 1e-12;

  public AxisRange {
    if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
      throw new IllegalArgumentException(
          "an axis range needs finite min < max: " + min + ", " + max);
    }
  }

  /** The range {@code [min, max]}. */
  public static AxisRange of(double min, double max) {
    return new AxisRange(min, max);
  }

  public double span() {
    return max - min;
  }

  public boolean contains(double value) {
    return value >= min && value <= max;
  }

  /**
   * Scales the span by {@code factor} (below 1 zooms in) keeping {@code anchor} at the same
   * relative position, so that the value under the mouse stays under the mouse.
   */
  public AxisRange zoom(double factor, double anchor) {
    if (!(factor > 0) || !Double.isFinite(factor) || !Double.isFinite(anchor)) {
      return this;
    }
    double newMin = anchor - (anchor - min) * factor;
    double newMax = anchor + (max - anchor) * factor;
    return valid(newMin, newMax) ? new AxisRange(newMin, newMax) : this;
  }

  /** Shifts the range by {@code delta} data units. */
  public AxisRange pan(double delta) {
    double newMin = min + delta;
    double newMax = max + delta;
    return Double.isFinite(delta) && valid(newMin, newMax) ? new AxisRange(newMin, newMax) : this;
  }

  private static boolean valid(double newMin, double newMax) {
    double magnitude = Math.max(Math.abs(newMin), Math.abs(newMax));
    return Double.isFinite(newMin)
        && Double.isFinite(newMax)
        && newMax - newMin > Math.max(magnitude * MIN_RELATIVE_SPAN, Double.MIN_NORMAL);
  }
}
