package org.probscope.app.gof;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.probscope.app.common.CommitField;
import org.probscope.app.common.Controls;
import org.probscope.app.common.PlotExport;
import org.probscope.app.common.TaskRunner;
import org.probscope.app.common.Theme;
import org.probscope.app.gof.GofViewModel.PlotKind;
import org.probscope.app.plot.PlotTheme;
import org.probscope.app.plot.PlotView;
import org.probscope.model.distribution.Figures;

/**
 * The goodness-of-fit tab: one plot (CDF overlay, density, Q-Q or P-P) with the options that apply
 * to it, and the metric table under its own settings (α, KS@N's N). The plot follows the sample and
 * the target until the user zooms or pans; "Frame" shows both again. Binds only: the view model
 * picks and builds the plot and computes every figure and read-out.
 */
public final class GofView {

  private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
  private static final double PLOT_MIN_HEIGHT = 140;
  private static final double TABLE_MIN_HEIGHT = 26 * 3 + 30;

  /** Header, every metric row (KS, Kuiper, CvM, AD, W₁, KS@N, chi-square) and the settings. */
  private static final double TABLE_WANTED_HEIGHT = 26 * 7 + 30 + 70;

  private static final double PLOT_SHARE = 0.5;

  private final GofViewModel vm;
  private final PlotExport export;
  private final VBox root = new VBox(6);
  private final PlotView plot;
  private final ToggleButton cdfView = new ToggleButton("CDF");
  private final ToggleButton densityView = new ToggleButton("Density");
  private final ToggleButton qqView = new ToggleButton("Q-Q");
  private final ToggleButton ppView = new ToggleButton("P-P");
  private final ComboBox<Double> alpha =
      new ComboBox<>(javafx.collections.FXCollections.observableArrayList(GofViewModel.LEVELS));
  private final CheckBox band = new CheckBox("DKW band");
  private final CheckBox area = new CheckBox("W₁ area");
  private final CheckBox kde = new CheckBox("KDE");
  private final TextField bins = new TextField();
  private final Label binsLabel = new Label("bins");
  private final TextField chunk = new TextField();
  private final Button frame = new Button("Frame");
  private final Button exportButton = new Button("Export PNG…");
  private final ProgressIndicator busy = new ProgressIndicator();
  private final Label message = new Label();
  private final Label readout = new Label(" ");
  private final Label inputError = Controls.errorLabel();
  private final Label estimatedFlag = new Label();
  private final TableView<MetricRow> table;
  private boolean dividerMoved;
  private boolean dividerListened;
  private boolean placingDivider;

  public GofView(
      GofViewModel vm, TaskRunner runner, ObservableValue<Theme> theme, PlotExport export) {
    this.vm = vm;
    this.export = export;
    this.plot = new PlotView(runner);
    this.table = MetricTable.create(vm.rows());
    createView();
    initListeners(theme);
  }

  public VBox root() {
    return root;
  }

  public PlotView plot() {
    return plot;
  }

