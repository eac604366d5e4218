package org.probscope.app.plot;

import javafx.scene.canvas.GraphicsContext;

/**
 * Draws x-sorted points decimated to the pixel grid: each pixel column finds its points by binary
 * search, so 10⁶ points cost about as much as 10³.
 */
final class PointPainter {

  /** A column with at most this many points draws each (one dot per pixel row). */
  private static final int DOTS_PER_COLUMN = 8;

  static final double DOT_SIZE = 3;

  private PointPainter() {}

  /** The caller sets the fill colour. */
  static void points(GraphicsContext gc, PixelMapping m, PlotLayer.Points points) {
    int size = points.size();
    int columns = (int) Math.ceil(m.width());
    int from = firstAtOrAbove(points, 0, size, m.view().x().min());
    for (int c = 0; c < columns && from < size; c++) {
      double edge =
          c + 1 == columns ? Math.nextUp(m.view().x().max()) : m.toDataX(m.left() + c + 1);
      int to = firstAtOrAbove(points, from, size, edge);
      if (to > from) {
        column(gc, m, points, m.left() + c + 0.5, from, to);
      }
      from = to;
    }
  }

  private static void column(
      GraphicsContext gc, PixelMapping m, PlotLayer.Points points, double px, int from, int to) {
    double half = DOT_SIZE / 2;
    if (to - from <= DOTS_PER_COLUMN) {
      long lastRow = Long.MIN_VALUE;
      for (int i = from; i < to; i++) {
        double y = points.y().applyAsDouble(i);
        if (Double.isFinite(y)) {
          double py = m.toPixelY(y);
          long row = Math.round(py);
          if (row != lastRow) {
            gc.fillRect(px - half, py - half, DOT_SIZE, DOT_SIZE);
            lastRow = row;
          }
        }
      }
      return;
    }
    double first = points.y().applyAsDouble(from);
    double last = points.y().applyAsDouble(to - 1);
    if (Double.isFinite(first) && Double.isFinite(last)) {
      double top = Math.min(m.toPixelY(first), m.toPixelY(last));
      double bottom = Math.max(m.toPixelY(first), m.toPixelY(last));
      gc.fillRect(px - half, top - half, DOT_SIZE, bottom - top + DOT_SIZE);
    }
  }

  /** The first index in [from, size) whose x is ≥ value (x is non-decreasing). */
  private static int firstAtOrAbove(PlotLayer.Points points, int from, int size, double value) {
    int lo = from;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (points.x().applyAsDouble(mid) < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
