package org.probscope.app.data;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.probscope.app.common.Controls;

/**
 * The Data panel: the named samples side by side, which one is active and which is the reference,
 * and the load report of the selected one.
 */
public final class DataPanel {

  private final DataViewModel vm;
  private final SampleLibraryViewModel library;
  private final VBox root = new VBox(6);
  private final Label notice = new Label();
  private final ListView<NamedSample> samples = new ListView<>();
  private final Button activate = new Button("Make _active");
  private final Button reference = new Button("Use as _reference");
  private final Button clearReference = new Button("No reference");
  private final Button remove = new Button("Remove");
  private final TextArea report = new TextArea();

  public DataPanel(DataViewModel vm) {
    this.vm = vm;
    this.library = vm.library();
    createView();
    initListeners();
  }

  public VBox root() {
    return root;
  }

  private void createView() {
    root.setId("data-panel");
    notice.setId("data-notice");
    notice.setWrapText(true);
    notice.managedProperty().bind(notice.textProperty().isNotEmpty());
    notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
    samples.setId("data-samples");
    samples.setPrefHeight(130);
    samples.setPlaceholder(new Label("Open a CSV file (Ctrl+O) or drop one here"));
    samples.setCellFactory(list -> new SampleCell());
    activate.setId("data-activate");
    activate.setTooltip(
        Controls.tooltip("Show this sample in the explorer and measure it against the target"));
    reference.setId("data-reference");
    reference.setTooltip(
        Controls.tooltip("Compare the active sample with this one in the Compare tab"));
    clearReference.setId("data-no-reference");
    remove.setId("data-remove");
    report.setId("data-report");
    report.getStyleClass().add("data-report");
    report.setEditable(false);
    report.setWrapText(false);
    report.setPrefRowCount(8);
    report.setPromptText("The load report of the selected sample appears here");
    FlowPane buttons = new FlowPane(6, 6, activate, reference, clearReference, remove);
    root.getChildren().addAll(notice, samples, buttons, new Label("Load report"), report);
  }

  private void initListeners() {
    samples.setItems(library.samples());
    notice.textProperty().bind(vm.noticeProperty());
    var selected = samples.getSelectionModel().selectedItemProperty();
    activate.disableProperty().bind(selected.isNull());
    reference.disableProperty().bind(selected.isNull());
    remove.disableProperty().bind(selected.isNull());
    clearReference.disableProperty().bind(library.referenceProperty().isNull());
    activate.setOnAction(e -> library.activate(selected.get()));
    reference.setOnAction(e -> library.setReference(selected.get()));
    clearReference.setOnAction(e -> library.setReference(null));
    remove.setOnAction(e -> library.remove(selected.get()));
    samples.setOnMouseClicked(
        e -> {
          if (e.getClickCount() == 2 && selected.get() != null) {
            library.activate(selected.get());
          }
        });
    selected.addListener((obs, old, now) -> vm.showReport(now));
    vm.reportShownProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null && now != selected.get()) {
                samples.getSelectionModel().select(now);
              }
            });
    report
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> reportText(vm.reportShownProperty().get()), vm.reportShownProperty()));
    library.activeProperty().addListener(obs -> samples.refresh());
    library.referenceProperty().addListener(obs -> samples.refresh());
  }

  private static String reportText(NamedSample sample) {
    if (sample == null) {
      return "";
    }
    return sample
        .report()
        .map(LoadReport::text)
        .orElse(sample.name() + "\nGenerated, n = " + sample.size() + "; nothing was skipped.");
  }

  /** A sample's name and size, with its role. */
  private final class SampleCell extends ListCell<NamedSample> {
    @Override
    protected void updateItem(NamedSample item, boolean empty) {
      super.updateItem(item, empty);
      if (empty || item == null) {
        setText(null);
        return;
      }
      String role =
          item.equals(library.activeProperty().get())
              ? "  [active]"
              : item.equals(library.referenceProperty().get()) ? "  [reference]" : "";
      setText(item.name() + "  (n = " + item.size() + ")" + role);
    }
  }
}
