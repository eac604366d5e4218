package org.probscope.app.plot;

import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * Draws step functions and bars: discrete step CDFs, empirical CDFs, mass-function stems and
 * histograms. Work per frame is bounded by the pixel width, never by the sample size.
 */
final class StepPainter {

  /** Steps at least this wide (pixels) are drawn one by one; narrower ones per pixel column. */
  private static final double MIN_STEP_PIXELS = 3;

  /** Dots need this much room per step (pixels). */
  private static final double MIN_DOT_PIXELS = 10;

  /** Dense stems evaluate at most this many integers per pixel column. */
  private static final int MASS_PROBES_PER_COLUMN = 8;

  static final double DOT_RADIUS = 3;

  private StepPainter() {}

  /** A step function constant on each [k, k+1); the caller sets stroke colour and width. */
  static void integerSteps(
      GraphicsContext gc,
      PixelMapping m,
      IntToDoubleFunction valueAt,
      boolean dots,
      Color background) {
    double first = Math.floor(m.view().x().min());
    double last = Math.floor(m.view().x().max());
    double stepPixels = m.width() / (last - first + 1);
    if (stepPixels < MIN_STEP_PIXELS) {
      columnSteps(gc, m, x -> valueAt.applyAsDouble(toInt(Math.floor(x))));
      return;
    }
    gc.beginPath();
    for (double k = first; k <= last; k++) {
      double y = valueAt.applyAsDouble(toInt(k));
      if (Double.isFinite(y)) {
        double py = m.toPixelY(y);
        gc.moveTo(m.toPixelX(Math.max(k, m.view().x().min())), py);
        gc.lineTo(m.toPixelX(Math.min(k + 1, m.view().x().max())), py);
      }
    }
    gc.stroke();
    if (dots && stepPixels >= MIN_DOT_PIXELS) {
      jumpDots(gc, m, valueAt, Math.ceil(m.view().x().min()), last, background);
    }
  }

  /** A closed dot at the value taken at each jump and an open one at the value left behind. */
  private static void jumpDots(
      GraphicsContext gc,
      PixelMapping m,
      IntToDoubleFunction valueAt,
      double first,
      double last,
      Color background) {
    Paint colour = gc.getFill();
    double before = valueAt.applyAsDouble(toInt(first - 1));
    for (double k = first; k <= last; k++) {
      double at = valueAt.applyAsDouble(toInt(k));
      if (Double.isFinite(at) && Double.isFinite(before) && at != before) {
        double px = m.toPixelX(k);
        double r = DOT_RADIUS;
        gc.setFill(colour);
        gc.fillOval(px - r, m.toPixelY(at) - r, 2 * r, 2 * r);
        gc.setFill(background);
        gc.fillOval(px - r, m.toPixelY(before) - r, 2 * r, 2 * r);
        gc.strokeOval(px - r, m.toPixelY(before) - r, 2 * r, 2 * r);
      }
      before = at;
    }
    gc.setFill(colour);
  }

  /** The empirical CDF of {@code size} ascending values, from two binary searches per column. */
  static void ecdf(GraphicsContext gc, PixelMapping m, IntToDoubleFunction sortedValue, int size) {
    if (size == 0) {
      return;
    }
    columnSteps(gc, m, x -> (double) countAtOrBelow(sortedValue, size, x) / size);
  }

  /**
   * A non-decreasing-or-not step function drawn per pixel column: its values at the column edges
   * are joined by a vertical span in the column's middle, so a jump anywhere inside the column is
   * drawn there. Costs one evaluation per column edge.
   */
  private static void columnSteps(GraphicsContext gc, PixelMapping m, DoubleUnaryOperator atX) {
    int columns = (int) Math.ceil(m.width());
    double previous = atX.applyAsDouble(m.view().x().min());
    gc.beginPath();
    gc.moveTo(m.left(), level(m, previous));
    for (int c = 1; c <= columns; c++) {
      double edge = m.toDataX(m.left() + Math.min(c, m.width()));
      double value = atX.applyAsDouble(edge);
      if (value != previous) {
        double middle = m.left() + c - 0.5;
        gc.lineTo(middle, level(m, previous));
        gc.lineTo(middle, level(m, value));
        previous = value;
      }
    }
    gc.lineTo(m.right(), level(m, previous));
    gc.stroke();
  }

