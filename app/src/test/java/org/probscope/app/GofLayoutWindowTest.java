package org.probscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probscope.app.common.AppPreferences;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.app.gof.MetricRow;
import org.probscope.app.plot.PlotView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/** W5: the goodness-of-fit tab stays usable in small windows (800×560 and 1024×700). */
@ExtendWith(ApplicationExtension.class)
class GofLayoutWindowTest {

  private Workspace workspace;
  private Stage stage;
  private javafx.scene.Parent root;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    AppPreferences preferences = AppPreferences.forUser();
    preferences.saveFamily("normal");
    workspace = new Workspace(new SameThreadTaskRunner(), preferences);
    root = App.show(stage, workspace, 800, 560).root();
    stage.show();
  }

  private NodeQuery find(FxRobot robot, String query) {
    return robot.from(root).lookup(query);
  }

  private TableView<MetricRow> openTab(FxRobot robot, double width, double height) {
    // a new scene of the wanted size, as @Start makes: setting the stage's size instead would
    // pin it for the test classes that share this stage after us
    robot.interact(
        () -> {
          root = App.show(stage, workspace, width, height).root();
          stage.sizeToScene();
        });
    robot.interact(() -> workspace.sampler().generate());
    robot.interact(
        () -> find(robot, "#main-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(root::layout);
    WaitForAsyncUtils.waitForFxEvents();
    return find(robot, "#metric-table").queryTableView();
  }

  private static double bottomInScene(Node n) {
    Bounds b = n.localToScene(n.getBoundsInLocal());
    return b.getMaxY();
  }

  @Test
  void at800By560ThePlotHasRoomAndEveryColumnCanBeReached(FxRobot robot) {
    TableView<MetricRow> table = openTab(robot, 800, 560);
    PlotView plot = find(robot, "#gof-plot").query();
    assertThat(plot.getHeight()).isGreaterThanOrEqualTo(140);
    assertThat(bottomInScene(table)).isLessThanOrEqualTo(root.getScene().getHeight());
    double columns = table.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
    boolean scrollsSideways =
        table.lookupAll(".scroll-bar").stream()
            .anyMatch(
                n ->
                    n instanceof ScrollBar bar
                        && bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL
                        && bar.isVisible());
    assertThat(columns <= table.getWidth() || scrollsSideways)
        .as("columns %.0f px in a table %.0f px wide", columns, table.getWidth())
        .isTrue();
    for (var column : table.getColumns()) {
      assertThat(column.getWidth())
          .as(column.getText())
          .isGreaterThanOrEqualTo(column.getMinWidth());
    }
  }

  @Test
  void at1024By700EveryMetricRowShows(FxRobot robot) {
    TableView<MetricRow> table = openTab(robot, 1024, 700);
    PlotView plot = find(robot, "#gof-plot").query();
    assertThat(plot.getHeight()).isGreaterThanOrEqualTo(200);
    double header = table.lookup(".column-header-background").getBoundsInLocal().getHeight();
    double rows = table.getItems().size() * table.getFixedCellSize();
    assertThat(table.getHeight()).isGreaterThanOrEqualTo(header + rows);
    assertThat(bottomInScene(table)).isLessThanOrEqualTo(root.getScene().getHeight());
  }

  @Test
  void aBinsMessageGoesWhenTheUserMovesToAnotherPlotOrFamily(FxRobot robot) {
    openTab(robot, 1024, 700);
    var gof = workspace.gof();
    Label error = find(robot, "#gof-input-error").query();
    for (Runnable moveOn :
        new Runnable[] {
          () -> gof.plotKindProperty().set(org.probscope.app.gof.GofViewModel.PlotKind.CDF),
          () ->
              workspace
                  .explorer()
                  .familyProperty()
                  .set(org.probscope.model.distribution.Families.byName("gamma").orElseThrow())
        }) {
      robot.interact(
          () -> {
            gof.plotKindProperty().set(org.probscope.app.gof.GofViewModel.PlotKind.DENSITY);
            gof.shape().binsTextProperty().set("100000");
            gof.shape().commit();
          });
      assertThat(error.getText()).contains("stay");
      robot.interact(moveOn);
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(error.getText()).isEmpty();
    }
  }
}
