package org.probscope.app.plot;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/** Draws markers (a labelled vertical segment) and reference lines. */
final class AnnotationPainter {

  private static final double CAP_HALF_WIDTH = 5;
  private static final double LABEL_GAP = 6;

  private AnnotationPainter() {}

  /** The caller sets stroke and fill colours and the font. */
  static void marker(GraphicsContext gc, PixelMapping m, PlotLayer.Marker marker) {
    if (!Double.isFinite(marker.x())
        || !Double.isFinite(marker.y1())
        || !Double.isFinite(marker.y2())) {
      return;
    }
    double px = crisp(m.toPixelX(marker.x()));
    double py1 = m.toPixelY(marker.y1());
    double py2 = m.toPixelY(marker.y2());
    gc.strokeLine(px, py1, px, py2);
    gc.strokeLine(px - CAP_HALF_WIDTH, py1, px + CAP_HALF_WIDTH, py1);
    gc.strokeLine(px - CAP_HALF_WIDTH, py2, px + CAP_HALF_WIDTH, py2);
    if (!marker.name().isBlank()) {
      boolean aboveLeft = labelAboveLeft(m, Math.min(py1, py2));
      gc.setTextAlign(aboveLeft ? TextAlignment.RIGHT : TextAlignment.LEFT);
      gc.setTextBaseline(aboveLeft ? VPos.BOTTOM : VPos.TOP);
      gc.fillText(
          marker.name(),
          aboveLeft ? px - LABEL_GAP : px + LABEL_GAP,
          aboveLeft ? Math.min(py1, py2) - LABEL_GAP : Math.max(py1, py2) + LABEL_GAP);
    }
  }

  /** Height kept free for a marker's label (the tick font's line). */
  static final double LABEL_HEIGHT = 14;

  /**
   * Where a marker's label goes. The marker (the KS gap) joins two rising curves, so the label goes
   * where they are not: above the upper end and to the left (the curves are lower there), or, when
   * that would leave the plot's top, below the lower end and to the right. Beside the middle of the
   * segment, where it was, it sat on both curves.
   */
  static boolean labelAboveLeft(PixelMapping m, double upperEndPixel) {
    return upperEndPixel - LABEL_GAP - LABEL_HEIGHT >= m.top();
  }

  /** A dashed line across the plot area with its label near the top or right end. */
  static void referenceLine(GraphicsContext gc, PixelMapping m, PlotLayer.ReferenceLine line) {
    if (!Double.isFinite(line.value())) {
      return;
    }
    gc.setLineDashes(6, 4);
    boolean vertical = line.direction() == PlotLayer.ReferenceLine.Direction.VERTICAL;
    if (vertical) {
      double px = crisp(m.toPixelX(line.value()));
      gc.strokeLine(px, m.top(), px, m.bottom());
      gc.setTextAlign(TextAlignment.LEFT);
      gc.setTextBaseline(VPos.TOP);
      gc.fillText(line.name(), px + 4, m.top() + 4);
    } else {
      double py = crisp(m.toPixelY(line.value()));
      gc.strokeLine(m.left(), py, m.right(), py);
      gc.setTextAlign(TextAlignment.RIGHT);
      gc.setTextBaseline(VPos.BOTTOM);
      gc.fillText(line.name(), m.right() - 4, py - 2);
    }
    gc.setLineDashes();
  }

  /** The centre of the pixel containing {@code p}, so one-pixel lines are not smeared over two. */
  static double crisp(double p) {
    return Math.floor(p) + 0.5;
  }
}
