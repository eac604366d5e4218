package org.probscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probscope.app.common.AppPreferences;
import org.probscope.app.common.HeldTaskRunner;
import org.probscope.app.data.MemoryStore;
import org.probscope.app.data.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A fit held "running" by {@link HeldTaskRunner}: the progress bar shows, Escape cancels it. */
@ExtendWith(ApplicationExtension.class)
class FitCancelWindowTest {

  private HeldTaskRunner runner;
  private Workspace workspace;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    runner = new HeldTaskRunner();
    workspace =
        new Workspace(
            runner, AppPreferences.forUser(), new RecentFiles(new MemoryStore(List.of())));
    window = App.show(stage, workspace, 1024, 700);
    stage.show();
  }

  @Test
  void escapeCancelsARunningFitAndNothingArrivesAfterwards(FxRobot robot) {
    robot.interact(() -> workspace.data().open(Path.of("../resources/faithful.csv")));
    robot.interact(runner::releaseAll);
    robot.interact(() -> workspace.data().importRequestProperty().get().load());
    robot.interact(runner::releaseAll);
    robot.interact(() -> window.selectTab("tab-fit"));

    robot.clickOn("#fit-run");
    assertThat(workspace.fit().runningProperty().get()).isTrue();
    assertThat(robot.lookup("#fit-progress").queryAs(ProgressBar.class).isVisible()).isTrue();

    robot.type(KeyCode.ESCAPE);
    assertThat(workspace.fit().runningProperty().get()).isFalse();
    assertThat(workspace.fit().messageProperty().get()).isEqualTo("Fit cancelled.");
    robot.interact(runner::releaseAll);
    assertThat(workspace.fit().rows()).isEmpty();
  }
}
