package org.probscope.app.plot;

import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;

/**
 * One immutable thing drawn in a plot. Every layer is drawn at pixel resolution: functions are
 * evaluated a bounded number of times per pixel column and samples are searched, never walked, so a
 * frame costs the same for 10³ and 10⁶ observations.
 *
 * <p>Each layer has a {@code name} (shown in the legend when not blank; for {@link Marker} and
 * {@link ReferenceLine} it is the label drawn next to the line instead) and a {@code series} slot
 * that picks its colour from the {@link PlotTheme}, so switching themes recolours every layer. The
 * functions a layer holds are called on the FX thread while drawing: they must be cheap, pure and
 * safe to call there (a {@code Distribution}'s methods or a binary search over a sorted sample
 * are).
 */
public sealed interface PlotLayer
    permits PlotLayer.Curve,
        PlotLayer.StepCurve,
        PlotLayer.Stems,
        PlotLayer.EcdfSteps,
        PlotLayer.Band,
        PlotLayer.FilledArea,
        PlotLayer.Histogram,
        PlotLayer.Marker,
        PlotLayer.ReferenceLine,
        PlotLayer.Points,
        PlotLayer.Polyline {

  /** The series slot that means "the theme's neutral text colour" (reference lines). */
  int NEUTRAL = -1;

  String name();

  int series();

  /**
   * A continuous function, sampled twice per pixel column. NaN and infinite values break the path,
   * and so do jumps that bisection shows to be discontinuities, so no vertical line is drawn across
   * them.
   */
  record Curve(String name, int series, DoubleUnaryOperator function, Dash dash)
      implements PlotLayer {
    public Curve {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(function, "function");
      Objects.requireNonNull(dash, "dash");
    }

    /** A solid curve. */
    public Curve(String name, int series, DoubleUnaryOperator function) {
      this(name, series, function, Dash.SOLID);
    }
  }

  /**
   * A right-continuous step function that is constant on every {@code [k, k+1)} for integer k, such
   * as the CDF of a discrete distribution: {@code valueAt.applyAsDouble(k)} is its value there.
   * Drawn as horizontal steps without vertical risers; with {@code dots}, each jump gets a closed
   * dot at the value taken and an open dot at the value left, when the steps are wide enough.
   */
  record StepCurve(String name, int series, IntToDoubleFunction valueAt, boolean dots, Dash dash)
      implements PlotLayer {
    public StepCurve {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(valueAt, "valueAt");
      Objects.requireNonNull(dash, "dash");
    }

    /** Solid steps. */
    public StepCurve(String name, int series, IntToDoubleFunction valueAt, boolean dots) {
      this(name, series, valueAt, dots, Dash.SOLID);
    }
  }

  /**
   * A probability mass function over the integers, drawn as stems with a dot (lollipops). When more
   * than one integer per two pixels is visible it is drawn as one thin bar per pixel column
   * instead, at the largest mass of (at most a few) integers in that column.
   */
  record Stems(String name, int series, IntToDoubleFunction mass) implements PlotLayer {
    public Stems {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(mass, "mass");
    }
  }

  /**
   * The empirical CDF Fn(x) = #{i : x_i ≤ x} / n of a sorted sample given by {@code
   * sortedValue(i)}, i = 0 … size−1, ascending. Each pixel column costs two binary searches (O(log
   * n)).
   */
  record EcdfSteps(String name, int series, IntToDoubleFunction sortedValue, int size)
      implements PlotLayer {
    public EcdfSteps {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(sortedValue, "sortedValue");
      if (size < 0) {
        throw new IllegalArgumentException("size must not be negative: " + size);
      }
    }
  }

  /** A translucent band between {@code lower(x)} and {@code upper(x)} across the whole view. */
  record Band(String name, int series, DoubleUnaryOperator lower, DoubleUnaryOperator upper)
      implements PlotLayer {
    public Band {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(lower, "lower");
      Objects.requireNonNull(upper, "upper");
    }
  }

  /**
   * The area between two functions for x in {@code [from, to]} (either end may be infinite), filled
   * more opaquely than a band: P(a &lt; X ≤ b) under a density, or |Fn − F| for the Wasserstein
   * area. The two functions may cross.
   */
  record FilledArea(
      String name,
      int series,
      DoubleUnaryOperator lower,
      DoubleUnaryOperator upper,
      double from,
      double to)
      implements PlotLayer {
    public FilledArea {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(lower, "lower");
      Objects.requireNonNull(upper, "upper");
      if (!(from < to)) {
        throw new IllegalArgumentException("need from < to: " + from + ", " + to);
      }
    }
  }

  /**
   * Histogram bars: bar i spans {@code [edges[i], edges[i+1]]} with height {@code heights[i]}. The
   * caller bins the sample (O(n), off the FX thread); bars narrower than a pixel are merged.
   */
  record Histogram(String name, int series, double[] edges, double[] heights) implements PlotLayer {
    public Histogram {
      Objects.requireNonNull(name, "name");
      if (edges.length != heights.length + 1) {
        throw new IllegalArgumentException(
            "need one more edge than heights: " + edges.length + " edges, " + heights.length);
      }
      for (int i = 1; i < edges.length; i++) {
        if (!(edges[i - 1] <= edges[i])) {
          throw new IllegalArgumentException("edges must ascend, at index " + i);
        }
      }
      edges = edges.clone();
      heights = heights.clone();
    }

    @Override
    public double[] edges() {
      return edges.clone();
    }

    @Override
    public double[] heights() {
      return heights.clone();
    }

    int binCount() {
      return heights.length;
    }

    double edge(int i) {
      return edges[i];
    }

    double height(int i) {
      return heights[i];
    }
  }

  /** A vertical segment from (x, y1) to (x, y2) with end caps and its label, e.g. the KS gap. */
  record Marker(String name, int series, double x, double y1, double y2) implements PlotLayer {
    public Marker {
      Objects.requireNonNull(name, "name");
    }
  }

  /** A dashed line across the whole plot at a fixed x or y, labelled with {@code name}. */
  record ReferenceLine(String name, int series, Direction direction, double value)
      implements PlotLayer {
    public ReferenceLine {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(direction, "direction");
    }

    /** A vertical line at x in the theme's neutral colour. */
    public static ReferenceLine vertical(double x, String label) {
      return new ReferenceLine(label, NEUTRAL, Direction.VERTICAL, x);
    }

    /** A horizontal line at y in the theme's neutral colour. */
    public static ReferenceLine horizontal(double y, String label) {
      return new ReferenceLine(label, NEUTRAL, Direction.HORIZONTAL, y);
    }

    /** Which way the line runs. */
    public enum Direction {
      VERTICAL,
      HORIZONTAL
    }
  }

  /**
   * Points (x(i), y(i)), i = 0 … size−1, with x non-decreasing in i (Q-Q and P-P points are). Each
   * pixel column finds its points by binary search and draws at most one dot per pixel; a column
   * holding many points draws the span between its first and last point, which is exact when y is
   * monotone too (Q-Q, P-P).
   */
  record Points(String name, int series, int size, IntToDoubleFunction x, IntToDoubleFunction y)
      implements PlotLayer {
    public Points {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(x, "x");
      Objects.requireNonNull(y, "y");
      if (size < 0) {
        throw new IllegalArgumentException("size must not be negative: " + size);
      }
    }

    /** Points from copies of two arrays of equal length; {@code xs} must be non-decreasing. */
    public static Points of(String name, int series, double[] xs, double[] ys) {
      if (xs.length != ys.length) {
        throw new IllegalArgumentException(
            "xs and ys differ in length: " + xs.length + ", " + ys.length);
      }
      for (int i = 1; i < xs.length; i++) {
        if (!(xs[i - 1] <= xs[i])) {
          throw new IllegalArgumentException("xs must be non-decreasing, at index " + i);
        }
      }
      double[] xCopy = xs.clone();
      double[] yCopy = ys.clone();
      return new Points(name, series, xCopy.length, i -> xCopy[i], i -> yCopy[i]);
    }
  }

  /**
   * A line through a few vertices (xs[i], ys[i]) in order, for curves that are not functions of x
   * (a family's path through the Cullen and Frey graph); non-finite vertices break it.
   */
  record Polyline(String name, int series, Dash dash, double[] xs, double[] ys)
      implements PlotLayer {
    public Polyline {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(dash, "dash");
      if (xs.length != ys.length) {
        throw new IllegalArgumentException(
            "xs and ys differ in length: " + xs.length + ", " + ys.length);
      }
      xs = xs.clone();
      ys = ys.clone();
    }

    @Override
    public double[] xs() {
      return xs.clone();
    }

    @Override
    public double[] ys() {
      return ys.clone();
    }

    int size() {
      return xs.length;
    }

    double x(int i) {
      return xs[i];
    }

    double y(int i) {
      return ys[i];
    }
  }
}
