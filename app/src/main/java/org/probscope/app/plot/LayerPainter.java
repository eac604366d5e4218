package org.probscope.app.plot;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/** Sets the style of each kind of layer and hands it to the painter that draws its geometry. */
final class LayerPainter {

  static final double BAND_OPACITY = 0.18;
  static final double AREA_OPACITY = 0.35;
  static final double BAR_OPACITY = 0.45;
  static final double CURVE_WIDTH = 2;
  static final double STEP_WIDTH = 1.5;

  private static final Font LABEL_FONT = Font.font(null, FontWeight.BOLD, 11);

  private LayerPainter() {}

  /** The colour a layer is drawn in under {@code theme}. */
  static Color colour(PlotLayer layer, PlotTheme theme) {
    return layer.series() == PlotLayer.NEUTRAL ? theme.mutedText() : theme.series(layer.series());
  }

  /** Draws one layer; the caller has clipped to the plot area and restores the context after. */
  static void paint(GraphicsContext gc, PixelMapping m, PlotTheme theme, PlotLayer layer) {
    Color colour = colour(layer, theme);
    gc.setStroke(colour);
    gc.setFill(colour);
    gc.setLineJoin(StrokeLineJoin.ROUND);
    gc.setLineCap(StrokeLineCap.BUTT);
    gc.setLineWidth(STEP_WIDTH);
    gc.setLineDashes(dash(layer).pattern());
    if (layer instanceof PlotLayer.Curve curve) {
      gc.setLineWidth(CURVE_WIDTH);
      FunctionPainter.curve(gc, m, curve.function());
    } else if (layer instanceof PlotLayer.StepCurve steps) {
      gc.setLineWidth(CURVE_WIDTH);
      StepPainter.integerSteps(gc, m, steps.valueAt(), steps.dots(), theme.background());
    } else if (layer instanceof PlotLayer.Polyline line) {
      gc.setLineWidth(CURVE_WIDTH);
      polyline(gc, m, line);
    } else if (layer instanceof PlotLayer.EcdfSteps ecdf) {
      StepPainter.ecdf(gc, m, ecdf.sortedValue(), ecdf.size());
    } else if (layer instanceof PlotLayer.Stems stems) {
      StepPainter.stems(gc, m, stems.mass());
    } else if (layer instanceof PlotLayer.Band band) {
      gc.setFill(colour.deriveColor(0, 1, 1, BAND_OPACITY));
      FunctionPainter.area(
          gc, m, band.lower(), band.upper(), Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    } else if (layer instanceof PlotLayer.FilledArea area) {
      gc.setFill(colour.deriveColor(0, 1, 1, AREA_OPACITY));
      FunctionPainter.area(gc, m, area.lower(), area.upper(), area.from(), area.to());
    } else if (layer instanceof PlotLayer.Histogram histogram) {
      gc.setFill(colour.deriveColor(0, 1, 1, BAR_OPACITY));
      gc.setLineWidth(1);
      StepPainter.histogram(gc, m, histogram);
    } else if (layer instanceof PlotLayer.Marker marker) {
      gc.setLineWidth(CURVE_WIDTH);
      gc.setFont(LABEL_FONT);
      AnnotationPainter.marker(gc, m, marker);
    } else if (layer instanceof PlotLayer.ReferenceLine line) {
      gc.setLineWidth(1);
      gc.setFont(PlotRenderer.TICK_FONT);
      AnnotationPainter.referenceLine(gc, m, line);
    } else if (layer instanceof PlotLayer.Points points) {
      PointPainter.points(gc, m, points);
    }
    gc.setLineDashes();
  }

  /** The dash of a line layer; other layers are drawn solid. */
  static Dash dash(PlotLayer layer) {
    if (layer instanceof PlotLayer.Curve c) {
      return c.dash();
    }
    if (layer instanceof PlotLayer.StepCurve s) {
      return s.dash();
    }
    if (layer instanceof PlotLayer.Polyline p) {
      return p.dash();
    }
    return Dash.SOLID;
  }

  private static void polyline(GraphicsContext gc, PixelMapping m, PlotLayer.Polyline line) {
    gc.beginPath();
    boolean penDown = false;
    for (int i = 0; i < line.size(); i++) {
      double x = line.x(i);
      double y = line.y(i);
      if (!Double.isFinite(x) || !Double.isFinite(y)) {
        penDown = false;
        continue;
      }
      // clamp far vertices so that a line running off the view stays a line
      double px = Math.max(-1e4, Math.min(1e4, m.toPixelX(x)));
      double py = Math.max(-1e4, Math.min(1e4, m.toPixelY(y)));
      if (penDown) {
        gc.lineTo(px, py);
      } else {
        gc.moveTo(px, py);
      }
      penDown = true;
    }
    gc.stroke();
  }
}
