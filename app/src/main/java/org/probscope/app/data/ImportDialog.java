package org.probscope.app.data;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.probscope.app.common.Controls;
import org.probscope.model.csv.CsvEncoding;
import org.probscope.model.csv.CsvPreview;
import org.probscope.model.csv.Delimiter;
import org.probscope.model.csv.SkipReason;

/**
 * The import dialog: detected settings, a preview with the chosen columns tinted and the cells to
 * be skipped struck through, one check box per column, progress and Load / Cancel. Enter loads, Esc
 * cancels (a running load first, the dialog next).
 */
public final class ImportDialog {

  private final ImportViewModel vm;
  private final Stage stage = new Stage();
  private final BorderPane root = new BorderPane();
  private final ComboBox<Delimiter> delimiter = new ComboBox<>();
  private final ComboBox<Character> decimal = new ComboBox<>();
  private final CheckBox header = new CheckBox("First row holds _names");
  private final ComboBox<CsvEncoding> encoding = new ComboBox<>();
  private final FlowPane columnChoices = new FlowPane(8, 4);
  private final TableView<List<String>> preview = new TableView<>();
  private final Label error = Controls.errorLabel();
  private final Label warning = Controls.errorLabel();
  private final ProgressBar progress = new ProgressBar(0);
  private final Label progressText = new Label();
  private final Button load = new Button("_Load");
  private final Button cancel = new Button("Cancel");

  public ImportDialog(ImportViewModel vm, Window owner) {
    this.vm = vm;
    createView();
    initListeners();
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setTitle("Import " + vm.file().getFileName());
    Scene scene = new Scene(root, 760, 560);
    scene.getStylesheets().add(ImportDialog.class.getResource("data.css").toExternalForm());
    stage.setScene(scene);
  }

  public BorderPane root() {
    return root;
  }

  public void show() {
    stage.show();
    load.requestFocus();
  }

  public void close() {
    stage.close();
  }

  private void createView() {
    root.setId("import-dialog");
    delimiter.setId("import-delimiter");
    delimiter.getItems().setAll(Delimiter.values());
    delimiter.setConverter(converter(Delimiter::label));
    decimal.setId("import-decimal");
    decimal.getItems().setAll('.', ',');
    decimal.setConverter(converter(c -> c == ',' ? "comma (3,14)" : "dot (3.14)"));
    header.setId("import-header");
    header.setMnemonicParsing(true);
    encoding.setId("import-encoding");
    encoding.getItems().setAll(CsvEncoding.values());
    encoding.setConverter(converter(e -> e == CsvEncoding.UTF_8 ? "UTF-8" : "Latin-1"));
    GridPane settings = new GridPane();
    settings.setHgap(8);
    settings.setVgap(6);
    settings.addRow(
        0, label("_Delimiter", delimiter), delimiter, label("De_cimal", decimal), decimal);
    settings.addRow(1, label("_Encoding", encoding), encoding, header);
    GridPane.setColumnSpan(header, 2);
    Label size = new Label(vm.file().getFileName() + ", " + megabytes(vm.fileSize()));
    size.getStyleClass().add("title-4");
    Label choose =
        new Label("Columns to load (click a cell to choose its column, Ctrl+click for more):");
    columnChoices.setId("import-columns");
    VBox top = new VBox(8, size, settings, choose, columnChoices);
    top.setPadding(new Insets(10, 10, 6, 10));
    preview.setId("import-preview");
    preview.getStyleClass().add("import-preview");
    preview.setPlaceholder(new Label("No rows to preview"));
    preview.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    BorderPane.setMargin(preview, new Insets(0, 10, 0, 10));
    error.setId("import-error");
    warning.setId("import-warning");
    warning.getStyleClass().setAll("label", "warning");
    progress.setId("import-progress");
    progress.setMaxWidth(Double.MAX_VALUE);
    progressText.setId("import-progress-text");
    load.setId("import-load");
    load.setDefaultButton(true);
    load.setMnemonicParsing(true);
    cancel.setId("import-cancel");
    cancel.setCancelButton(true);
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox.setHgrow(progress, Priority.ALWAYS);
    HBox buttons = new HBox(8, progress, progressText, spacer, load, cancel);
    VBox bottom = new VBox(6, warning, error, buttons);
    bottom.setPadding(new Insets(8, 10, 10, 10));
    root.setTop(top);
    root.setCenter(preview);
    root.setBottom(bottom);
  }

