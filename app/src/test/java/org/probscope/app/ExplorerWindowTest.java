package org.probscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probscope.app.common.AppPreferences;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.model.distribution.SummaryFigure;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Real flows through the explorer window, headless (Monocle), with a same-thread task runner. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {

  private Workspace workspace;
  private javafx.scene.Parent root;

  @Start
  void start(Stage stage) {
    AppPreferences preferences = AppPreferences.forUser();
    preferences.saveFamily("normal");
    workspace = new Workspace(new SameThreadTaskRunner(), preferences);
    root = App.show(stage, workspace, 1280, 800).root();
    stage.show();
  }

  /** Looks up in this test's window only: earlier tests' windows may still be listed. */
  private org.testfx.service.query.NodeQuery find(FxRobot robot, String query) {
    return robot.from(root).lookup(query);
  }

  private double summaryValue(FxRobot robot, String name) {
    TableView<SummaryFigure> table = find(robot, "#summary-table").queryTableView();
    return table.getItems().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow()
        .value();
  }

  @Test
  void draggingTheMeanSliderMovesTheDistributionAndTheSummary(FxRobot robot) {
    Slider mean = find(robot, "#slider-mean").query();
    robot.drag(mean.lookup(".thumb")).moveBy(60, 0).release(javafx.scene.input.MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();

    double moved = workspace.explorer().distribution().parameter("mean");
    assertThat(moved).isGreaterThan(0);
    assertThat(summaryValue(robot, "Mean")).isEqualTo(moved);
    TextField field = find(robot, "#field-mean").query();
    assertThat(Double.parseDouble(field.getText()))
        .isCloseTo(moved, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void arrowKeysStepTheSliderAndShiftStepsFiner(FxRobot robot) {
    robot.clickOn(find(robot, "#slider-mean").queryAs(javafx.scene.Node.class));
    double start = workspace.explorer().distribution().parameter("mean");
    robot.type(KeyCode.RIGHT);
    double afterStep = workspace.explorer().distribution().parameter("mean");
    assertThat(afterStep - start).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-12));
    robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
    double afterFine = workspace.explorer().distribution().parameter("mean");
    assertThat(afterFine - afterStep)
        .isCloseTo(0.01, org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void typingAnInvalidValueShowsTheRuleAndKeepsTheDistribution(FxRobot robot) {
    robot
        .doubleClickOn(find(robot, "#field-sd").queryAs(javafx.scene.Node.class))
        .eraseText(3)
        .write("-1")
        .type(KeyCode.ENTER);
    Label error = find(robot, "#error-sd").query();
    assertThat(error.getText()).isEqualTo("sd must be > 0 (got -1); sd stays 1");
    assertThat(error.isVisible()).isTrue();
    assertThat(workspace.explorer().distribution().spec()).isEqualTo("normal(mean=0, sd=1)");
    assertThat(summaryValue(robot, "Std. deviation")).isEqualTo(1);

    robot
        .doubleClickOn(find(robot, "#field-sd").queryAs(javafx.scene.Node.class))
        .eraseText(3)
        .write("2.5")
        .type(KeyCode.ENTER);
    assertThat(error.isVisible()).isFalse();
    assertThat(summaryValue(robot, "Std. deviation")).isEqualTo(2.5);
  }

  /** Issue 7, item 8: each keystroke of 1e400 used to apply (1e4, then 1e40 stayed). */
  @Test
  void keystrokesDoNotApplyAndLeavingTheFieldCommits(FxRobot robot) {
    robot.interact(() -> workspace.explorer().applySpec("gamma(shape=2, scale=1)"));
    robot
        .doubleClickOn(find(robot, "#field-scale").queryAs(javafx.scene.Node.class))
        .eraseText(3)
        .write("1e400");
    assertThat(workspace.explorer().distribution().parameter("scale")).isEqualTo(1);
    robot.type(KeyCode.TAB);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(workspace.explorer().distribution().parameter("scale")).isEqualTo(1);
    Label error = find(robot, "#error-scale").query();
    assertThat(error.getText()).isEqualTo("scale must be finite (got Infinity); scale stays 1");
  }

  @Test
  void aPauseInTypingCommitsTheValue(FxRobot robot) throws Exception {
    robot
        .doubleClickOn(find(robot, "#field-sd").queryAs(javafx.scene.Node.class))
        .eraseText(3)
        .write("2.5");
    WaitForAsyncUtils.waitFor(
        5,
        java.util.concurrent.TimeUnit.SECONDS,
        () -> workspace.explorer().distribution().parameter("sd") == 2.5);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(summaryValue(robot, "Std. deviation")).isEqualTo(2.5);
  }

  @Test
  void choosingAFamilyByTypingItsName(FxRobot robot) {
    robot.clickOn(find(robot, "#family-picker").queryAs(javafx.scene.Node.class));
    robot.write("poiss");
    robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(workspace.explorer().distribution().family().name()).isEqualTo("poisson");
    assertThat(find(robot, "#slider-mean").tryQuery()).isPresent();
    assertThat(find(robot, "#slider-sd").tryQuery()).isEmpty();
  }

  @Test
  void theFamilyPickerFindsFamiliesByTheirSpecNames(FxRobot robot) {
    for (String[] typed :
        new String[][] {
          {"lognor", "lognormal"},
          {"studentt", "studentt"},
          {"negativebin", "negativebinomial"},
          {"levy", "levy"},
          {"chi-squ", "chisquared"},
        }) {
      robot.clickOn(find(robot, "#family-picker").queryAs(javafx.scene.Node.class));
      robot.write(typed[0]);
      robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
      WaitForAsyncUtils.waitForFxEvents();
      assertThat(workspace.explorer().distribution().family().name())
          .as("typed %s", typed[0])
          .isEqualTo(typed[1]);
    }
  }

  @Test
  void aFailedSearchShowsTheFamilyInForceAgain(FxRobot robot) {
    for (KeyCode close : new KeyCode[] {KeyCode.ENTER, KeyCode.ESCAPE}) {
      robot.clickOn(find(robot, "#family-picker").queryAs(javafx.scene.Node.class));
      robot.write("nosuchfamily").type(close);
      WaitForAsyncUtils.waitForFxEvents();
      org.controlsfx.control.SearchableComboBox<?> picker = find(robot, "#family-picker").query();
      assertThat(workspace.explorer().distribution().family().name()).isEqualTo("normal");
      assertThat(picker.getValue()).as("after %s", close).isNotNull();
      assertThat(picker.getValue()).isEqualTo(workspace.explorer().familyProperty().get());
    }
  }

  @Test
  void selectAllAndBackspaceClearTheSearch(FxRobot robot) {
    robot.clickOn(find(robot, "#family-picker").queryAs(javafx.scene.Node.class));
    robot.write("lognor");
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.type(KeyCode.BACK_SPACE);
    robot.write("poiss").type(KeyCode.DOWN).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(workspace.explorer().distribution().family().name()).isEqualTo("poisson");
  }

  @Test
  void summaryValuesWithExponentsShowWhole(FxRobot robot) {
    robot.interact(() -> workspace.explorer().applySpec("lognormal(mu=-300, sigma=2.5)"));
    WaitForAsyncUtils.waitForFxEvents();
    TableView<SummaryFigure> table = find(robot, "#summary-table").queryTableView();
    robot.interact(table::layout);
    var cells =
        table.lookupAll(".table-cell").stream()
            .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getText() != null)
            .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
            .toList();
    assertThat(cells).anyMatch(c -> c.getText().contains("e-"));
    for (var cell : cells) {
      javafx.scene.text.Text shown = (javafx.scene.text.Text) cell.lookup(".text");
      if (cell.getTableColumn().getText().equals("Value")) {
        assertThat(shown.getText())
            .as(
                "cell %s, column %.0f px, table %.0f px",
                cell.getText(), cell.getTableColumn().getWidth(), table.getWidth())
            .isEqualTo(cell.getText());
        assertThat(cell.getTooltip()).isNotNull();
        double right = cell.localToScene(cell.getBoundsInLocal()).getMaxX();
        double tableRight = table.localToScene(table.getBoundsInLocal()).getMaxX();
        assertThat(right).as("right edge of %s", cell.getText()).isLessThanOrEqualTo(tableRight);
      }
    }
  }

  @Test
  void aShortDragMovesTheMeanByAFractionOfTheSd(FxRobot robot) {
    Slider mean = find(robot, "#slider-mean").query();
    double perPixel = (mean.getMax() - mean.getMin()) / mean.getWidth();
    assertThat(perPixel).as("mean per pixel of a %.0f px slider", mean.getWidth()).isLessThan(0.06);
    robot.drag(mean.lookup(".thumb")).moveBy(24, 0).release(javafx.scene.input.MouseButton.PRIMARY);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(workspace.explorer().distribution().parameter("mean")).isBetween(0.0, 1.5);
  }

  @Test
  void theCalculatorAnswersForTheDistributionOnScreen(FxRobot robot) {
    robot
        .doubleClickOn(find(robot, "#calc-x").queryAs(javafx.scene.Node.class))
        .eraseText(2)
        .write("1.96")
        .type(KeyCode.ENTER);
    TextField result = find(robot, "#calc-result").query();
    // scipy.stats.norm.cdf(1.96) = 0.9750021048517795
    assertThat(result.getText()).isEqualTo("0.975002");
  }

  @Test
  void pastingASpecIntoTheSpecFieldAppliesItAndABadOneSaysWhy(FxRobot robot) {
    robot
        .clickOn(find(robot, "#spec-field").queryAs(javafx.scene.Node.class))
        .press(KeyCode.CONTROL)
        .type(KeyCode.A)
        .release(KeyCode.CONTROL);
    robot.write("normal(mean=3, sd=0.5)").type(KeyCode.ENTER);
    assertThat(workspace.explorer().distribution().spec()).isEqualTo("normal(mean=3, sd=0.5)");
    robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
    robot.write("normal(sd=0)").type(KeyCode.ENTER);
    assertThat(workspace.explorer().distribution().spec()).isEqualTo("normal(mean=3, sd=0.5)");
    assertThat(find(robot, ".danger").queryAll())
        .anyMatch(n -> n instanceof Label l && l.getText().equals("sd must be > 0 (got 0)"));
  }

  @Test
  void anAffineSpecGetsTheBasesSlidersThenShiftAndScaleAndPickingAFamilyLeavesIt(FxRobot robot) {
    robot
        .clickOn(find(robot, "#spec-field").queryAs(javafx.scene.Node.class))
        .press(KeyCode.CONTROL)
        .type(KeyCode.A)
        .release(KeyCode.CONTROL);
    robot.write("affine(studentt(df=3), shift=1, scale=2)").type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(workspace.explorer().distribution().spec())
        .isEqualTo("affine(studentt(df=3), shift=1, scale=2)");
    for (String name : new String[] {"df", "shift", "scale"}) {
      assertThat(find(robot, "#slider-" + name).tryQuery()).as(name).isPresent();
    }
    assertThat(find(robot, "#slider-mean").tryQuery()).isEmpty();
    TextField shift = find(robot, "#field-shift").query();
    assertThat(shift.getText()).isEqualTo("1");
    assertThat(summaryValue(robot, "Mean")).isEqualTo(1);
    org.controlsfx.control.SearchableComboBox<?> picker = find(robot, "#family-picker").query();
    assertThat(robot.from(picker).lookup(".list-cell").queryAll())
        .anyMatch(
            n ->
                n instanceof javafx.scene.control.ListCell<?> c
                    && "Student's t, shifted and scaled".equals(c.getText()));

    robot.clickOn(find(robot, "#family-picker").queryAs(javafx.scene.Node.class));
    robot.write("poiss").type(KeyCode.DOWN).type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(workspace.explorer().distribution().spec()).isEqualTo("poisson(mean=4)");
    assertThat(find(robot, "#slider-shift").tryQuery()).isEmpty();
  }
}
