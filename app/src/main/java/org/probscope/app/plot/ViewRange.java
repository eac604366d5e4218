package org.probscope.app.plot;

import java.util.Objects;

/** The part of the data plane a plot shows: an x range and a y range. */
public record ViewRange(AxisRange x, AxisRange y) {

  public ViewRange {
    Objects.requireNonNull(x, "x");
    Objects.requireNonNull(y, "y");
  }

  /** The view {@code [xMin, xMax] × [yMin, yMax]}. */
  public static ViewRange of(double xMin, double xMax, double yMin, double yMax) {
    return new ViewRange(AxisRange.of(xMin, xMax), AxisRange.of(yMin, yMax));
  }

  public ViewRange withX(AxisRange newX) {
    return new ViewRange(newX, y);
  }

  public ViewRange withY(AxisRange newY) {
    return new ViewRange(x, newY);
  }

  /** Zooms x only, keeping the data x {@code anchorX} fixed. */
  public ViewRange zoomX(double factor, double anchorX) {
    return withX(x.zoom(factor, anchorX));
  }

  /** Zooms both axes, keeping the data point {@code (anchorX, anchorY)} fixed. */
  public ViewRange zoom(double factor, double anchorX, double anchorY) {
    return new ViewRange(x.zoom(factor, anchorX), y.zoom(factor, anchorY));
  }

  /** Shifts the view by {@code (dx, dy)} data units. */
  public ViewRange pan(double dx, double dy) {
    return new ViewRange(x.pan(dx), y.pan(dy));
  }
}