  private void createView() {
    plot.setId("gof-plot");
    cdfView.setId("gof-view-cdf");
    qqView.setId("gof-view-qq");
    ppView.setId("gof-view-pp");
    densityView.setId("gof-view-density");
    SegmentedButton views = new SegmentedButton(cdfView, densityView, qqView, ppView);
    views.setToggleGroup(new ToggleGroup());
    alpha.setId("gof-alpha");
    alpha.setConverter(
        new StringConverter<>() {
          @Override
          public String toString(Double a) {
            return a == null ? "" : "α = " + Figures.format(a, 3);
          }

          @Override
          public Double fromString(String text) {
            return vm.alphaProperty().get();
          }
        });
    alpha.setTooltip(
        Controls.tooltip("Significance level for critical values, decisions and the DKW band"));
    band.setId("gof-band");
    band.setTooltip(
        Controls.tooltip(
            "Dvoretzky–Kiefer–Wolfowitz band: Fn ± √(ln(2/α)/(2n)) contains the true CDF everywhere with probability ≥ 1 − α"));
    area.setId("gof-area");
    area.setTooltip(Controls.tooltip("Shade the area between Fn and F; its size is W₁"));
    kde.setId("gof-kde");
    kde.setTooltip(
        Controls.tooltip("Gaussian kernel density estimate of the sample (Silverman's bandwidth)"));
    bins.setId("gof-bins");
    bins.setPromptText("auto");
    bins.setPrefColumnCount(4);
    bins.setTooltip(Controls.tooltip("Histogram bins; empty for Freedman–Diaconis"));
    binsLabel.setLabelFor(bins);
    chunk.setId("gof-chunk");
    chunk.setPrefColumnCount(5);
    chunk.setTooltip(
        Controls.tooltip("KS@N chunk size N: the sample is tested in chunks of N values"));
    frame.setId("gof-frame");
    frame.setTooltip(
        Controls.tooltip(
            "Show the sample and the target together again, dropping your zoom and pan (Ctrl+0)."
                + " The plot follows them until you zoom or pan."));
    exportButton.setId("gof-export");
    exportButton.setTooltip(Controls.tooltip("Save the plot as a PNG image (Ctrl+E)"));
    busy.setPrefSize(18, 18);
    message.setId("gof-message");
    message.setWrapText(true);
    message.setMinHeight(Region.USE_PREF_SIZE);
    readout.getStyleClass().add("text-muted");
    readout.setId("gof-readout");
    inputError.setId("gof-input-error");
    FlowPane options =
        new FlowPane(10, 6, views, band, area, kde, binsLabel, bins, frame, exportButton, busy);
    options.setAlignment(Pos.CENTER_LEFT);
    options.setId("gof-options");
    // wrap to a second line on narrow windows rather than truncating every label to "..."
    for (Node n : options.getChildren()) {
      if (n instanceof Region r) {
        r.setMinWidth(Region.USE_PREF_SIZE);
      }
    }
    for (ToggleButton b : new ToggleButton[] {cdfView, densityView, qqView, ppView}) {
      b.setMinWidth(Region.USE_PREF_SIZE);
    }
    Label chunkLabel = new Label("KS@N, N =");
    chunkLabel.setLabelFor(chunk);
    Label tableTitle = new Label("Tests");
    tableTitle.getStyleClass().add("title-4");
    HBox tableSettings = new HBox(10, tableTitle, alpha, chunkLabel, chunk);
    tableSettings.setAlignment(Pos.CENTER_LEFT);
    VBox.setVgrow(plot, Priority.ALWAYS);
    plot.setMinHeight(PLOT_MIN_HEIGHT);
    VBox plotPart = new VBox(6, options, plot, readout);
    VBox.setVgrow(table, Priority.ALWAYS);
    table.setMinHeight(TABLE_MIN_HEIGHT);
    estimatedFlag.setId("gof-estimated-flag");
    estimatedFlag.getStyleClass().add("estimated-flag");
    estimatedFlag.setWrapText(true);
    estimatedFlag.setMinHeight(Region.USE_PREF_SIZE);
    estimatedFlag.setTooltip(Controls.tooltip(EstimatedParameters.WHY));
    estimatedFlag.textProperty().bind(vm.estimatedParameters().textProperty());
    estimatedFlag.visibleProperty().bind(vm.estimatedParameters().flaggedProperty());
    estimatedFlag.managedProperty().bind(estimatedFlag.visibleProperty());
    VBox tablePart = new VBox(6, tableSettings, estimatedFlag, inputError, message, table);
    tablePart.setPadding(new Insets(6, 0, 0, 0));
    // the plot and the table share the height; the user moves the divider, and the table scrolls
    // (both ways) rather than pushing rows below the window or columns past its edge
    SplitPane split = new SplitPane(plotPart, tablePart);
    split.setOrientation(Orientation.VERTICAL);
    split.setId("gof-split");
    VBox.setVgrow(split, Priority.ALWAYS);
    split.heightProperty().addListener((obs, old, now) -> placeDivider(split, now.doubleValue()));
    root.getChildren().add(split);
    root.setPadding(new Insets(8));
    root.setId("gof-view");
  }

  /**
   * Until the user moves it, the divider gives the table the height of all its rows (when the plot
   * keeps at least {@link #PLOT_SHARE} of the height) and the rest to the plot.
   */
  private void placeDivider(SplitPane split, double height) {
    if (height <= 0 || dividerMoved) {
      return;
    }
    double tableWanted = TABLE_WANTED_HEIGHT;
    double position = Math.max(PLOT_SHARE, 1 - tableWanted / height);
    placingDivider = true;
    split.setDividerPositions(position);
    placingDivider = false;
    if (!dividerListened) {
      dividerListened = true;
      split
          .getDividers()
          .get(0)
          .positionProperty()
          .addListener(
              (obs, old, now) -> {
                if (!placingDivider && split.isPressed()) {
                  dividerMoved = true;
                }
              });
    }
  }