  private static Label label(String text, javafx.scene.Node target) {
    Label label = new Label(text);
    label.setMnemonicParsing(true);
    label.setLabelFor(target);
    return label;
  }

  private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : text.apply(value);
      }

      @Override
      public T fromString(String string) {
        throw new UnsupportedOperationException("not editable");
      }
    };
  }

  private void initListeners() {
    delimiter.valueProperty().bindBidirectional(vm.delimiterProperty());
    decimal.valueProperty().bindBidirectional(vm.decimalSeparatorProperty());
    header.selectedProperty().bindBidirectional(vm.headerProperty());
    encoding.valueProperty().bindBidirectional(vm.encodingProperty());
    error.textProperty().bind(vm.errorProperty());
    warning.textProperty().bind(vm.warningProperty());
    progress.progressProperty().bind(vm.progressProperty());
    progress.visibleProperty().bind(vm.loadingProperty());
    progressText.visibleProperty().bind(vm.loadingProperty());
    progressText
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    megabytes((long) (vm.progressProperty().get() * vm.fileSize()))
                        + " of "
                        + megabytes(vm.fileSize()),
                vm.progressProperty()));
    load.disableProperty().bind(vm.loadingProperty());
    load.setOnAction(e -> vm.load());
    cancel.setOnAction(e -> vm.cancel());
    stage.setOnHidden(e -> vm.dismiss());
    vm.previewProperty().addListener((obs, old, now) -> showPreview(now));
    vm.selectedColumns().addListener((ListChangeListener<Integer>) c -> showSelection());
    showPreview(vm.previewProperty().get());
  }

  private void showPreview(CsvPreview now) {
    preview.getColumns().clear();
    columnChoices.getChildren().clear();
    if (now == null) {
      preview.getItems().clear();
      return;
    }
    for (int i = 0; i < now.columnNames().size(); i++) {
      int position = i + 1;
      String name = now.columnNames().get(i);
      preview.getColumns().add(previewColumn(name, position));
      CheckBox choice = new CheckBox(name);
      choice.setId("import-column-" + position);
      choice.setMnemonicParsing(false);
      choice.setSelected(vm.isSelected(position));
      choice.setOnAction(e -> vm.toggle(position));
      columnChoices.getChildren().add(choice);
    }
    preview.getItems().setAll(now.rows());
  }

  private TableColumn<List<String>, String> previewColumn(String name, int position) {
    TableColumn<List<String>, String> column = new TableColumn<>(name);
    column.setSortable(false);
    column.setPrefWidth(110);
    column.setCellValueFactory(
        row ->
            Bindings.createStringBinding(
                () -> row.getValue().size() >= position ? row.getValue().get(position - 1) : ""));
    column.setCellFactory(c -> new PreviewCell(position));
    return column;
  }

  private void showSelection() {
    for (var node : columnChoices.getChildren()) {
      CheckBox choice = (CheckBox) node;
      int position = Integer.parseInt(choice.getId().substring("import-column-".length()));
      choice.setSelected(vm.isSelected(position));
    }
    preview.refresh();
    preview.layout(); // restyle the 20 preview rows now, not on the next pulse
  }

  private static String megabytes(long bytes) {
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  /** A preview cell: tinted when its column is chosen, struck through when it will be skipped. */
  private final class PreviewCell extends TableCell<List<String>, String> {
    private final int position;

    PreviewCell(int position) {
      this.position = position;
      setOnMouseClicked(
          e -> {
            if (e.isShortcutDown()) {
              vm.toggle(position);
            } else {
              vm.selectOnly(position);
            }
          });
    }

    @Override
    protected void updateItem(String item, boolean empty) {
      super.updateItem(item, empty);
      getStyleClass().removeAll("chosen-column", "skipped-cell");
      setTooltip(null);
      setGraphic(null);
      setContentDisplay(ContentDisplay.TEXT_ONLY);
      if (empty || item == null) {
        setText(null);
        return;
      }
      setText(item);
      if (vm.isSelected(position)) {
        getStyleClass().add("chosen-column");
        vm.skipReason(getIndex(), position).ifPresent(this::markSkipped);
      }
    }

    /**
     * A struck-through copy of the text as the graphic: Labeled has no strikethrough of its own.
     */
    private void markSkipped(SkipReason reason) {
      getStyleClass().add("skipped-cell");
      Text struck = new Text(getText());
      struck.setStrikethrough(true);
      struck.getStyleClass().add("skipped-text");
      setGraphic(struck);
      setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
      setTooltip(Controls.tooltip(PreviewCells.explain(reason)));
    }
  }
}
