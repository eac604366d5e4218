package org.probscope.app.compare;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.probscope.app.common.Controls;
import org.probscope.app.common.Theme;
import org.probscope.app.data.NamedSample;
import org.probscope.app.data.SampleLibraryViewModel;
import org.probscope.app.plot.PlotTheme;
import org.probscope.app.plot.PlotView;

/** The Compare tab: both ECDFs with the largest gap marked, and the two-sample figures. */
public final class CompareView {

  private final CompareViewModel vm;
  private final BorderPane root = new BorderPane();
  private final PlotView plot;
  private final TableView<ComparisonRow> table = new TableView<>();
  private final Label message = new Label();
  private final Label pair = new Label();
  private final ProgressIndicator busy = new ProgressIndicator();
  private final SampleLibraryViewModel library;
  private final ComboBox<NamedSample> activeChoice = new ComboBox<>();
  private final ComboBox<NamedSample> referenceChoice = new ComboBox<>();
  private VBox side;

  /** Below this width the figures go under the plot. */
  private static final double NARROW = 620;

  /**
   * @param library where the two samples are chosen (the Data panel offers the same choice)
   */
  public CompareView(
      CompareViewModel vm,
      SampleLibraryViewModel library,
      ObservableValue<Theme> theme,
      org.probscope.app.common.TaskRunner runner) {
    this.vm = vm;
    this.plot = new PlotView(runner);
    this.library = library;
    createView();
    initListeners(theme);
  }

  public BorderPane root() {
    return root;
  }

  public PlotView plot() {
    return plot;
  }

