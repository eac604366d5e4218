package org.probscope.app.plot;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A plot: a region hosting a canvas on which a {@link PlotModel} is drawn, and a second canvas for
 * the crosshair so that mouse moves never redraw the plot.
 *
 * <p>Redraws are coalesced: changing the model, theme or view range (any number of times) only
 * marks the plot dirty and requests a layout; the next pulse's layout pass draws once. A frame
 * evaluates the layers at pixel resolution, so its cost does not depend on the sample size.
 *
 * <p>The view range follows the model: a model with a different home range resets the view to it; a
 * model with the same home range (a parameter changed) keeps the user's zoom and pan, except that
 * with {@link PlotModel#autoY()} the y range is recomputed for the visible x range. All methods
 * must be called on the FX thread.
 */
public final class PlotView extends Region {

  private static final double PREFERRED_WIDTH = 480;
  private static final double PREFERRED_HEIGHT = 320;

  private final Canvas plotCanvas = new Canvas();
  private final Canvas overlayCanvas = new Canvas();
  private final PlotRenderer renderer = new PlotRenderer();
  private final ObjectProperty<PlotModel> model =
      new SimpleObjectProperty<>(this, "model", PlotModel.empty());
  private final ObjectProperty<PlotTheme> theme =
      new SimpleObjectProperty<>(this, "theme", PlotTheme.LIGHT);
  private final ObjectProperty<ViewRange> viewRange =
      new SimpleObjectProperty<>(this, "viewRange", PlotModel.empty().home());
  private final ReadOnlyObjectWrapper<DataPoint> crosshair =
      new ReadOnlyObjectWrapper<>(this, "crosshair");

  private boolean plotDirty = true;
  private boolean overlayDirty;
  private PixelMapping mapping;
  private double mouseX = Double.NaN;
  private double mouseY = Double.NaN;
  private long frameCount;

  public PlotView() {
    getStyleClass().add("plot-view");
    overlayCanvas.setMouseTransparent(true);
    plotCanvas.setMouseTransparent(true);
    getChildren().addAll(plotCanvas, overlayCanvas);
    setFocusTraversable(true);
    initListeners();
    PlotInteraction.install(this);
  }

  private void initListeners() {
    model.addListener((obs, old, now) -> onModelChanged(old, now));
    theme.addListener(obs -> markPlotDirty());
    viewRange.addListener(
        (obs, old, now) -> {
          if (now == null) {
            resetView(); // a binding may push null; the plot then shows its home range
          } else {
            markPlotDirty();
          }
        });
  }

  private void onModelChanged(PlotModel old, PlotModel now) {
    Objects.requireNonNull(now, "model");
    boolean sameHome = old != null && old.home().equals(now.home());
    viewRange.set(withAutoY(now, sameHome ? getViewRange() : now.home()));
    markPlotDirty();
  }

  // ---- properties

  /** What the plot shows; never null. */
  public ObjectProperty<PlotModel> modelProperty() {
    return model;
  }

  public PlotModel getModel() {
    return model.get();
  }

  public void setModel(PlotModel newModel) {
    model.set(Objects.requireNonNull(newModel, "model"));
  }

  /** Light or dark colours; never null. */
  public ObjectProperty<PlotTheme> themeProperty() {
    return theme;
  }

  public PlotTheme getTheme() {
    return theme.get();
  }

  public void setTheme(PlotTheme newTheme) {
    theme.set(Objects.requireNonNull(newTheme, "theme"));
  }

  /**
   * The data range currently shown. Zoom, pan and reset write it; a view model may observe it or
   * set it (never to null).
   */
  public ObjectProperty<ViewRange> viewRangeProperty() {
    return viewRange;
  }

  public ViewRange getViewRange() {
    return viewRange.get();
  }

  public void setViewRange(ViewRange range) {
    viewRange.set(Objects.requireNonNull(range, "range"));
  }

  /** The data point under the mouse, or null while the mouse is outside the plot area. */
  public ReadOnlyObjectProperty<DataPoint> crosshairProperty() {
    return crosshair.getReadOnlyProperty();
  }

  public DataPoint getCrosshair() {
    return crosshair.get();
  }

  // ---- commands

  /** Back to the model's home range (with auto y if the model asks for it). */
  public void resetView() {
    viewRange.set(withAutoY(getModel(), getModel().home()));
  }

  /** {@code range}, with its y part fitted to the layers when the model asks for auto y. */
  private static ViewRange withAutoY(PlotModel model, ViewRange range) {
    return model.autoY()
        ? range.withY(AutoRange.yRange(model.layers(), range.x(), range.y()))
        : range;
  }

  /** Zooms x around the centre of the view; a factor below 1 zooms in. */
  public void zoomX(double factor) {
    ViewRange v = getViewRange();
    viewRange.set(v.zoomX(factor, 0.5 * (v.x().min() + v.x().max())));
  }

  /** Zooms both axes around the centre of the view; a factor below 1 zooms in. */
  public void zoom(double factor) {
    ViewRange v = getViewRange();
    viewRange.set(
        v.zoom(factor, 0.5 * (v.x().min() + v.x().max()), 0.5 * (v.y().min() + v.y().max())));
  }

  /** Pans by fractions of the visible span (0.1 moves the view a tenth to the right or up). */
  public void panBy(double xFraction, double yFraction) {
    ViewRange v = getViewRange();
    viewRange.set(v.pan(xFraction * v.x().span(), yFraction * v.y().span()));
  }

  /**
   * Draws the current plot, without crosshair, at {@code scale} times its size (2 for a sharp image
   * on paper) and returns its pixels. Call on the FX thread; encode the result elsewhere with
   * {@link PlotImage#writePng}.
   */
  public PlotImage exportImage(double scale) {
    if (!(scale > 0) || !Double.isFinite(scale)) {
      throw new IllegalArgumentException("scale must be positive: " + scale);
    }
    double width = Math.max(1, snapSizeX(getWidth()));
    double height = Math.max(1, snapSizeY(getHeight()));
    Canvas canvas = new Canvas(Math.round(width * scale), Math.round(height * scale));
    GraphicsContext gc = canvas.getGraphicsContext2D();
    gc.scale(scale, scale);
    renderer.render(gc, width, height, getModel(), getViewRange(), getTheme());
    SnapshotParameters parameters = new SnapshotParameters();
    parameters.setFill(Color.TRANSPARENT);
    WritableImage image = canvas.snapshot(parameters, null);
    return PlotImage.of(image);
  }

  // ---- drawing

  @Override
  protected void layoutChildren() {
    double width = snapSizeX(getWidth());
    double height = snapSizeY(getHeight());
    if (plotCanvas.getWidth() != width || plotCanvas.getHeight() != height) {
      plotCanvas.setWidth(width);
      plotCanvas.setHeight(height);
      overlayCanvas.setWidth(width);
      overlayCanvas.setHeight(height);
      plotDirty = true;
    }
    if (plotDirty) {
      drawPlot(width, height);
    }
    if (overlayDirty) {
      drawOverlay();
    }
  }

  private void drawPlot(double width, double height) {
    plotDirty = false;
    frameCount++;
    mapping =
        renderer.render(
            plotCanvas.getGraphicsContext2D(),
            width,
            height,
            getModel(),
            getViewRange(),
            getTheme());
    updateCrosshair();
    overlayDirty = true;
  }

  private void drawOverlay() {
    overlayDirty = false;
    GraphicsContext gc = overlayCanvas.getGraphicsContext2D();
    gc.clearRect(0, 0, overlayCanvas.getWidth(), overlayCanvas.getHeight());
    DataPoint point = crosshair.get();
    if (point == null || mapping == null) {
      return;
    }
    double px = AnnotationPainter.crisp(mouseX);
    double py = AnnotationPainter.crisp(mouseY);
    gc.setStroke(getTheme().crosshair());
    gc.setLineWidth(1);
    gc.setLineDashes(3, 3);
    gc.strokeLine(px, mapping.top(), px, mapping.bottom());
    gc.strokeLine(mapping.left(), py, mapping.right(), py);
  }

  /**
   * Marks only this region for layout (not its parents, whose layout does not depend on what the
   * plot shows), which also schedules a pulse; the pulse's layout pass then draws once.
   */
  private void markPlotDirty() {
    plotDirty = true;
    setNeedsLayout(true);
  }

  // ---- for PlotInteraction and tests

  /** Where the last frame put the data, or null before the first frame or when too small. */
  PixelMapping mapping() {
    return mapping;
  }

  /** How many frames have been drawn; tests use it to check coalescing. */
  long frameCount() {
    return frameCount;
  }

  /** Records the mouse position (in this region's coordinates; NaN when outside). */
  void mouseAt(double x, double y) {
    mouseX = x;
    mouseY = y;
    updateCrosshair();
    overlayDirty = true;
    setNeedsLayout(true);
  }

  private void updateCrosshair() {
    if (mapping == null || !mapping.insideArea(mouseX, mouseY)) {
      crosshair.set(null);
    } else {
      crosshair.set(new DataPoint(mapping.toDataX(mouseX), mapping.toDataY(mouseY)));
    }
  }

  @Override
  protected double computePrefWidth(double height) {
    return PREFERRED_WIDTH;
  }

  @Override
  protected double computePrefHeight(double width) {
    return PREFERRED_HEIGHT;
  }

  @Override
  protected double computeMinWidth(double height) {
    return 0;
  }

  @Override
  protected double computeMinHeight(double width) {
    return 0;
  }
}
