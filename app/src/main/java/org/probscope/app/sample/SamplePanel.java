package org.probscope.app.sample;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.probscope.app.common.Controls;
import org.probscope.model.distribution.Figures;
import org.probscope.model.sample.SampleSummary;

/** The sample panel: n, seed, Generate, and what the current sample is. */
public final class SamplePanel {

  private final SampleViewModel vm;
  private final VBox root = new VBox(6);
  private final TextField size = new TextField();
  private final TextField seed = new TextField();
  private final Button generate = new Button("_Generate");
  private final Button next = new Button("Next seed");
  private final ProgressIndicator busy = new ProgressIndicator();
  private final Label origin = new Label("No sample yet");
  private final Label summary = new Label();
  private final Label error = Controls.errorLabel();

  public SamplePanel(SampleViewModel vm) {
    this.vm = vm;
    createView();
    initListeners();
  }

  public VBox root() {
    return root;
  }

  private void createView() {
    size.setId("sample-n");
    size.setPrefColumnCount(8);
    seed.setId("sample-seed");
    seed.setPrefColumnCount(8);
    generate.setId("sample-generate");
    generate.setDefaultButton(false);
    generate.setTooltip(
        Controls.tooltip(
            "Draw n values from the distribution on screen now. The sample stays fixed while you"
                + " move the parameters, so you can measure a different target against it."));
    next.setTooltip(Controls.tooltip("Add 1 to the seed and draw again"));
    busy.setPrefSize(18, 18);
    origin.setWrapText(true);
    origin.setId("sample-origin");
    summary.setWrapText(true);
    summary.getStyleClass().add("text-muted");
    Label nLabel = new Label("_n");
    nLabel.setMnemonicParsing(true);
    nLabel.setLabelFor(size);
    Label seedLabel = new Label("s_eed");
    seedLabel.setMnemonicParsing(true);
    seedLabel.setLabelFor(seed);
    GridPane grid = new GridPane();
    grid.setHgap(6);
    grid.setVgap(6);
    grid.addRow(0, nLabel, size);
    grid.addRow(1, seedLabel, seed);
    root.getChildren().addAll(grid, new HBox(6, generate, next, busy), error, origin, summary);
    root.setId("sample-panel");
  }

  private void initListeners() {
    size.textProperty().bindBidirectional(vm.sizeTextProperty());
    seed.textProperty().bindBidirectional(vm.seedTextProperty());
    generate.setOnAction(e -> vm.generate());
    next.setOnAction(e -> vm.nextSeed());
    size.setOnAction(e -> vm.generate());
    seed.setOnAction(e -> vm.generate());
    busy.visibleProperty().bind(vm.busyProperty());
    error.textProperty().bind(vm.errorProperty());
    vm.sampleProperty()
        .addListener(
            (obs, old, now) -> {
              origin.setText(now == null ? "No sample yet" : "Sample: " + now.origin());
              summary.setText(now == null ? "" : describe(now.sample().summary()));
            });
  }

  private static String describe(SampleSummary s) {
    return "n = "
        + s.n()
        + ", mean "
        + Figures.format(s.mean(), 4)
        + ", sd "
        + Figures.format(s.standardDeviation(), 4)
        + ", median "
        + Figures.format(s.median(), 4)
        + ", range ["
        + Figures.format(s.min(), 4)
        + ", "
        + Figures.format(s.max(), 4)
        + "]";
  }
}