  private void createView() {
    root.setId("compare-view");
    plot.setId("compare-plot");
    plot.setMinSize(200, 160);
    table.setId("compare-table");
    table.getStyleClass().add("metric-table");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPlaceholder(new Label("No comparison"));
    table.getColumns().add(column("Figure", ComparisonRow::figure, 190));
    table.getColumns().add(column("Value", ComparisonRow::value, 80));
    table.getColumns().add(column("p-value", ComparisonRow::pValue, 150));
    // figures are never cut short: the names give way first
    table.getColumns().get(1).setMinWidth(64);
    table.getColumns().get(2).setMinWidth(110);
    table.setMinWidth(0);
    table.setRowFactory(t -> new ExplainedRow());
    message.setId("compare-message");
    message.setWrapText(true);
    message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    pair.setId("compare-pair");
    pair.setWrapText(true);
    pair.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
    pair.getStyleClass().add("text-muted");
    busy.setPrefSize(18, 18);
    Label title = new Label("Two-sample figures");
    title.getStyleClass().add("title-4");
    activeChoice.setId("compare-active");
    referenceChoice.setId("compare-reference");
    activeChoice.setMaxWidth(Double.MAX_VALUE);
    referenceChoice.setMaxWidth(Double.MAX_VALUE);
    activeChoice.setPromptText("active sample");
    referenceChoice.setPromptText("reference sample");
    GridPane choices = new GridPane();
    choices.setHgap(6);
    choices.setVgap(6);
    choices.addRow(0, choiceLabel("_a (active)", activeChoice), activeChoice);
    choices.addRow(1, choiceLabel("_b (reference)", referenceChoice), referenceChoice);
    GridPane.setHgrow(activeChoice, Priority.ALWAYS);
    GridPane.setHgrow(referenceChoice, Priority.ALWAYS);
    VBox side = new VBox(6, new HBox(6, title, busy), choices, pair, message, table);
    VBox.setVgrow(table, Priority.ALWAYS);
    side.setPadding(new Insets(8));
    // the figures take up to 475 px but never more than half the tab, so the plot keeps its room
    side.setMinWidth(0);
    side.prefWidthProperty()
        .bind(
            javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(280, Math.min(475, 0.45 * root.getWidth())), root.widthProperty()));
    this.side = side;
    for (ComboBox<NamedSample> choice : java.util.List.of(activeChoice, referenceChoice)) {
      choice.setMinWidth(0);
      choice.setPrefWidth(120);
    }
    BorderPane.setMargin(plot, new Insets(6));
    root.setCenter(plot);
    root.setRight(side);
    // on a narrow tab the figures go under the plot instead of squeezing it off the window
    root.widthProperty().addListener((obs, old, now) -> place(now.doubleValue()));
  }

  private void place(double width) {
    boolean narrow = width > 0 && width < NARROW;
    if (narrow == (root.getBottom() == side)) {
      return;
    }
    // empty the old slot first: a node in two slots at once is refused ("duplicate children")
    if (narrow) {
      root.setRight(null);
      root.setBottom(side);
    } else {
      root.setBottom(null);
      root.setRight(side);
    }
    side.prefWidthProperty().unbind();
    if (narrow) {
      side.setPrefWidth(width);
      side.setPrefHeight(0.45 * root.getHeight());
    } else {
      side.prefWidthProperty()
          .bind(
              javafx.beans.binding.Bindings.createDoubleBinding(
                  () -> Math.max(280, Math.min(475, 0.45 * root.getWidth())),
                  root.widthProperty()));
      side.setPrefHeight(Region.USE_COMPUTED_SIZE);
    }
  }

  private static Label choiceLabel(String text, Node target) {
    Label label = new Label(text);
    label.setMnemonicParsing(true);
    label.setLabelFor(target);
    return label;
  }

  private static TableColumn<ComparisonRow, String> column(
      String title, java.util.function.Function<ComparisonRow, String> value, double width) {
    TableColumn<ComparisonRow, String> column = new TableColumn<>(title);
    column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
    column.setSortable(false);
    column.setPrefWidth(width);
    return column;
  }

  private void initListeners(ObservableValue<Theme> theme) {
    table.setItems(vm.rows());
    message.textProperty().bind(vm.messageProperty());
    busy.visibleProperty().bind(vm.busyProperty());
    theme.addListener((obs, old, now) -> applyTheme(now));
    applyTheme(theme.getValue());
    activeChoice.setItems(library.samples());
    referenceChoice.setItems(library.samples());
    activeChoice.setValue(library.activeProperty().get());
    referenceChoice.setValue(library.referenceProperty().get());
    library.activeProperty().addListener((obs, old, now) -> activeChoice.setValue(now));
    library.referenceProperty().addListener((obs, old, now) -> referenceChoice.setValue(now));
    // the combo boxes also fire when the library moves them; act only on a new choice
    activeChoice.setOnAction(
        e -> {
          NamedSample chosen = activeChoice.getValue();
          if (chosen != null && !chosen.equals(library.activeProperty().get())) {
            library.activate(chosen);
          }
        });
    referenceChoice.setOnAction(
        e -> {
          NamedSample chosen = referenceChoice.getValue();
          if (chosen != null && !chosen.equals(library.referenceProperty().get())) {
            library.setReference(chosen);
          }
        });
    vm.comparedProperty().addListener((obs, old, now) -> show(now));
    show(vm.comparedProperty().get());
  }

  private void applyTheme(Theme theme) {
    plot.setTheme(theme.isDark() ? PlotTheme.DARK : PlotTheme.LIGHT);
  }

  private void show(CompareViewModel.ComparedPair now) {
    if (now == null) {
      plot.setModel(ComparePlots.empty());
      pair.setText("");
      return;
    }
    plot.setModel(ComparePlots.of(now));
    pair.setText(
        "a = "
            + now.active().name()
            + " (n = "
            + now.active().size()
            + ")\nb = "
            + now.reference().name()
            + " (m = "
            + now.reference().size()
            + ")");
  }

  /** A table row whose tooltip says what its figure measures. */
  private static final class ExplainedRow extends TableRow<ComparisonRow> {
    @Override
    protected void updateItem(ComparisonRow item, boolean empty) {
      super.updateItem(item, empty);
      setTooltip(empty || item == null ? null : Controls.tooltip(item.explanation()));
    }
  }
}