  /**
   * Columns at their minimum widths do not fit a narrow tab: let the table scroll sideways then,
   * instead of cutting "Critical value" and pushing "Decision" out of sight.
   */
  private void fitColumns(double width) {
    double needed = 2;
    for (var column : table.getColumns()) {
      needed += column.getMinWidth();
    }
    var policy =
        width < needed
            ? TableView.UNCONSTRAINED_RESIZE_POLICY
            : TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN;
    if (table.getColumnResizePolicy() != policy) {
      table.setColumnResizePolicy(policy);
    }
  }

  private void initListeners(ObservableValue<Theme> theme) {
    alpha.setValue(vm.alphaProperty().get());
    alpha
        .valueProperty()
        .addListener(
            (obs, old, now) -> {
              if (now != null) {
                vm.alphaProperty().set(now);
              }
            });
    bindKind(cdfView, PlotKind.CDF);
    bindKind(densityView, PlotKind.DENSITY);
    bindKind(qqView, PlotKind.QQ);
    bindKind(ppView, PlotKind.PP);
    showOptionsFor(vm.plotKindProperty().get());
    vm.plotKindProperty()
        .addListener(
            (obs, old, now) -> {
              showOptionsFor(now);
              vm.shape().dismissError();
            });
    vm.targetProperty()
        .addListener(
            (obs, old, now) -> {
              if (old == null || now == null || old.family() != now.family()) {
                vm.shape().dismissError();
              }
            });
    band.selectedProperty().bindBidirectional(vm.showBandProperty());
    area.selectedProperty().bindBidirectional(vm.showWassersteinAreaProperty());
    kde.selectedProperty().bindBidirectional(vm.showKdeProperty());
    bins.textProperty().bindBidirectional(vm.shape().binsTextProperty());
    CommitField.install(bins, vm.shape()::commit, null);
    chunk.textProperty().bindBidirectional(vm.ksAtN().chunkTextProperty());
    CommitField.install(chunk, vm.ksAtN()::commit, null);
    inputError
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.concat(
                vm.shape().binsErrorProperty(), vm.ksAtN().chunkErrorProperty()));
    busy.visibleProperty().bind(vm.busyProperty());
    message.textProperty().bind(vm.messageProperty());
    readout.textProperty().bind(vm.readoutProperty());
    table.widthProperty().addListener((obs, old, now) -> fitColumns(now.doubleValue()));
    table.pseudoClassStateChanged(STALE, vm.staleProperty().get());
    vm.staleProperty().addListener((obs, was, now) -> table.pseudoClassStateChanged(STALE, now));
    theme.addListener(
        (obs, old, now) -> plot.setTheme(now.isDark() ? PlotTheme.DARK : PlotTheme.LIGHT));
    plot.setTheme(theme.getValue().isDark() ? PlotTheme.DARK : PlotTheme.LIGHT);
    plot.setModel(vm.plotModelProperty().get());
    vm.plotModelProperty().addListener((obs, old, now) -> plot.setModel(now));
    vm.frameRequestsProperty().addListener(obs -> plot.resetView());
    frame.setOnAction(e -> vm.frame());
    exportButton.setOnAction(e -> export.export(plot, "probscope-gof"));
    exportButton
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.sampleProperty().getValue() == null, vm.sampleProperty()));
    plot.crosshairProperty()
        .addListener((obs, old, now) -> vm.pointAt(now == null ? Double.NaN : now.x()));
  }

  /** The toggle shows {@code kind}; selecting it again keeps it selected. */
  private void bindKind(ToggleButton button, PlotKind kind) {
    button.setSelected(vm.plotKindProperty().get() == kind);
    button
        .selectedProperty()
        .addListener(
            (obs, was, now) -> {
              if (now) {
                vm.plotKindProperty().set(kind);
              } else if (vm.plotKindProperty().get() == kind) {
                button.setSelected(true);
              }
            });
    vm.plotKindProperty().addListener((obs, old, now) -> button.setSelected(now == kind));
  }

  /** Only the options that change the plot on screen are offered. */
  private void showOptionsFor(PlotKind kind) {
    shown(kind == PlotKind.CDF, band, area);
    shown(kind == PlotKind.DENSITY, kde, binsLabel, bins);
  }

  private static void shown(boolean shown, Node... nodes) {
    for (Node n : nodes) {
      n.setVisible(shown);
      n.setManaged(shown);
    }
  }
}
