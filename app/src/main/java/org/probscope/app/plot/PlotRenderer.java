package org.probscope.app.plot;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws one complete frame (background, grid, layers, axes, titles, legend) into a graphics
 * context. It holds no plot state, only a text node for measuring labels, so the view and the PNG
 * export share it.
 */
final class PlotRenderer {

  static final Font TICK_FONT = Font.font(11);
  private static final Font AXIS_TITLE_FONT = Font.font(12);
  private static final Font TITLE_FONT = Font.font(null, FontWeight.BOLD, 13);

  private static final double PAD = 8;
  private static final double TICK_LENGTH = 5;
  private static final double TICK_LABEL_HEIGHT = 14;
  private static final double TITLE_HEIGHT = 18;
  private static final double AXIS_TITLE_HEIGHT = 16;
  private static final double MIN_AREA = 10;
  private static final double Y_TICK_SPACING = 40;
  private static final double X_TICK_SPACING = 90;
  private static final double X_LABEL_GAP = 12;

  private final Text measure = new Text();

  /**
   * Draws the frame in a {@code width × height} box and returns where the data went, or {@code
   * null} when the box is too small for a plot area (only the background is drawn then).
   */
  PixelMapping render(
      GraphicsContext gc,
      double width,
      double height,
      PlotModel model,
      ViewRange view,
      PlotTheme theme) {
    gc.setFill(theme.background());
    gc.fillRect(0, 0, width, height);
    double top = PAD + (model.title().isBlank() ? 0 : TITLE_HEIGHT + PAD);
    double bottomMargin =
        TICK_LENGTH
            + 4
            + TICK_LABEL_HEIGHT
            + (model.xTitle().isBlank() ? 0 : AXIS_TITLE_HEIGHT + 4)
            + PAD;
    double areaHeight = Math.floor(height - top - bottomMargin);
    if (areaHeight < MIN_AREA) {
      return null;
    }
    List<Tick> yTicks = NiceTicks.of(view.y(), Math.max(2, (int) (areaHeight / Y_TICK_SPACING)));
    double yLabelWidth = widest(yTicks, TICK_FONT);
    double left =
        Math.ceil(
            PAD
                + (model.yTitle().isBlank() ? 0 : AXIS_TITLE_HEIGHT + 4)
                + yLabelWidth
                + 4
                + TICK_LENGTH);
    double areaWidth = Math.floor(width - left - 2 * PAD);
    if (areaWidth < MIN_AREA) {
      return null;
    }
    PixelMapping m = new PixelMapping(view, left, top, areaWidth, areaHeight);
    List<Tick> xTicks = xTicks(view.x(), areaWidth);
    grid(gc, m, xTicks, yTicks, theme);
    gc.save();
    gc.beginPath();
    gc.rect(m.left(), m.top(), m.width(), m.height());
    gc.clip();
    for (PlotLayer layer : model.layers()) {
      LayerPainter.paint(gc, m, theme, layer);
    }
    gc.restore();
    axes(gc, m, xTicks, yTicks, theme);
    titles(gc, m, model, theme, width);
    LegendPainter.paint(gc, m, theme, model.layers(), measure);
    return m;
  }

  /** X ticks spaced so that the widest label still fits between neighbours. */
  private List<Tick> xTicks(AxisRange x, double areaWidth) {
    int count = Math.max(2, (int) (areaWidth / X_TICK_SPACING));
    List<Tick> ticks = NiceTicks.of(x, count);
    double needed = (widest(ticks, TICK_FONT) + X_LABEL_GAP) * ticks.size();
    if (needed > areaWidth && count > 2) {
      int fitting = (int) (count * areaWidth / needed);
      ticks = NiceTicks.of(x, Math.max(2, fitting));
    }
    return ticks;
  }

  private void grid(
      GraphicsContext gc, PixelMapping m, List<Tick> xTicks, List<Tick> yTicks, PlotTheme theme) {
    gc.setStroke(theme.grid());
    gc.setLineWidth(1);
    for (Tick tick : xTicks) {
      double px = AnnotationPainter.crisp(m.toPixelX(tick.value()));
      gc.strokeLine(px, m.top(), px, m.bottom());
    }
    for (Tick tick : yTicks) {
      double py = AnnotationPainter.crisp(m.toPixelY(tick.value()));
      gc.strokeLine(m.left(), py, m.right(), py);
    }
  }

