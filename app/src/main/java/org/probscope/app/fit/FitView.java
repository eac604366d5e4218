package org.probscope.app.fit;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.probscope.app.common.Controls;
import org.probscope.app.common.TaskRunner;
import org.probscope.app.common.Theme;
import org.probscope.app.plot.PlotView;

/**
 * The Fit tab: settings and Fit/Cancel on top ({@link FitSettingsBar}), the ranking table with its
 * commands, and the plots under it. Enter in the settings fits, Escape cancels, Space toggles the
 * focused row's "Plot". Binds and delegates only.
 */
public final class FitView {

  static final String FOOTNOTE =
      "† p-value as if the parameters were known: too large, since they were estimated from these"
          + " data (hover for why). \"boot\": corrected by a parametric bootstrap (Bootstrap B > 0),"
          + " ± its Monte-Carlo error";

  static final String TWO_RANKINGS =
      "The data are whole numbers: discrete fits are ranked first, continuous ones after (below"
          + " the rule); a density is not a probability, so their ln L and AIC are not"
          + " comparable";

  private final FitViewModel vm;
  private final VBox root = new VBox(6);
  private final FitSettingsBar settings;
  private final TableView<FitRow> table;
  private final FitPlotsPane plots;
  private final Button use = new Button("_Use this fit");
  private final Button copyTable = new Button("Copy _table");
  private final Button copySpec = new Button("Copy s_pec");
  private final ProgressBar progress = new ProgressBar(0);
  private final Label message = new Label();
  private final Label twoRankings = new Label(TWO_RANKINGS);
  private final Label stale = new Label("Sample changed since this fit — press Fit to fit again");

  public FitView(
      FitViewModel vm, FitPlotsViewModel plotsVm, TaskRunner runner, ObservableValue<Theme> theme) {
    this.vm = vm;
    this.settings = new FitSettingsBar(vm);
    this.table = FitTable.create(vm.rows());
    this.plots = new FitPlotsPane(plotsVm, runner, theme);
    createView();
    initListeners();
  }

  public VBox root() {
    return root;
  }

  /** The plot on screen, for export. */
  public PlotView plot() {
    return plots.plot();
  }

  private void createView() {
    use.setId("fit-use");
    use.setTooltip(
        Controls.tooltip(
            "Put the selected fit into the explorer (the sliders start at the estimate) and make it"
                + " the goodness-of-fit target, flagged as estimated from these data"));
    copyTable.setId("fit-copy-table");
    copyTable.setTooltip(Controls.tooltip("Copy the table as tab-separated text for spreadsheets"));
    copySpec.setId("fit-copy-spec");
    copySpec.setTooltip(
        Controls.tooltip("Copy the selected fit's spec, e.g. gamma(shape=…, scale=…)"));
    for (Button b : new Button[] {use, copyTable, copySpec}) {
      b.setMnemonicParsing(true);
      b.setMinWidth(Region.USE_PREF_SIZE);
    }
    progress.setId("fit-progress");
    progress.setPrefWidth(140);
    progress.setMinWidth(Region.USE_PREF_SIZE);
    message.setId("fit-message");
    message.setWrapText(true);
    message.setMinHeight(Region.USE_PREF_SIZE);
    HBox.setHgrow(message, Priority.ALWAYS);
    stale.setId("fit-stale");
    stale.getStyleClass().add("fit-stale");
    stale.setWrapText(true);
    // the table's commands lead the status line: one row less above the table and plots
    HBox status = new HBox(8, use, copySpec, copyTable, progress, stale, message);
    status.setAlignment(Pos.CENTER_LEFT);
    Label footnote = new Label(FOOTNOTE);
    footnote.setTooltip(Controls.tooltip(FitColumn.AS_IF_KNOWN + "\n\n" + FitColumn.CORRECTED));
    footnote.setId("fit-footnote");
    footnote.getStyleClass().add("fit-footnote");
    footnote.setMinWidth(0);
    VBox.setVgrow(table, Priority.ALWAYS);
    table.setMinHeight(26 * 3 + 30);
    twoRankings.setId("fit-two-rankings");
    twoRankings.getStyleClass().add("fit-footnote");
    twoRankings.setWrapText(true);
    twoRankings.setMinHeight(Region.USE_PREF_SIZE);
    twoRankings.setTooltip(
        Controls.tooltip(
            "ΔAIC and the Akaike weights are computed within each kind; a discrete fit's ln L sums"
                + " log-probabilities, a continuous one's log-densities, which depend on the unit"
                + " of the data."));
    VBox tablePart = new VBox(4, twoRankings, table, footnote);
    SplitPane split = new SplitPane(tablePart, plots.root());
    split.setOrientation(Orientation.VERTICAL);
    // the plots take what the window gains; the table keeps about five rows
    split.setDividerPositions(0.4);
    SplitPane.setResizableWithParent(tablePart, false);
    split.setId("fit-split");
    VBox.setVgrow(split, Priority.ALWAYS);
    root.getChildren().addAll(settings.root(), status, split);
    root.setPadding(new Insets(8));
    root.setId("fit-view");
  }

  private void initListeners() {
    progress.progressProperty().bind(vm.progressProperty());
    progress.visibleProperty().bind(vm.runningProperty().or(vm.bootstrap().runningProperty()));
    progress.managedProperty().bind(progress.visibleProperty());
    message.textProperty().bind(vm.messageProperty());
    twoRankings.visibleProperty().bind(vm.mixedKindsProperty());
    twoRankings.managedProperty().bind(twoRankings.visibleProperty());
    stale.visibleProperty().bind(vm.sampleChangedProperty());
    stale.managedProperty().bind(stale.visibleProperty());
    var noFit =
        Bindings.createBooleanBinding(
            () -> vm.selectedProperty().get() == null || !vm.selectedProperty().get().isOk(),
            vm.selectedProperty());
    use.disableProperty().bind(noFit);
    copySpec.disableProperty().bind(noFit);
    copyTable.disableProperty().bind(Bindings.isEmpty(vm.rows()));
    use.setOnAction(e -> vm.useSelected());
    copyTable.setOnAction(e -> copy(vm.tableText()));
    copySpec.setOnAction(e -> copy(vm.selectedSpec()));
    table
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, now) -> vm.selectedProperty().set(now));
    vm.selectedProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
              }
            });
    // Space toggles the focused row's "Plot"; Enter in the table does nothing (it used to refit,
    // resetting the hand-picked overlays): Fit is Enter in the settings and its mnemonic
    table.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.SPACE && table.getEditingCell() == null) {
            FitRow row = table.getFocusModel().getFocusedItem();
            if (row != null) {
              row.overlaidProperty().set(!row.overlaidProperty().get());
            }
            e.consume();
          }
        });
    root.addEventHandler(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.ESCAPE
              && (vm.runningProperty().get() || vm.bootstrap().runningProperty().get())) {
            vm.cancel();
            e.consume();
          }
        });
  }

  private static void copy(String text) {
    ClipboardContent content = new ClipboardContent();
    content.putString(text);
    Clipboard.getSystemClipboard().setContent(content);
  }
}
