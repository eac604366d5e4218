package org.probscope.app.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.probscope.app.plot.PlotFixture.mapping;
import static org.probscope.app.plot.PlotFixture.onFx;
import static org.probscope.app.plot.PlotFixture.runFx;

import java.util.List;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Zoom, pan, reset, keyboard and crosshair, driven through the headless robot. */
@ExtendWith(ApplicationExtension.class)
class PlotInteractionTest {

  private static final ViewRange HOME = ViewRange.of(-4, 4, 0, 0.5);

  /** Relative tolerance on ranges: the operations are a few double multiplications. */
  private static final double RELATIVE = 1e-9;

  /**
   * Tolerance on where the anchor sits in the view: event coordinates pass through the scene's
   * single-precision picking, which moves them by up to ~1e-7 pixels.
   */
  private static final double ANCHOR = 1e-6;

  private PlotView view;

  @Start
  void start(Stage stage) {
    view = PlotFixture.showIn(stage);
  }

  @BeforeEach
  void showDensity() {
    runFx(
        () ->
            view.setModel(
                PlotModel.of(
                    HOME,
                    List.of(
                        new PlotLayer.Curve(
                            "", 0, x -> Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI))))));
  }

  /** The screen position of data point (x, y) in the current frame. */
  private Point2D screenPoint(double x, double y) {
    PixelMapping m = mapping(view);
    return onFx(() -> view.localToScreen(m.toPixelX(x), m.toPixelY(y)));
  }

  @Test
  void theCrosshairReportsTheDataPointUnderTheMouse(FxRobot robot) {
    robot.moveTo(screenPoint(1.0, 0.2));
    PixelMapping m = mapping(view);
    DataPoint point = onFx(view::getCrosshair);
    // the robot moves in whole pixels: the reported point is within one pixel of the target
    assertThat(point.x()).isCloseTo(1.0, within(m.dataPerPixelX()));
    assertThat(point.y()).isCloseTo(0.2, within(m.dataPerPixelY()));
  }

  @Test
  void theCrosshairIsClearedOutsideThePlotArea(FxRobot robot) {
    robot.moveTo(screenPoint(0, 0.2));
    assertThat(onFx(view::getCrosshair)).isNotNull();
    PixelMapping m = mapping(view);
    robot.moveTo(onFx(() -> view.localToScreen(m.left() / 2, m.top() + 10)));
    assertThat(onFx(view::getCrosshair)).isNull();
  }

  /** A wheel event as the desktop platforms deliver it: 40 units of deltaY per notch. */
  private void wheel(double x, double y, double notches, boolean controlDown) {
    PixelMapping m = mapping(view);
    runFx(
        () -> {
          Point2D scene = view.localToScene(m.toPixelX(x), m.toPixelY(y));
          double deltaY = notches * PlotInteraction.NOTCH;
          Event.fireEvent(
              view,
              new ScrollEvent(
                  ScrollEvent.SCROLL,
                  scene.getX(),
                  scene.getY(),
                  scene.getX(),
                  scene.getY(),
                  false,
                  controlDown,
                  false,
                  false,
                  false,
                  false,
                  0,
                  deltaY,
                  0,
                  deltaY,
                  ScrollEvent.HorizontalTextScrollUnits.NONE,
                  0,
                  ScrollEvent.VerticalTextScrollUnits.LINES,
                  notches,
                  0,
                  null));
        });
  }

  @Test
  void aWheelNotchAwayFromTheUserZoomsXInAroundTheCursor() {
    wheel(2.0, 0.2, 1, false);
    ViewRange after = onFx(view::getViewRange);
    assertThat(after.y()).isEqualTo(HOME.y());
    assertThat(after.x().span())
        .isCloseTo(HOME.x().span() / PlotInteraction.ZOOM_PER_NOTCH, within(RELATIVE));
    // the data x under the cursor stays under the cursor
    assertThat((2.0 - after.x().min()) / after.x().span())
        .isCloseTo((2.0 - HOME.x().min()) / HOME.x().span(), within(ANCHOR));
  }

  @Test
  void aWheelNotchWithControlZoomsBothAxesAroundTheCursor() {
    wheel(-1.0, 0.3, -2, true);
    ViewRange after = onFx(view::getViewRange);
    double factor = PlotInteraction.ZOOM_PER_NOTCH * PlotInteraction.ZOOM_PER_NOTCH;
    assertThat(after.x().span()).isCloseTo(HOME.x().span() * factor, within(RELATIVE));
    assertThat(after.y().span()).isCloseTo(HOME.y().span() * factor, within(RELATIVE));
    assertThat((0.3 - after.y().min()) / after.y().span())
        .isCloseTo((0.3 - HOME.y().min()) / HOME.y().span(), within(ANCHOR));
  }

  /**
   * Through the robot: Monocle reports the wheel in its own units and sign (deltaY = -1 for
   * TestFX's UP), so this checks only that a real scroll event zooms x around the cursor.
   */
  @Test
  void aRobotScrollZoomsXAroundTheCursor(FxRobot robot) {
    robot.moveTo(screenPoint(2.0, 0.2));
    double anchor = onFx(view::getCrosshair).x();
    robot.scroll(1, VerticalDirection.UP);
    ViewRange after = onFx(view::getViewRange);
    assertThat(after.y()).isEqualTo(HOME.y());
    assertThat(after.x().span()).isNotCloseTo(HOME.x().span(), within(HOME.x().span() * 1e-3));
    assertThat((anchor - after.x().min()) / after.x().span())
        .isCloseTo((anchor - HOME.x().min()) / HOME.x().span(), within(RELATIVE));
  }

  @Test
  void draggingPansTheGrabbedPointAlongWithTheMouse(FxRobot robot) {
    PixelMapping m = mapping(view);
    Point2D from = screenPoint(0, 0.25);
    robot.drag(from, MouseButton.PRIMARY).moveBy(60, -30).drop();
    ViewRange after = onFx(view::getViewRange);
    // moving the mouse 60 px right shows data 60 px further left; 30 px up shows data further up
    assertThat(after.x().min())
        .isCloseTo(HOME.x().min() - 60 * m.dataPerPixelX(), within(m.dataPerPixelX() * 1e-6));
    assertThat(after.y().min())
        .isCloseTo(HOME.y().min() - 30 * m.dataPerPixelY(), within(m.dataPerPixelY() * 1e-6));
    assertThat(after.x().span()).isCloseTo(HOME.x().span(), within(HOME.x().span() * RELATIVE));
  }

  @Test
  void doubleClickResetsTheView(FxRobot robot) {
    runFx(() -> view.setViewRange(ViewRange.of(0, 1, 0, 0.1)));
    robot.moveTo(screenPoint(0.5, 0.05)).doubleClickOn(MouseButton.PRIMARY);
    assertThat(onFx(view::getViewRange)).isEqualTo(HOME);
  }

  @Test
  void keysZoomPanAndResetWhenFocused(FxRobot robot) {
    robot.clickOn(screenPoint(0, 0.25));
    robot.type(KeyCode.EQUALS);
    ViewRange zoomed = onFx(view::getViewRange);
    assertThat(zoomed.x().span())
        .isCloseTo(HOME.x().span() / PlotInteraction.KEY_ZOOM, within(1e-9));
    robot.type(KeyCode.RIGHT);
    ViewRange panned = onFx(view::getViewRange);
    assertThat(panned.x().min() - zoomed.x().min())
        .isCloseTo(PlotInteraction.KEY_PAN * zoomed.x().span(), within(1e-9));
    robot.type(KeyCode.DIGIT0);
    assertThat(onFx(view::getViewRange)).isEqualTo(HOME);
  }
}
