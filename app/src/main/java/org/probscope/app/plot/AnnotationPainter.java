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
      boolean leftSide = px > m.left() + m.width() * 0.75;
      gc.setTextAlign(leftSide ? TextAlignment.RIGHT : TextAlignment.LEFT);
      gc.setTextBaseline(VPos.CENTER);
      double labelX = leftSide ? px - CAP_HALF_WIDTH - LABEL_GAP : px + CAP_HALF_WIDTH + LABEL_GAP;
      gc.fillText(marker.name(), labelX, 0.5 * (py1 + py2));
    }
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
