package org.probscope.app.plot;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws the legend box for the named layers in the corner of the plot area where it hides the
 * least: each corner is scored by probing the layers (already tabulated, so this is cheap) across
 * the box's columns and counting what would fall under it; ties keep the conventional order top
 * right, top left, bottom right, bottom left. A CDF or a quantile function, which ends in the top
 * right, gets its legend in the top left.
 */
final class LegendPainter {

  private static final double ROW_HEIGHT = 18;
  private static final double SWATCH_WIDTH = 28;
  private static final double INSET = 8;
  private static final double GAP = 6;

  private LegendPainter() {}

  static void paint(
      GraphicsContext gc, PixelMapping m, PlotTheme theme, List<PlotLayer> layers, Text measure) {
    List<PlotLayer> entries = new ArrayList<>();
    double textWidth = 0;
    measure.setFont(PlotRenderer.TICK_FONT);
    for (PlotLayer layer : layers) {
      if (inLegend(layer)) {
        entries.add(layer);
        measure.setText(layer.name());
        textWidth = Math.max(textWidth, measure.getLayoutBounds().getWidth());
      }
    }
    if (entries.isEmpty()) {
      return;
    }
    double boxWidth = GAP + SWATCH_WIDTH + GAP + textWidth + GAP;
    double boxHeight = entries.size() * ROW_HEIGHT + GAP;
    double[] corner =
        LegendPlacement.cornerOrNone(m, layers, boxWidth + 2 * INSET, boxHeight + 2 * INSET);
    if (corner == null) {
      return;
    }
    double boxLeft = Math.floor(corner[0] + INSET) + 0.5;
    double boxTop = Math.floor(corner[1] + INSET) + 0.5;
    gc.setFill(theme.legendBackground());
    gc.fillRect(boxLeft, boxTop, boxWidth, boxHeight);
    gc.setStroke(theme.grid());
    gc.setLineWidth(1);
    gc.strokeRect(boxLeft, boxTop, boxWidth, boxHeight);
    gc.setFont(PlotRenderer.TICK_FONT);
    gc.setTextAlign(TextAlignment.LEFT);
    gc.setTextBaseline(VPos.CENTER);
    for (int i = 0; i < entries.size(); i++) {
      PlotLayer layer = entries.get(i);
      double rowCentre = boxTop + GAP / 2 + (i + 0.5) * ROW_HEIGHT;
      swatch(gc, layer, LayerPainter.colour(layer, theme), boxLeft + GAP, rowCentre);
      gc.setFill(theme.text());
      gc.fillText(layer.name(), boxLeft + GAP + SWATCH_WIDTH + GAP, rowCentre);
    }
  }

  /** Markers and reference lines carry their label on the plot instead. */
  static boolean inLegend(PlotLayer layer) {
    return !layer.name().isBlank()
        && !(layer instanceof PlotLayer.Marker)
        && !(layer instanceof PlotLayer.ReferenceLine);
  }

  private static void swatch(
      GraphicsContext gc, PlotLayer layer, Color colour, double x, double y) {
    gc.setStroke(colour);
    gc.setFill(colour);
    gc.setLineWidth(LayerPainter.CURVE_WIDTH);
    if (layer instanceof PlotLayer.Band) {
      gc.setFill(colour.deriveColor(0, 1, 1, LayerPainter.BAND_OPACITY * 2));
      gc.fillRect(x, y - 5, SWATCH_WIDTH, 10);
    } else if (layer instanceof PlotLayer.FilledArea || layer instanceof PlotLayer.Histogram) {
      gc.setFill(colour.deriveColor(0, 1, 1, LayerPainter.AREA_OPACITY * 1.5));
      gc.fillRect(x, y - 5, SWATCH_WIDTH, 10);
    } else if (layer instanceof PlotLayer.Points) {
      double size = PointPainter.DOT_SIZE + 2;
      gc.fillRect(x + SWATCH_WIDTH / 2 - size / 2, y - size / 2, size, size);
    } else if (layer instanceof PlotLayer.Stems) {
      double cx = x + SWATCH_WIDTH / 2;
      gc.setLineWidth(LayerPainter.STEP_WIDTH);
      gc.strokeLine(cx, y + 6, cx, y - 3);
      double r = StepPainter.DOT_RADIUS;
      gc.fillOval(cx - r, y - 3 - r, 2 * r, 2 * r);
    } else {
      gc.setLineDashes(LayerPainter.dash(layer).pattern());
      gc.strokeLine(x, y, x + SWATCH_WIDTH, y);
      gc.setLineDashes();
    }
  }
}
