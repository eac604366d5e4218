package org.probscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.probscope.app.common.AppPreferences;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.app.gof.MetricRow;
import org.probscope.app.plot.PlotLayer;
import org.probscope.app.plot.PlotView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The goodness-of-fit flow of issue 3, headless: sample, target drag, figures and marker follow.
 */
@ExtendWith(ApplicationExtension.class)
class GofWindowTest {

  private Workspace workspace;
  private MainWindow window;
  private javafx.scene.Parent root;

  @Start
  void start(Stage stage) {
    AppPreferences preferences = AppPreferences.forUser();
    preferences.saveFamily("normal");
    workspace = new Workspace(new SameThreadTaskRunner(), preferences);
    window = App.show(stage, workspace, 1300, 860);
    root = window.root();
    stage.show();
  }

  private NodeQuery find(FxRobot robot, String query) {
    return robot.from(root).lookup(query);
  }

  private PlotLayer.Marker gapMarker(FxRobot robot) {
    PlotView plot = find(robot, "#gof-plot").query();
    return plot.getModel().layers().stream()
        .filter(PlotLayer.Marker.class::isInstance)
        .map(PlotLayer.Marker.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void draggingTheTargetMeanMovesTheKsFigureAndTheGapMarker(FxRobot robot) {
    robot.doubleClickOn(find(robot, "#sample-n").queryAs(Node.class)).eraseText(4).write("1000");
    robot.clickOn(find(robot, "#sample-generate").queryAs(Node.class));
    robot.interact(
        () -> find(robot, "#main-tabs").queryAs(TabPane.class).getSelectionModel().select(1));
    WaitForAsyncUtils.waitForFxEvents();

    TableView<MetricRow> table = find(robot, "#metric-table").queryTableView();
    String ksBefore = table.getItems().get(0).statistic();
    assertThat(table.getItems().get(0).decision()).isEqualTo("do not reject");
    double markerBefore = gapMarker(robot).x();

    Slider mean = find(robot, "#slider-mean").query();
    robot.drag(mean.lookup(".thumb")).moveBy(40, 0).release(MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(workspace.explorer().distribution().parameter("mean")).isGreaterThan(0.5);
    assertThat(table.getItems().get(0).statistic()).isNotEqualTo(ksBefore);
    assertThat(table.getItems().get(0).decision()).isEqualTo("reject");
    assertThat(gapMarker(robot).x()).isNotEqualTo(markerBefore);
  }

  private void showGofWithASample(FxRobot robot) {
    robot.interact(
        () -> {
          workspace.sampler().sizeTextProperty().set("200");
          workspace.sampler().generate();
          window.selectTab("tab-gof");
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void exportPngSavesThePlotAndSaysSo(FxRobot robot, @TempDir Path dir) throws Exception {
    showGofWithASample(robot);
    Path file = dir.resolve("gof.png");
    window.export().setDestination((owner, name) -> Optional.of(file));

    robot.clickOn(find(robot, "#gof-export").queryAs(Node.class));
    WaitForAsyncUtils.waitForFxEvents();

    Label notice = find(robot, "#status-export-notice").query();
    assertThat(notice.getText()).startsWith("Saved ").contains("gof.png");
    assertThat(notice.getStyleClass()).doesNotContain("danger");
    assertThat(ImageIO.read(file.toFile()).getWidth()).isPositive();
  }

  @Test
  void aFailedExportIsReportedAsAnError(FxRobot robot, @TempDir Path dir) {
    showGofWithASample(robot);
    Path file = dir.resolve("no-such-folder").resolve("gof.png");
    window.export().setDestination((owner, name) -> Optional.of(file));

    robot.clickOn(find(robot, "#gof-export").queryAs(Node.class));
    WaitForAsyncUtils.waitForFxEvents();

    Label notice = find(robot, "#status-export-notice").query();
    assertThat(notice.getText())
        .isEqualTo("Could not save " + file + ": the folder does not exist");
    assertThat(notice.getStyleClass()).contains("danger");
    assertThat(Files.exists(file)).isFalse();
  }
}
