package org.probscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probscope.app.common.AppPreferences;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.app.data.MemoryStore;
import org.probscope.app.data.RecentFiles;
import org.probscope.app.fit.FitColumn;
import org.probscope.app.fit.FitRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The ranking table in the real window: sorting, and the keys of a focused row. */
@ExtendWith(ApplicationExtension.class)
class FitTableWindowTest {

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

  @BeforeEach
  void fitFaithful(FxRobot robot) {
    robot.interact(() -> workspace.data().open(Path.of("../resources/faithful.csv")));
    robot.interact(() -> workspace.data().importRequestProperty().get().load());
    robot.interact(() -> window.selectTab("tab-fit"));
    robot.clickOn("#fit-run");
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static TableView<FitRow> table(FxRobot robot) {
    return robot.lookup("#fit-table").queryTableView();
  }

  /** The rows after the first failed one are all failed. */
  private static void assertFailedLast(List<FitRow> rows) {
    int firstFailed = 0;
    while (firstFailed < rows.size() && rows.get(firstFailed).isOk()) {
      firstFailed++;
    }
    assertThat(firstFailed).isLessThan(rows.size()); // faithful: poisson and others fail
    assertThat(rows.subList(firstFailed, rows.size())).noneMatch(FitRow::isOk);
  }

  @Test
  void sortingEitherWayKeepsTheFailedFamiliesLast(FxRobot robot) {
    TableView<FitRow> table = table(robot);
    for (String id : List.of("#fit-col-aic", "#fit-col-family", "#fit-col-ks-p")) {
      TableColumn<FitRow, ?> c =
          table.getColumns().stream().filter(x -> ("#" + x.getId()).equals(id)).findFirst().get();
      for (TableColumn.SortType type : TableColumn.SortType.values()) {
        robot.interact(
            () -> {
              c.setSortType(type);
              table.getSortOrder().setAll(List.of(c));
            });
        List<FitRow> shown = List.copyOf(table.getItems());
        assertFailedLast(shown);
        List<FitRow> ok = shown.stream().filter(FitRow::isOk).toList();
        if (id.equals("#fit-col-aic")) { // the fitted rows are sorted, in the direction asked
          for (int i = 1; i < ok.size(); i++) {
            double before = ok.get(i - 1).number(FitColumn.AIC);
            double now = ok.get(i).number(FitColumn.AIC);
            assertThat(type == TableColumn.SortType.ASCENDING ? now >= before : now <= before)
                .isTrue();
          }
        }
        assertThat(table.getSortOrder()).containsExactly(c);
      }
    }
  }

  @Test
  void spaceTogglesTheFocusedRowsPlotAndEnterInTheTableDoesNotRefit(FxRobot robot) {
    TableView<FitRow> table = table(robot);
    List<FitRow> before = List.copyOf(table.getItems());
    FitRow fourth = before.get(3);
    assertThat(fourth.isOk()).isTrue();
    assertThat(fourth.overlaidProperty().get()).isFalse(); // the best three only
    robot.interact(
        () -> {
          table.requestFocus();
          table.getSelectionModel().clearAndSelect(3);
          table.getFocusModel().focus(3);
        });
    robot.type(KeyCode.SPACE);
    assertThat(fourth.overlaidProperty().get()).isTrue();
    robot.type(KeyCode.SPACE);
    assertThat(fourth.overlaidProperty().get()).isFalse();
    robot.type(KeyCode.SPACE);
    // a hand-picked set of four; Enter in the table keeps the fit and the set
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getItems()).containsExactlyElementsOf(before);
    assertThat(before.stream().filter(r -> r.overlaidProperty().get())).hasSize(4);
    // Enter in a settings field fits again
    robot.clickOn("#fit-fixed");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(table.getItems().get(0)).isNotSameAs(before.get(0));
  }

  @Test
  void theMethodsOptionsShowOnlyForTheirMethod(FxRobot robot) {
    javafx.scene.Node probs = robot.lookup("#fit-probabilities-group").query();
    javafx.scene.Node distance = robot.lookup("#fit-distance-group").query();
    assertThat(probs.isVisible()).isFalse();
    assertThat(distance.isVisible()).isFalse();
    var method = workspace.fit().settings().methodProperty();
    robot.interact(() -> method.set(org.probscope.model.fit.FitMethod.QUANTILES));
    assertThat(probs.isVisible()).isTrue();
    assertThat(distance.isVisible()).isFalse();
    robot.interact(() -> method.set(org.probscope.model.fit.FitMethod.GOODNESS_OF_FIT));
    assertThat(probs.isVisible()).isFalse();
    assertThat(distance.isVisible()).isTrue();
    javafx.scene.control.ComboBox<?> d = robot.lookup("#fit-distance").queryComboBox();
    assertThat(d.getValue()).isEqualTo(org.probscope.model.fit.MgeDistance.CVM);
  }
}