  /** A step's pixel row, centred on a pixel so that the thin horizontal line stays sharp. */
  private static double level(PixelMapping m, double value) {
    return AnnotationPainter.crisp(m.toPixelY(value));
  }

  /** The number of the first {@code size} ascending values that are ≤ x. */
  static int countAtOrBelow(IntToDoubleFunction sortedValue, int size, double x) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sortedValue.applyAsDouble(mid) <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Lollipops for a mass function; the caller sets fill and stroke colours. */
  static void stems(GraphicsContext gc, PixelMapping m, IntToDoubleFunction mass) {
    double first = Math.ceil(m.view().x().min());
    double last = Math.floor(m.view().x().max());
    double count = last - first + 1;
    double baseline = m.toPixelY(0);
    if (count * 2 > m.width()) {
      denseStems(gc, m, mass, baseline);
      return;
    }
    boolean dots = m.width() / count >= MIN_DOT_PIXELS;
    for (double k = first; k <= last; k++) {
      double p = mass.applyAsDouble(toInt(k));
      if (Double.isFinite(p)) {
        double px = m.toPixelX(k);
        double py = m.toPixelY(p);
        gc.strokeLine(px, baseline, px, py);
        if (dots && p != 0) {
          gc.fillOval(px - DOT_RADIUS, py - DOT_RADIUS, 2 * DOT_RADIUS, 2 * DOT_RADIUS);
        }
      }
    }
  }

  private static void denseStems(
      GraphicsContext gc, PixelMapping m, IntToDoubleFunction mass, double baseline) {
    int columns = (int) Math.ceil(m.width());
    for (int c = 0; c < columns; c++) {
      double from = Math.ceil(m.toDataX(m.left() + c));
      double to = Math.ceil(m.toDataX(m.left() + c + 1)) - 1;
      if (to < from) {
        continue;
      }
      double largest = Double.NEGATIVE_INFINITY;
      double span = to - from;
      int probes = (int) Math.min(span, MASS_PROBES_PER_COLUMN - 1);
      for (int i = 0; i <= probes; i++) {
        double k = probes == 0 ? from : Math.round(from + span * i / probes);
        double p = mass.applyAsDouble(toInt(k));
        if (Double.isFinite(p)) {
          largest = Math.max(largest, p);
        }
      }
      if (largest > Double.NEGATIVE_INFINITY) {
        double py = m.toPixelY(largest);
        gc.fillRect(m.left() + c, Math.min(py, baseline), 1, Math.abs(baseline - py));
      }
    }
  }

  /** Histogram bars; bars that share a pixel column are merged into the tallest one. */
  static void histogram(GraphicsContext gc, PixelMapping m, PlotLayer.Histogram h) {
    double baseline = m.toPixelY(0);
    double pendingColumn = Double.NaN;
    double pendingHeight = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < h.binCount(); i++) {
      double x0 = h.edge(i);
      double x1 = h.edge(i + 1);
      double height = h.height(i);
      if (x1 < m.view().x().min() || x0 > m.view().x().max() || !Double.isFinite(height)) {
        continue;
      }
      double px0 = m.toPixelX(x0);
      double px1 = m.toPixelX(x1);
      if (px1 - px0 >= 1) {
        bar(gc, pendingColumn, 1, pendingHeight, m, baseline);
        pendingColumn = Double.NaN;
        bar(gc, px0, px1 - px0, height, m, baseline);
      } else {
        double column = Math.floor(px0);
        if (column != pendingColumn) {
          bar(gc, pendingColumn, 1, pendingHeight, m, baseline);
          pendingColumn = column;
          pendingHeight = height;
        } else {
          pendingHeight = Math.max(pendingHeight, height);
        }
      }
    }
    bar(gc, pendingColumn, 1, pendingHeight, m, baseline);
  }

  private static void bar(
      GraphicsContext gc, double px, double width, double height, PixelMapping m, double baseline) {
    if (Double.isNaN(px)) {
      return;
    }
    double py = m.toPixelY(height);
    gc.fillRect(px, Math.min(py, baseline), width, Math.abs(baseline - py));
    if (width >= 4) {
      gc.strokeRect(px, Math.min(py, baseline), width, Math.abs(baseline - py));
    }
  }

  private static int toInt(double k) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, k));
  }
}
