package org.probscope.app.explore;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.probscope.app.common.Controls;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Family;

/**
 * The explorer's controls: family picker, one editor per parameter, and the spec field (type or
 * paste a spec, Enter applies it).
 */
public final class ExplorerControls {

  private final ExplorerViewModel vm;
  private final VBox root = new VBox(8);
  private final SearchableComboBox<Family> picker;
  private final GridPane parameterGrid = new GridPane();
  private final Label problem = Controls.errorLabel();
  private final TextField spec = new TextField();
  private final Label specError = Controls.errorLabel();
  private final Button copySpec = new Button("Copy");
  private final Button frame = new Button("F_rame plots");
  private boolean awaitingSpec;

  public ExplorerControls(ExplorerViewModel vm) {
    this.vm = vm;
    this.picker = FamilyPicker.create(vm.pickerFamilies());
    createView();
    initListeners();
  }

  public VBox root() {
    return root;
  }

  /** Focuses the family picker (keyboard shortcut target). */
  public void focusFamily() {
    picker.requestFocus();
  }

  /** Focuses the spec field with its text selected, ready for a paste. */
  public void focusSpec() {
    spec.requestFocus();
    spec.selectAll();
  }

  private void createView() {
    Label familyLabel = new Label("_Family");
    familyLabel.setMnemonicParsing(true);
    familyLabel.setLabelFor(picker);
    parameterGrid.setHgap(8);
    parameterGrid.setVgap(4);
    parameterGrid.setId("parameters");
    spec.setId("spec-field");
    spec.setTooltip(
        Controls.tooltip(
            "The distribution as text, family(name=value, ...). Type or paste one and press Enter"));
    Label specLabel = new Label("_Spec");
    specLabel.setMnemonicParsing(true);
    specLabel.setLabelFor(spec);
    HBox specRow = new HBox(6, spec, copySpec);
    HBox.setHgrow(spec, Priority.ALWAYS);
    copySpec.setTooltip(Controls.tooltip("Copy the spec to the clipboard"));
    frame.setId("frame-plots");
    frame.setTooltip(
        Controls.tooltip(
            "Show the distribution's body (and the sample) again, dropping your zoom and pan"
                + " (Ctrl+0). The plots follow the parameters until you zoom or pan."));
    root.getChildren()
        .addAll(familyLabel, picker, parameterGrid, problem, specLabel, specRow, specError, frame);
    root.setPadding(new Insets(8));
  }

  private void initListeners() {
    picker.setValue(vm.familyProperty().get());
    picker
        .valueProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null && now != vm.familyProperty().get()) {
                vm.familyProperty().set(now);
              }
            });
    vm.familyProperty().addListener((obs, old, now) -> picker.setValue(now));
    vm.parameters()
        .addListener(
            (javafx.collections.ListChangeListener<ParameterViewModel>) c -> rebuildParameters());
    rebuildParameters();
    problem.textProperty().bind(vm.problemProperty());
    showSpec(vm.distribution());
    vm.distributionProperty().addListener((obs, old, now) -> showSpec(now));
    specError.textProperty().bind(vm.specErrorProperty());
    spec.setOnAction(
        e -> {
          awaitingSpec = true;
          vm.applySpec(spec.getText());
        });
    spec.focusedProperty()
        .addListener(
            (obs, was, now) -> {
              if (!now && vm.specErrorProperty().get().isEmpty()) {
                showSpec(vm.distribution());
              }
            });
    copySpec.setOnAction(
        e -> {
          ClipboardContent content = new ClipboardContent();
          content.putString(vm.spec());
          Clipboard.getSystemClipboard().setContent(content);
        });
    frame.setOnAction(e -> vm.frame());
    vm.specErrorProperty().addListener((obs, old, now) -> awaitingSpec = false);
  }

  /** Shows the distribution's spec, unless the user is typing one (then only once it applied). */
  private void showSpec(Distribution d) {
    if (!spec.isFocused() || awaitingSpec) {
      awaitingSpec = false;
      spec.setText(d.spec());
    }
  }

  private void rebuildParameters() {
    parameterGrid.getChildren().clear();
    int row = 0;
    for (ParameterViewModel p : vm.parameters()) {
      new ParameterEditor(p).addTo(parameterGrid, row);
      row += 2;
    }
  }
}