  private void axes(
      GraphicsContext gc, PixelMapping m, List<Tick> xTicks, List<Tick> yTicks, PlotTheme theme) {
    gc.setStroke(theme.axis());
    gc.setLineWidth(1);
    double axisX = m.left() - 0.5;
    double axisY = m.bottom() + 0.5;
    gc.strokeLine(axisX, m.top(), axisX, axisY);
    gc.strokeLine(axisX, axisY, m.right(), axisY);
    gc.setFill(theme.mutedText());
    gc.setFont(TICK_FONT);
    gc.setTextAlign(TextAlignment.CENTER);
    gc.setTextBaseline(VPos.TOP);
    for (Tick tick : xTicks) {
      double px = AnnotationPainter.crisp(m.toPixelX(tick.value()));
      gc.strokeLine(px, axisY, px, axisY + TICK_LENGTH);
      double half = textWidth(tick.label(), TICK_FONT) / 2;
      gc.fillText(
          tick.label(), labelCentre(px, half, gc.getCanvas().getWidth()), axisY + TICK_LENGTH + 2);
    }
    gc.setTextAlign(TextAlignment.RIGHT);
    gc.setTextBaseline(VPos.CENTER);
    for (Tick tick : yTicks) {
      double py = AnnotationPainter.crisp(m.toPixelY(tick.value()));
      gc.strokeLine(axisX - TICK_LENGTH, py, axisX, py);
      gc.fillText(tick.label(), axisX - TICK_LENGTH - 3, py);
    }
  }

  private void titles(
      GraphicsContext gc, PixelMapping m, PlotModel model, PlotTheme theme, double width) {
    gc.setFill(theme.text());
    gc.setTextAlign(TextAlignment.CENTER);
    if (!model.title().isBlank()) {
      gc.setFont(TITLE_FONT);
      gc.setTextBaseline(VPos.TOP);
      gc.fillText(fitted(model.title(), TITLE_FONT, width - 2 * PAD), width / 2, PAD);
    }
    gc.setFont(AXIS_TITLE_FONT);
    if (!model.xTitle().isBlank()) {
      gc.setTextBaseline(VPos.TOP);
      double y = m.bottom() + TICK_LENGTH + 4 + TICK_LABEL_HEIGHT + 4;
      gc.fillText(fitted(model.xTitle(), AXIS_TITLE_FONT, m.width()), m.left() + m.width() / 2, y);
    }
    if (!model.yTitle().isBlank()) {
      gc.save();
      gc.translate(PAD, m.top() + m.height() / 2);
      gc.rotate(-90);
      gc.setTextBaseline(VPos.TOP);
      gc.fillText(fitted(model.yTitle(), AXIS_TITLE_FONT, m.height()), 0, 0);
      gc.restore();
    }
  }

  /**
   * {@code text}, shortened with an ellipsis until it fits in {@code room} pixels, so that titles
   * of neighbouring plots in a narrow window never run into each other.
   */
  String fitted(String text, Font font, double room) {
    if (textWidth(text, font) <= room) {
      return text;
    }
    for (int end = text.length() - 1; end > 0; end--) {
      String shortened = text.substring(0, end).stripTrailing() + "…";
      if (textWidth(shortened, font) <= room) {
        return shortened;
      }
    }
    return "";
  }

  /**
   * Where an x tick label of half-width {@code half} is centred: under its tick, moved inwards just
   * enough that it is not cut by the canvas edge (the last label, "100000", at the right end).
   */
  static double labelCentre(double tickPixel, double half, double canvasWidth) {
    double right = canvasWidth - 1 - half;
    double left = 1 + half;
    return right < left ? canvasWidth / 2 : Math.max(left, Math.min(right, tickPixel));
  }

  private double widest(List<Tick> ticks, Font font) {
    double widest = 0;
    for (Tick tick : ticks) {
      widest = Math.max(widest, textWidth(tick.label(), font));
    }
    return widest;
  }

  double textWidth(String text, Font font) {
    measure.setFont(font);
    measure.setText(text);
    return measure.getLayoutBounds().getWidth();
  }
}
