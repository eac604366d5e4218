package org.probscope.app.plot;

import java.util.Objects;
import javafx.application.Platform;
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
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.app.common.TaskRunner;

/**
 * A plot: a region hosting a canvas on which a {@link PlotModel} is drawn, and a second canvas for
 * the crosshair so that mouse moves never redraw the plot.
 *
 * <p>Redraws are coalesced: changing the model, theme or view range (any number of times) only
 * marks the plot dirty; the next pulse draws once (before its layout pass, or in it when the size
 * changed). A frame evaluates the layers at pixel resolution, so its cost does not depend on the
 * sample size.
 *
 * <p>The functions the layers hold are never called on the FX thread: a {@link LayerSampler}
 * tabulates them through the task runner (newest request wins) and frames are drawn from the
 * tables. Until the tables of a new model arrive, the previous model's frame stays on screen.
 *
 * <p>The view follows the model: each new model's home range is shown, with {@link
 * PlotModel#autoY()} the y range fitted to the layers over the visible x range, until the user
 * zooms or pans an axis; from then on that axis stays where the user put it, until {@link
 * #resetView()} (double click, {@code 0}, or a "Frame" command). All methods must be called on the
 * FX thread.
 */
public final class PlotView extends Region {

  private static final double PREFERRED_WIDTH = 480;
  private static final double PREFERRED_HEIGHT = 320;
  private static final double FOCUS_RING = 2;

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

  private final PlotTables tables;
  private final Runnable pulseDraw = this::drawBeforeLayout;
  private boolean changingModel;
  private boolean xPinned;
  private boolean yPinned;
  private boolean plotDirty = true;
  private boolean overlayDirty;
  private PixelMapping mapping;
  private double mouseX = Double.NaN;
  private double mouseY = Double.NaN;
  private long frameCount;

  /** A plot that tabulates its layers on the calling thread: for tests and small tools. */
  public PlotView() {
    this(new SameThreadTaskRunner());
  }

  /** A plot that tabulates its layers through {@code runner}, off the FX thread. */
  public PlotView(TaskRunner runner) {
    tables = new PlotTables(runner, this::onSampled, this::onSamplingFailed);
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
    focusedProperty().addListener(obs -> markOverlayDirty());
    sceneProperty()
        .addListener(
            (obs, old, now) -> {
              if (old != null) {
                old.removePreLayoutPulseListener(pulseDraw);
              }
              if (now != null) {
                now.addPreLayoutPulseListener(pulseDraw);
              }
            });
    viewRange.addListener(
        (obs, old, now) -> {
          if (now == null) {
            resetView(); // a binding may push null; the plot then shows its home range
          } else {
            if (!changingModel && !tables.cover(now.x(), columns())) {
              requestSampling();
            }
            markPlotDirty();
          }
        });
  }

  private void onModelChanged(PlotModel old, PlotModel now) {
    Objects.requireNonNull(now, "model");
    ViewRange current = getViewRange();
    AxisRange x = xPinned ? current.x() : now.home().x();
    // auto y waits for the new tables (onSampled) rather than jumping to the home's y first
    boolean keepY = yPinned || (now.autoY() && !tables.isEmpty() && old != null && old.autoY());
    AxisRange y = keepY ? current.y() : now.home().y();
    changingModel = true;
    try {
      viewRange.set(new ViewRange(x, y));
    } finally {
      changingModel = false;
    }
    requestSampling();
    markPlotDirty();
  }

  /**
   * Asks for new tables: at once when the plot has a size (so that they can arrive before the next
   * pulse draws), else at its first layout.
   */
  private void requestSampling() {
    tables.want();
    if (getWidth() > 0 && getHeight() > 0) {
      startSampling();
    } else {
      setNeedsLayout(true);
    }
  }

  private void startSampling() {
    tables.request(getModel(), getViewRange(), columns(), Math.max(1, snapSizeY(getHeight())));
  }

  private void onSampled(LayerSampler.Frame sampled) {
    if (sampled.source() == getModel() && getModel().autoY() && !yPinned) {
      ViewRange fitted = fitY(getViewRange());
      if (!fitted.equals(getViewRange())) {
        viewRange.set(fitted);
      }
    }
    markPlotDirty();
  }

  private void onSamplingFailed(Throwable error) {
    // the previous frame stays; say why in the accessible text rather than drawing a wrong curve
    setAccessibleText("could not evaluate the plot: " + error.getMessage());
    markPlotDirty();
  }

