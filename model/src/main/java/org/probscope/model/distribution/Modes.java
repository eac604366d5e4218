package org.probscope.model.distribution;

import java.util.Arrays;

/**
 * The modes of a distribution: the values where its density or mass is largest. Most families have
 * one; a Poisson with a whole-number mean has two (λ − 1 and λ), a U-shaped beta has both ends, and
 * a uniform distribution has every point of its interval.
 *
 * <p>{@link #points()} holds one or two values for {@link Kind#POINTS}, the interval's two ends for
 * {@link Kind#INTERVAL}, and nothing for {@link Kind#UNKNOWN} (a mode that has not been worked out,
 * for example of a distribution built from others; never used by a family with a closed form).
 */
public final class Modes {

  /** What {@link #points()} holds. */
  public enum Kind {
    /** Isolated modes, one or two values in increasing order. */
    POINTS,
    /** Every value of [points[0], points[1]] is a mode. */
    INTERVAL,
    /** Not known. */
    UNKNOWN
  }

  private static final Modes UNKNOWN = new Modes(Kind.UNKNOWN, new double[0]);

  private final Kind kind;
  private final double[] points;

  private Modes(Kind kind, double[] points) {
    this.kind = kind;
    this.points = points;
  }

  /** The unique mode {@code x}. */
  public static Modes single(double x) {
    if (Double.isNaN(x)) {
      throw new IllegalArgumentException("a mode is a number");
    }
    return new Modes(Kind.POINTS, new double[] {x});
  }

  /** Two modes (for example 3 and 4 for poisson(mean=4)); equal values make one mode. */
  public static Modes pair(double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      throw new IllegalArgumentException("a mode is a number");
    }
    return a == b
        ? single(a)
        : new Modes(Kind.POINTS, new double[] {Math.min(a, b), Math.max(a, b)});
  }

  /** Every value of [lower, upper] is a mode (uniform distributions). */
  public static Modes interval(double lower, double upper) {
    if (!(lower <= upper)) {
      throw new IllegalArgumentException("an interval of modes needs lower <= upper");
    }
    return lower == upper ? single(lower) : new Modes(Kind.INTERVAL, new double[] {lower, upper});
  }

  /** Modes not worked out. */
  public static Modes unknown() {
    return UNKNOWN;
  }

  public Kind kind() {
    return kind;
  }

  /** The values (see the class comment); a fresh copy. */
  public double[] points() {
    return points.clone();
  }

  /** The mode when there is exactly one, NaN otherwise. */
  public double unique() {
    return kind == Kind.POINTS && points.length == 1 ? points[0] : Double.NaN;
  }

  /**
   * The modes as a user reads them: "4", "3 and 4", "any value in [0, 1]", or "unknown".
   *
   * @param significantDigits digits for each number
   */
  public String text(int significantDigits) {
    return switch (kind) {
      case UNKNOWN -> "unknown";
      case INTERVAL ->
          "any value in ["
              + Figures.format(points[0], significantDigits)
              + ", "
              + Figures.format(points[1], significantDigits)
              + "]";
      case POINTS ->
          points.length == 1
              ? Figures.format(points[0], significantDigits)
              : Figures.format(points[0], significantDigits)
                  + " and "
                  + Figures.format(points[1], significantDigits);
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Modes other && kind == other.kind && Arrays.equals(points, other.points);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Arrays.hashCode(points);
  }

  @Override
  public String toString() {
    return "Modes[" + kind + " " + Arrays.toString(points) + "]";
  }
}
