package org.probscope.app.plot;

import javafx.scene.Cursor;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Mouse and keyboard handling for a {@link PlotView}: the wheel zooms x around the cursor (both
 * axes with Ctrl or the shortcut key), dragging pans, a double click resets; when focused, {@code
 * +}/{@code -} zoom x (both axes with Ctrl), the arrow keys pan by a tenth of the view and {@code
 * 0} resets. Mouse moves feed the crosshair.
 */
final class PlotInteraction {

  /**
   * Zoom factor per wheel notch. A notch is 40 units of deltaY on the desktop platforms, positive
   * when the wheel turns away from the user (zoom in); touch pads send smaller deltas and zoom
   * smoothly.
   */
  static final double ZOOM_PER_NOTCH = 1.2;

  static final double NOTCH = 40;

  /** Zoom factor per key press. */
  static final double KEY_ZOOM = 1.25;

  /** Pan per arrow key press, as a fraction of the visible span. */
  static final double KEY_PAN = 0.1;

  private final PlotView view;
  private double pressX;
  private double pressY;
  private ViewRange pressRange;
  private PixelMapping pressMapping;

  private PlotInteraction(PlotView view) {
    this.view = view;
  }

  static void install(PlotView view) {
    PlotInteraction interaction = new PlotInteraction(view);
    view.addEventHandler(ScrollEvent.SCROLL, interaction::onScroll);
    view.addEventHandler(MouseEvent.MOUSE_MOVED, interaction::onMove);
    view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> view.mouseAt(Double.NaN, Double.NaN));
    view.addEventHandler(MouseEvent.MOUSE_PRESSED, interaction::onPress);
    view.addEventHandler(MouseEvent.MOUSE_DRAGGED, interaction::onDrag);
    view.addEventHandler(MouseEvent.MOUSE_RELEASED, interaction::onRelease);
    view.addEventHandler(MouseEvent.MOUSE_CLICKED, interaction::onClick);
    view.addEventHandler(KeyEvent.KEY_PRESSED, interaction::onKey);
  }

  private void onScroll(ScrollEvent event) {
    PixelMapping m = view.mapping();
    if (m == null || event.getDeltaY() == 0 || !m.insideArea(event.getX(), event.getY())) {
      return;
    }
    double factor = Math.pow(ZOOM_PER_NOTCH, -event.getDeltaY() / NOTCH);
    double anchorX = m.toDataX(event.getX());
    ViewRange range = view.getViewRange();
    if (event.isControlDown() || event.isShortcutDown()) {
      view.userView(range.zoom(factor, anchorX, m.toDataY(event.getY())), true, true);
    } else {
      view.userView(range.zoomX(factor, anchorX), true, false);
    }
    event.consume();
  }

  private void onMove(MouseEvent event) {
    view.mouseAt(event.getX(), event.getY());
  }

  private void onPress(MouseEvent event) {
    view.requestFocus();
    // a TabPane focuses itself on any press that reaches it, which took the keys from the plot
    event.consume();
    if (event.getButton() != MouseButton.PRIMARY) {
      return;
    }
    pressX = event.getX();
    pressY = event.getY();
    pressRange = view.getViewRange();
    pressMapping = view.mapping();
  }

  /** Pans relative to the press, with the press's scale, so the grabbed point follows the mouse. */
  private void onDrag(MouseEvent event) {
    view.mouseAt(event.getX(), event.getY());
    if (pressRange == null || pressMapping == null || !event.isPrimaryButtonDown()) {
      return;
    }
    view.setCursor(Cursor.CLOSED_HAND);
    double dx = -(event.getX() - pressX) * pressMapping.dataPerPixelX();
    double dy = (event.getY() - pressY) * pressMapping.dataPerPixelY();
    view.userView(pressRange.pan(dx, dy), dx != 0, dy != 0);
    event.consume();
  }

  private void onRelease(MouseEvent event) {
    pressRange = null;
    pressMapping = null;
    view.setCursor(Cursor.DEFAULT);
  }

  private void onClick(MouseEvent event) {
    if (event.getButton() == MouseButton.PRIMARY
        && event.getClickCount() == 2
        && event.isStillSincePress()) {
      view.resetView();
      event.consume();
    }
  }

  private void onKey(KeyEvent event) {
    boolean both = event.isControlDown() || event.isShortcutDown();
    switch (event.getCode()) {
      case PLUS, ADD, EQUALS -> zoom(1 / KEY_ZOOM, both);
      case MINUS, SUBTRACT -> zoom(KEY_ZOOM, both);
      case LEFT -> view.panBy(-KEY_PAN, 0);
      case RIGHT -> view.panBy(KEY_PAN, 0);
      case UP -> view.panBy(0, KEY_PAN);
      case DOWN -> view.panBy(0, -KEY_PAN);
      case DIGIT0, NUMPAD0 -> view.resetView();
      default -> {
        return;
      }
    }
    event.consume();
  }

  private void zoom(double factor, boolean bothAxes) {
    if (bothAxes) {
      view.zoom(factor);
    } else {
      view.zoomX(factor);
    }
  }
}
