package org.probscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.probscope.app.common.AppPreferences;
import org.probscope.app.common.HeldTaskRunner;
import org.probscope.app.data.DataViewModel;
import org.probscope.app.data.ImportViewModel;
import org.probscope.app.data.MemoryStore;
import org.probscope.app.data.NamedSample;
import org.probscope.app.data.RecentFiles;
import org.probscope.app.sample.SampleSnapshot;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The import dialog in the real window, headless. Background work is held by a {@link
 * HeldTaskRunner} until the test releases it, so a load can be cancelled while it "runs".
 */
@ExtendWith(ApplicationExtension.class)
class DataImportWindowTest {

  @TempDir Path dir;

  private HeldTaskRunner runner;
  private Workspace workspace;
  private MainWindow window;

  @Start
  void start(Stage stage) {
    runner = new HeldTaskRunner();
    workspace =
        new Workspace(
            runner, AppPreferences.forUser(), new RecentFiles(new MemoryStore(List.of())));
    window = App.show(stage, workspace, 1280, 800);
    stage.show();
  }

  /** Lines: 1 header, 2-6 data; y is skipped on line 3 (text) and line 5 (NA). */
  private Path measurements() throws IOException {
    return Files.writeString(
        dir.resolve("measurements.csv"),
        "x,y\n1,10\n2,abc\n3,30\n4,NA\n5,50\n",
        StandardCharsets.UTF_8);
  }

  private DataViewModel data() {
    return workspace.data();
  }

  /** Opens {@code file} and runs the inspection: the dialog is then on screen. */
  private Parent openDialog(FxRobot robot, Path file) {
    robot.interact(() -> data().open(file));
    robot.interact(runner::releaseAll);
    return window.dataActions().dialog().root();
  }

  private static TableCell<?, ?> previewCell(
      FxRobot robot, Parent dialog, String column, String text) {
    return robot.from(dialog).lookup(".table-cell").queryAllAs(TableCell.class).stream()
        .filter(c -> c.getTableColumn() != null && column.equals(c.getTableColumn().getText()))
        .filter(c -> text.equals(c.getText()) && c.isVisible() && c.getTableRow().isVisible())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no cell " + text + " in column " + column));
  }

  @Test
  void pickAColumnInThePreviewLoadItAndFindTheReport(FxRobot robot) throws IOException {
    Parent dialog = openDialog(robot, measurements());
    ImportViewModel vm = data().importRequestProperty().get();
    assertThat(vm.selectedColumns()).containsExactly(1);

    robot.clickOn(previewCell(robot, dialog, "y", "10"));

    assertThat(vm.selectedColumns()).containsExactly(2);
    TableCell<?, ?> text = previewCell(robot, dialog, "y", "abc");
    assertThat(text.getStyleClass()).contains("chosen-column", "skipped-cell");
    assertThat(text.getTooltip().getText()).contains("text");
    assertThat(previewCell(robot, dialog, "y", "NA").getStyleClass()).contains("skipped-cell");
    assertThat(previewCell(robot, dialog, "x", "2").getStyleClass())
        .doesNotContain("chosen-column", "skipped-cell");

    robot.type(KeyCode.ENTER);
    assertThat(vm.loadingProperty().get()).isTrue();
    ProgressBar progress = robot.from(dialog).lookup("#import-progress").query();
    assertThat(progress.isVisible()).isTrue();
    robot.interact(runner::releaseAll);

    assertThat(window.dataActions().dialog()).isNull();
    NamedSample active = data().library().activeProperty().get();
    assertThat(active.name()).isEqualTo("measurements.csv: y");
    assertThat(workspace.sampler().currentSample().sortedValues()).containsExactly(10, 30, 50);
    TextArea report = robot.from(window.root()).lookup("#data-report").query();
    assertThat(report.getText())
        .contains("Column 'y' (position 2): 3 kept, 2 skipped")
        .contains("line 3 (text): 2,abc")
        .contains("line 5 (NA): 4,NA");
  }

  @Test
  void cancellingALoadKeepsTheDataInTheWindow(FxRobot robot) throws IOException {
    openDialog(robot, measurements());
    robot.interact(() -> data().importRequestProperty().get().load());
    robot.interact(runner::releaseAll);
    NamedSample before = data().library().activeProperty().get();
    SampleSnapshot shown = workspace.sampler().sampleProperty().get();

    Path other = Files.writeString(dir.resolve("other.csv"), "v\n7\n8\n9\n");
    Parent dialog = openDialog(robot, other);
    ImportViewModel vm = data().importRequestProperty().get();
    robot.clickOn(robot.from(dialog).lookup("#import-load").queryAs(Node.class));
    assertThat(vm.loadingProperty().get()).isTrue();
    robot.type(KeyCode.ESCAPE);
    robot.interact(runner::releaseAll);

    assertThat(vm.loadingProperty().get()).isFalse();
    Label error = robot.from(dialog).lookup("#import-error").query();
    assertThat(error.getText()).isEqualTo("Load cancelled; nothing was changed.");
    assertThat(data().library().samples()).containsExactly(before);
    assertThat(workspace.sampler().sampleProperty().get()).isSameAs(shown);
    assertThat(window.dataActions().dialog()).isNotNull();

    robot.type(KeyCode.ESCAPE);
    assertThat(window.dataActions().dialog()).isNull();
    assertThat(data().library().samples()).containsExactly(before);
  }

  @Test
  void aBinaryFileGivesANoticeInTheDataPanel(FxRobot robot) throws IOException {
    Path binary = dir.resolve("photo.csv");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1});
    robot.interact(() -> data().open(binary));
    robot.interact(runner::releaseAll);

    assertThat(window.dataActions().dialog()).isNull();
    Label notice = robot.from(window.root()).lookup("#data-notice").query();
    assertThat(notice.getText()).startsWith("photo.csv is not a text file");
    assertThat(notice.isVisible()).isTrue();
  }
}
