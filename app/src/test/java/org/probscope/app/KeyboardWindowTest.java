package org.probscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probscope.app.common.AppPreferences;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.app.plot.PlotImage;
import org.probscope.app.plot.PlotView;
import org.probscope.app.plot.ViewRange;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 7, item 13: the window works with a keyboard, and shows where the keyboard is. */
@ExtendWith(ApplicationExtension.class)
class KeyboardWindowTest {

  private javafx.scene.Parent root;
  private Workspace workspace;

  @Start
  void start(Stage stage) {
    AppPreferences preferences = AppPreferences.forUser();
    preferences.saveFamily("normal");
    preferences.saveTheme(org.probscope.app.common.Theme.LIGHT);
    workspace = new Workspace(new SameThreadTaskRunner(), preferences);
    root = App.show(stage, workspace, 1280, 800).root();
    stage.show();
  }

  private NodeQuery find(FxRobot robot, String query) {
    return robot.from(root).lookup(query);
  }

  @Test
  void clickingAPlotFocusesItSoPlusZoomsAndTheArrowsPanInsteadOfSwitchingTabs(FxRobot robot) {
    PlotView density = find(robot, "#density-plot").query();
    robot.clickOn(density);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(density.isFocused()).isTrue();

    ViewRange before = density.getViewRange();
    robot.type(KeyCode.ADD);
    assertThat(density.getViewRange().x().span()).isLessThan(before.x().span());
    ViewRange zoomed = density.getViewRange();
    robot.type(KeyCode.RIGHT);
    assertThat(density.getViewRange().x().min()).isGreaterThan(zoomed.x().min());
    TabPane tabs = find(robot, "#main-tabs").query();
    assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();
  }

  @Test
  void aFocusedPlotDrawsAFocusRing(FxRobot robot) {
    PlotView density = find(robot, "#density-plot").query();
    robot.clickOn(density);
    WaitForAsyncUtils.waitForFxEvents();
    PlotImage image = snapshot(robot, density);
    int edge = image.argb(image.width() / 2, 1); // the ring covers rows 0 and 1
    int ring = toArgb(density.getTheme().series(0));
    assertThat(Math.abs(((edge >> 16) & 0xff) - ((ring >> 16) & 0xff))).isLessThan(40);
    assertThat(Math.abs((edge & 0xff) - (ring & 0xff))).isLessThan(40);
  }

  private static PlotImage snapshot(FxRobot robot, PlotView view) {
    PlotImage[] out = new PlotImage[1];
    robot.interact(() -> out[0] = PlotImage.of(view.snapshot(null, null)));
    return out[0];
  }

  private static int toArgb(javafx.scene.paint.Color c) {
    return 0xff000000
        | (int) Math.round(c.getRed() * 255) << 16
        | (int) Math.round(c.getGreen() * 255) << 8
        | (int) Math.round(c.getBlue() * 255);
  }

  @Test
  void shortcutsPressedInTheFamilyPickerRunTheirCommandAndDoNotOpenItsList(FxRobot robot) {
    Node picker = find(robot, "#family-picker").query();
    robot.interact(picker::requestFocus);
    robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    TextField spec = find(robot, "#spec-field").query();
    assertThat(spec.isFocused()).isTrue();
    assertThat(robot.from(root).lookup(".combo-box").queryAll())
        .noneMatch(n -> n instanceof ComboBox<?> c && c.isShowing());

    // a shortcut that leaves the focus where it is (Ctrl+O's file dialog does too)
    robot.interact(picker::requestFocus);
    boolean dark = workspace.theme().isDark();
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .type(KeyCode.D)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(workspace.theme().isDark()).isNotEqualTo(dark);
    assertThat(robot.from(root).lookup(".combo-box").queryAll())
        .noneMatch(n -> n instanceof ComboBox<?> c && c.isShowing());
    robot
        .press(KeyCode.CONTROL, KeyCode.SHIFT)
        .type(KeyCode.D)
        .release(KeyCode.SHIFT, KeyCode.CONTROL);
  }

  @Test
  void focusedSlidersAndSectionHeadersAreMarked(FxRobot robot) {
    Slider mean = find(robot, "#slider-mean").query();
    Node thumb = mean.lookup(".thumb");
    robot.interact(mean::requestFocus);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(thumb.getEffect()).isNotNull();

    TitledPane calculator =
        robot.from(root).lookup(".titled-pane").queryAllAs(TitledPane.class).stream()
            .filter(t -> t.getText().equals("Calculator"))
            .findFirst()
            .orElseThrow();
    javafx.scene.layout.Region title = (javafx.scene.layout.Region) calculator.lookup(".title");
    robot.interact(calculator::requestFocus);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(title.getBorder()).isNotNull();
    assertThat(title.getBorder().getStrokes()).isNotEmpty();
  }
}
