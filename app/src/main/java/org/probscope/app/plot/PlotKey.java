package org.probscope.app.plot;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * A plot's legend as nodes beside the plot instead of a box inside it: the in-plot legend gives way
 * when it would hide too much data, but with six fits, three family lines and a region the reader
 * still needs to know which is which. Each named layer gets its swatch (colour and dash, or fill)
 * and its name.
 */
public final class PlotKey {

  private final FlowPane root = new FlowPane(12, 4);

  public PlotKey() {
    root.setAlignment(Pos.CENTER_LEFT);
    root.setId("plot-key");
  }

  public FlowPane root() {
    return root;
  }

  /** Shows the key of {@code model} in the colours of {@code theme}. */
  public void show(PlotModel model, PlotTheme theme) {
    root.getChildren().clear();
    for (PlotLayer layer : model.layers()) {
      if (!LegendPainter.inLegend(layer)) {
        continue;
      }
      Label entry = new Label(layer.name(), swatch(layer, LayerPainter.colour(layer, theme)));
      entry.getStyleClass().add("plot-key-entry");
      root.getChildren().add(entry);
    }
  }

  private static Node swatch(PlotLayer layer, Color colour) {
    if (layer instanceof PlotLayer.Band
        || layer instanceof PlotLayer.FilledArea
        || layer instanceof PlotLayer.Histogram) {
      Rectangle r = new Rectangle(22, 10);
      r.setFill(colour.deriveColor(0, 1, 1, LayerPainter.AREA_OPACITY));
      return r;
    }
    if (layer instanceof PlotLayer.Points || layer instanceof PlotLayer.Stems) {
      Rectangle r = new Rectangle(6, 6);
      r.setFill(colour);
      return r;
    }
    Line line = new Line(0, 0, 28, 0);
    line.setStroke(colour);
    line.setStrokeWidth(LayerPainter.CURVE_WIDTH);
    for (double d : LayerPainter.dash(layer).pattern()) {
      line.getStrokeDashArray().add(d);
    }
    return line;
  }
}
