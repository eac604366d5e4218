package org.probscope.app.calc;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.probscope.app.calc.CalculatorViewModel.Mode;
import org.probscope.app.common.CommitField;
import org.probscope.app.common.Controls;

/** The probability calculator's controls; the shading on the density plot is bound elsewhere. */
public final class CalculatorView {

  private final CalculatorViewModel vm;
  private final VBox root = new VBox(6);
  private final ComboBox<Mode> mode =
      new ComboBox<>(FXCollections.observableArrayList(Mode.values()));
  private final TextField x = new TextField();
  private final TextField a = new TextField();
  private final TextField b = new TextField();
  private final TextField p = new TextField();
  private final Label xLabel = new Label("_x");
  private final Label aLabel = new Label("_a");
  private final Label bLabel = new Label("_b");
  private final Label pLabel = new Label("_p");
  private final Spinner<Integer> digits = new Spinner<>(1, 17, 6);
  private final TextField result = new TextField();
  private final Button copy = new Button("Copy");
  private final Label error = Controls.errorLabel();

  public CalculatorView(CalculatorViewModel vm) {
    this.vm = vm;
    createView();
    initListeners();
  }

  public VBox root() {
    return root;
  }

  private void createView() {
    mode.setId("calc-mode");
    mode.setMaxWidth(Double.MAX_VALUE);
    x.setId("calc-x");
    a.setId("calc-a");
    b.setId("calc-b");
    p.setId("calc-p");
    result.setId("calc-result");
    result.setEditable(false);
    result.setTooltip(
        Controls.tooltip(
            "Shown with the chosen significant digits; Copy copies it at full precision"));
    copy.setId("calc-copy");
    copy.setTooltip(Controls.tooltip("Copy the result at full double precision"));
    digits.setEditable(true);
    digits.setPrefWidth(80);
    digits.setTooltip(Controls.tooltip("Significant digits shown"));
    for (Label l : new Label[] {xLabel, aLabel, bLabel, pLabel}) {
      l.setMnemonicParsing(true);
    }
    xLabel.setLabelFor(x);
    aLabel.setLabelFor(a);
    bLabel.setLabelFor(b);
    pLabel.setLabelFor(p);
    GridPane grid = new GridPane();
    grid.setHgap(6);
    grid.setVgap(6);
    grid.addRow(0, xLabel, x);
    grid.addRow(1, aLabel, a);
    grid.addRow(2, bLabel, b);
    grid.addRow(3, pLabel, p);
    grid.addRow(4, new Label("="), result, copy);
    grid.addRow(5, new Label("digits"), digits);
    root.getChildren().addAll(mode, grid, error);
    root.setId("calculator");
  }

  private void initListeners() {
    mode.valueProperty().bindBidirectional(vm.modeProperty());
    x.textProperty().bindBidirectional(vm.xProperty());
    a.textProperty().bindBidirectional(vm.aProperty());
    b.textProperty().bindBidirectional(vm.bProperty());
    p.textProperty().bindBidirectional(vm.pProperty());
    for (TextField field : new TextField[] {x, a, b, p}) {
      CommitField.install(field, vm::commit, null);
    }
    vm.staleProperty()
        .addListener(
            (obs, was, now) ->
                result.pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("stale"), now));
    digits
        .getValueFactory()
        .valueProperty()
        .addListener((obs, old, now) -> vm.digitsProperty().set(now));
    result.textProperty().bind(vm.resultTextProperty());
    error.textProperty().bind(vm.errorProperty());
    copy.setOnAction(
        e -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(vm.fullPrecisionText());
          Clipboard.getSystemClipboard().setContent(content);
        });
    copy.disableProperty().bind(vm.resultTextProperty().isEmpty());
    vm.modeProperty().addListener((obs, old, now) -> showFieldsFor(now));
    showFieldsFor(vm.modeProperty().get());
  }

  private void showFieldsFor(Mode m) {
    boolean quantile = m == Mode.QUANTILE;
    boolean between = m == Mode.BETWEEN;
    setShown(!quantile && !between, xLabel, x);
    setShown(between, aLabel, a, bLabel, b);
    setShown(quantile, pLabel, p);
  }

  private static void setShown(boolean shown, javafx.scene.Node... nodes) {
    for (javafx.scene.Node n : nodes) {
      n.setVisible(shown);
      n.setManaged(shown);
    }
  }
}
