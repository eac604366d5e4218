package org.probscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
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
import org.probscope.app.fit.FitSettings;
import org.probscope.app.gof.EstimatedParameters;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The bootstrap in the real window, headless: set B with the spinner, fit faithful.csv, read the
 * corrected p-values in the table, open the bootstrap cloud, use the fit and find the corrected
 * p-values in the goodness-of-fit tab's flag, gone when a slider moves the target away.
 */
@ExtendWith(ApplicationExtension.class)
class FitBootstrapWindowTest {

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
  void setBFitSeeTheCorrectedColumnTheCloudAndTheGofFlag(FxRobot robot) {
    robot.interact(() -> workspace.data().open(Path.of("../resources/faithful.csv")));
    robot.interact(() -> workspace.data().importRequestProperty().get().load());
    robot.interact(() -> window.selectTab("tab-fit"));
    // a few families keep the test short; the scope and the list are the tab's own settings
    Set<String> few = Set.of("normal", "gamma", "weibull");
    robot.interact(
        () -> {
          FitSettings s = workspace.fit().settings();
          s.scopeProperty().set(FitSettings.Scope.CHECKED);
          s.choices().forEach(c -> c.checkedProperty().set(few.contains(c.family().name())));
        });

    Spinner<?> refits = robot.lookup("#fit-bootstrap-b").queryAs(Spinner.class);
    assertThat(refits.getValue()).isEqualTo(0);
    robot.clickOn(refits.lookup(".increment-arrow-button"));
    assertThat(workspace.fit().settings().bootstrapRefitsProperty().get()).isEqualTo(50);
    robot.clickOn(refits.getEditor());
    robot.push(KeyCode.CONTROL, KeyCode.A);
    robot.write("80");
    robot.push(KeyCode.TAB);
    assertThat(workspace.fit().settings().bootstrapRefitsProperty().get()).isEqualTo(80);

    robot.clickOn("#fit-run");
    WaitForAsyncUtils.waitForFxEvents();
    TableView<FitRow> table = robot.lookup("#fit-table").queryTableView();
    assertThat(table.getItems()).hasSize(3);
    FitRow best = table.getItems().get(0);
    String corrected = best.text(FitColumn.KS_P_BOOT);
    // no unimodal family fits the bimodal eruptions: no refit reaches the data's statistic, and
    // the corrected p-value is only known to lie below its floor 1/(B + 1)
    assertThat(corrected)
        .isEqualTo("< " + org.probscope.model.distribution.Figures.format(1.0 / 81, 3));
    assertThat(best.text(FitColumn.BOOT_REFITS)).startsWith("80 of 80");
    robot.interact(() -> table.scrollToColumnIndex(table.getColumns().size() - 1));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(
            robot.lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?>)
                .map(n -> ((TableCell<?, ?>) n).getText()))
        .contains(corrected);

    robot.clickOn("#fit-plot-bootstrap");
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(workspace.fitPlots().modelProperty().get().title())
        .startsWith("Bootstrap cloud of " + best.family());
    ComboBox<?> x = robot.lookup("#fit-cloud-x").queryComboBox();
    assertThat(x.isVisible()).isTrue();
    assertThat(x.getValue()).isEqualTo(best.result().parameters().get(0).name());

    robot.clickOn("#fit-use");
    WaitForAsyncUtils.waitForFxEvents();
    robot.interact(() -> window.selectTab("tab-gof"));
    Label flag = robot.lookup("#gof-estimated-flag").queryAs(Label.class);
    assertThat(flag.isVisible()).isTrue();
    assertThat(flag.getText())
        .startsWith(EstimatedParameters.TEXT)
        .contains("KS p " + corrected)
        .contains("B = 80");

    robot.interact(() -> workspace.explorer().parameters().get(0).nudge(5, false));
    assertThat(flag.isVisible()).isFalse();
    robot.interact(() -> workspace.explorer().applySpec(best.result().spec()));
    assertThat(flag.isVisible()).isTrue();
    assertThat(flag.getText()).contains("KS p " + corrected);
  }
}
