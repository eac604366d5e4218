package org.probscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probscope.app.common.AppPreferences;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.app.data.MemoryStore;
import org.probscope.app.data.RecentFiles;
import org.probscope.app.fit.FitColumn;
import org.probscope.app.fit.FitRow;
import org.probscope.app.gof.EstimatedParameters;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 8's flow in the real window, headless: open faithful.csv, fit every family, read the
 * ranking, use the best fit, and find the goodness-of-fit tab flagging the estimated parameters.
 */
@ExtendWith(ApplicationExtension.class)
class FitWindowTest {

  private Workspace workspace;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    AppPreferences preferences = AppPreferences.forUser();
    preferences.saveFamily("normal");
    workspace =
        new Workspace(
            new SameThreadTaskRunner(), preferences, new RecentFiles(new MemoryStore(List.of())));
    window = App.show(stage, workspace, 1280, 800);
    stage.show();
  }

  @Test
  void fitFaithfulRankUseTheBestAndSeeTheGofFlag(FxRobot robot) {
    robot.interact(() -> workspace.data().open(Path.of("../resources/faithful.csv")));
    robot.interact(() -> workspace.data().importRequestProperty().get().load());
    assertThat(workspace.sampler().sampleProperty().get().sample().size()).isEqualTo(272);

    robot.interact(() -> window.selectTab("tab-fit"));
    Label empty = robot.lookup("#fit-table-empty").queryAs(Label.class);
    assertThat(empty.getText()).startsWith("No fit yet");

    robot.clickOn("#fit-run");
    WaitForAsyncUtils.waitForFxEvents();

    TableView<FitRow> table = robot.lookup("#fit-table").queryTableView();
    assertThat(table.getItems()).hasSize(26);
    FitRow best = table.getItems().get(0);
    assertThat(best.isOk()).isTrue();
    assertThat(best.text(FitColumn.RANK)).isEqualTo("1");
    assertThat(best.text(FitColumn.DELTA_AIC)).isEqualTo("0");
    // eruption times are not whole numbers: poisson is listed with its reason, not fitted
    FitRow poisson =
        table.getItems().stream().filter(r -> r.family().equals("poisson")).findFirst().get();
    assertThat(poisson.text(FitColumn.STATUS)).isEqualTo("not whole numbers");
    assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(best);

    robot.clickOn("#fit-use");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(workspace.explorer().distribution())
        .isEqualTo(best.result().distribution().orElseThrow());

    robot.interact(() -> window.selectTab("tab-gof"));
    Label flag = robot.lookup("#gof-estimated-flag").queryAs(Label.class);
    assertThat(flag.isVisible()).isTrue();
    assertThat(flag.getText()).isEqualTo(EstimatedParameters.TEXT);
  }

  @Test
  void enterInTheSettingsFitsAndTheCriterionComboReranks(FxRobot robot) {
    robot.interact(() -> workspace.data().open(Path.of("../resources/faithful.csv")));
    robot.interact(() -> workspace.data().importRequestProperty().get().load());
    robot.interact(() -> window.selectTab("tab-fit"));
    robot.clickOn(robot.lookup("#fit-fixed").queryAs(Node.class));
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    TableView<FitRow> table = robot.lookup("#fit-table").queryTableView();
    assertThat(table.getItems()).hasSize(26);
    robot.interact(
        () ->
            workspace
                .fit()
                .settings()
                .criterionProperty()
                .set(org.probscope.model.fit.Criterion.BIC));
    List<FitRow> ok = table.getItems().stream().filter(FitRow::isOk).toList();
    for (int i = 1; i < ok.size(); i++) {
      assertThat(ok.get(i).number(FitColumn.BIC))
          .isGreaterThanOrEqualTo(ok.get(i - 1).number(FitColumn.BIC));
    }
  }
}