  /** The plot area's approximate width in pixels, for the tables' resolution. */
  private double columns() {
    double width = snapSizeX(getWidth());
    return width > 0 ? width : PREFERRED_WIDTH;
  }

  /** Whether the newest tables belong to the model set last (false while they are being made). */
  public boolean isCurrent() {
    return tables.areFor(getModel());
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

  /**
   * Back to the model's home range (with auto y if the model asks for it), and following the model
   * again.
   */
  public void resetView() {
    xPinned = false;
    yPinned = false;
    ViewRange home = getModel().home();
    viewRange.set(fitY(home));
  }

  /** Whether the user has zoomed or panned, so that the view no longer follows the model. */
  public boolean isFollowing() {
    return !xPinned && !yPinned;
  }

  private ViewRange fitY(ViewRange range) {
    return tables.fitY(getModel(), range);
  }

  /**
   * A view the user chose by zooming or panning: the axes it moves stop following the model; with
   * auto y and y untouched, y is fitted to the new x range.
   */
  void userView(ViewRange next, boolean movesX, boolean movesY) {
    xPinned |= movesX;
    yPinned |= movesY;
    viewRange.set(yPinned ? next : fitY(next));
  }

  /** Zooms x around the centre of the view; a factor below 1 zooms in. */
  public void zoomX(double factor) {
    ViewRange v = getViewRange();
    userView(v.zoomX(factor, 0.5 * (v.x().min() + v.x().max())), true, false);
  }

  /** Zooms both axes around the centre of the view; a factor below 1 zooms in. */
  public void zoom(double factor) {
    ViewRange v = getViewRange();
    userView(
        v.zoom(factor, 0.5 * (v.x().min() + v.x().max()), 0.5 * (v.y().min() + v.y().max())),
        true,
        true);
  }

  /** Pans by fractions of the visible span (0.1 moves the view a tenth to the right or up). */
  public void panBy(double xFraction, double yFraction) {
    ViewRange v = getViewRange();
    userView(
        v.pan(xFraction * v.x().span(), yFraction * v.y().span()), xFraction != 0, yFraction != 0);
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
    renderer.render(gc, width, height, tables.shown(getModel()), getViewRange(), getTheme());
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
      if (!tables.cover(getViewRange().x(), columns())) {
        tables.want();
      }
    }
    if (tables.wanted() && width > 0 && height > 0) {
      startSampling();
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
            tables.shown(getModel()),
            getViewRange(),
            getTheme());
    updateCrosshair();
    overlayDirty = true;
  }

  private void drawOverlay() {
    overlayDirty = false;
    GraphicsContext gc = overlayCanvas.getGraphicsContext2D();
    gc.clearRect(0, 0, overlayCanvas.getWidth(), overlayCanvas.getHeight());
    if (isFocused()) {
      // the keyboard's target: + / − zoom, the arrows pan, 0 resets
      gc.setStroke(getTheme().series(0));
      gc.setLineWidth(FOCUS_RING);
      gc.setLineDashes();
      gc.strokeRect(
          FOCUS_RING / 2,
          FOCUS_RING / 2,
          overlayCanvas.getWidth() - FOCUS_RING,
          overlayCanvas.getHeight() - FOCUS_RING);
    }
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
   * Marks the plot for drawing at the next pulse, once however many changes come before it. The
   * drawing happens in a pre-layout pulse listener, not only in this region's layout pass: a layout
   * request can be lost when an ancestor was left marked dirty by a request made during an earlier
   * pass (seen on the goodness-of-fit tab, where tables that arrived were never drawn), and the
   * plot's drawing does not depend on its ancestors' layout anyway. Size changes are still handled
   * by the layout pass.
   */
  private void markPlotDirty() {
    plotDirty = true;
    requestDraw();
  }

  private void markOverlayDirty() {
    overlayDirty = true;
    requestDraw();
  }

  private void requestDraw() {
    setNeedsLayout(true);
    Platform.requestNextPulse();
  }

  /** Runs before each pulse's layout: draws what is dirty when the canvases have their size. */
  private void drawBeforeLayout() {
    double width = snapSizeX(getWidth());
    double height = snapSizeY(getHeight());
    if (width <= 0
        || height <= 0
        || plotCanvas.getWidth() != width
        || plotCanvas.getHeight() != height) {
      return; // the layout pass sizes the canvases first
    }
    if (tables.wanted()) {
      startSampling();
    }
    if (plotDirty) {
      drawPlot(width, height);
    }
    if (overlayDirty) {
      drawOverlay();
    }
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
    markOverlayDirty();
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
