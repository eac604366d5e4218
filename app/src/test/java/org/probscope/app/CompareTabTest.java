package org.probscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probscope.app.common.AppPreferences;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.app.data.MemoryStore;
import org.probscope.app.data.NamedSample;
import org.probscope.app.data.RecentFiles;
import org.probscope.app.data.SampleLibraryViewModel;
import org.probscope.app.plot.PlotLayer;
import org.probscope.app.plot.PlotView;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.model.sample.Sample;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Compare tab in the real window, headless, with a same-thread task runner. */
@ExtendWith(ApplicationExtension.class)
class CompareTabTest {

  private Workspace workspace;
  private javafx.scene.Parent root;

  @Start
  void start(Stage stage) {
    workspace =
        new Workspace(
            new SameThreadTaskRunner(),
            AppPreferences.forUser(),
            new RecentFiles(new MemoryStore(List.of())));
    root = App.show(stage, workspace, 1280, 800).root();
    stage.show();
  }

  private static NamedSample sample(String name, double... values) {
    return new NamedSample(
        name, SampleSnapshot.of(Sample.of(name, values), name), Optional.empty());
  }

  /*
   * scipy 1.17: stats.ks_2samp([0.1, 0.4, 0.7, 1.2, 1.5], [0.9, 1.3, 1.8, 2.2, 2.5, 3.0])
   *   -> statistic 0.6666666666666666 (shown to 4 digits), statistic_location 1.5
   */
  @Test
  void twoSamplesShowTheKsFigureAndTheGapMarker(FxRobot robot) {
    SampleLibraryViewModel library = workspace.data().library();
    robot.interact(
        () -> {
          List<NamedSample> added =
              library.addAndActivate(
                  List.of(
                      sample("a", 0.1, 0.4, 0.7, 1.2, 1.5),
                      sample("b", 0.9, 1.3, 1.8, 2.2, 2.5, 3.0)));
          library.setReference(added.get(1));
        });
    Node tab =
        robot.from(root).lookup(".tab-label").queryAllAs(Labeled.class).stream()
            .filter(l -> "Compare".equals(l.getText()))
            .findFirst()
            .orElseThrow();
    robot.clickOn(tab);

    TableView<?> table = robot.from(root).lookup("#compare-table").queryTableView();
    assertThat(table.isVisible()).isTrue();
    TableRow<?> ks =
        robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
            .filter(r -> r.getIndex() == 0)
            .findFirst()
            .orElseThrow();
    assertThat(robot.from(ks).lookup(".table-cell").queryAllAs(Labeled.class))
        .extracting(Labeled::getText)
        .containsExactly("Kolmogorov–Smirnov D", "0.6667", "0.108 (exact)");
    assertThat(ks.getTooltip().getText()).contains("largest vertical gap");

    PlotView plot = robot.from(root).lookup("#compare-plot").query();
    assertThat(plot.getModel().layers())
        .filteredOn(l -> l instanceof PlotLayer.Marker)
        .singleElement()
        .satisfies(l -> assertThat(((PlotLayer.Marker) l).x()).isEqualTo(1.5));
    assertThat(plot.getModel().layers())
        .filteredOn(l -> l instanceof PlotLayer.EcdfSteps)
        .hasSize(2);
  }

  @Test
  void theReferenceCanBeChosenInTheTabItself(FxRobot robot) {
    SampleLibraryViewModel library = workspace.data().library();
    robot.interact(
        () ->
            library.addAndActivate(
                List.of(sample("a", 1, 2, 3, 4), sample("b", 2, 3, 4, 5), sample("c", 9, 10))));
    ComboBox<NamedSample> reference = robot.from(root).lookup("#compare-reference").query();
    ComboBox<NamedSample> active = robot.from(root).lookup("#compare-active").query();
    assertThat(active.getValue().name()).isEqualTo("a");
    assertThat(reference.getValue()).isNull();

    robot.interact(() -> reference.getSelectionModel().select(2));

    assertThat(library.referenceProperty().get().name()).isEqualTo("c");
    assertThat(workspace.compare().comparedProperty().get().reference().name()).isEqualTo("c");
    robot.interact(() -> active.getSelectionModel().select(1));
    assertThat(library.activeProperty().get().name()).isEqualTo("b");
    assertThat(workspace.sampler().currentSample().name()).isEqualTo("b");
  }
}
