package org.probscope.app.gof;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;
import org.probscope.app.common.Controls;
import org.probscope.app.common.PlotExport;
import org.probscope.app.common.TaskRunner;
import org.probscope.app.common.Theme;
import org.probscope.app.plot.AxisRange;
import org.probscope.app.plot.DataPoint;
import org.probscope.app.plot.PlotModel;
import org.probscope.app.plot.PlotTheme;
import org.probscope.app.plot.PlotView;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Figures;
import org.probscope.model.sample.Sample;

/**
 * The goodness-of-fit tab: one plot (CDF overlay, density, Q-Q or P-P), its options, and the metric
 * table. The x range follows the sample, not the target, so dragging a target parameter moves the
 * curve across a still frame; "Fit" re-frames both.
 */
public final class GofView {

  private final GofViewModel vm;
  private final TaskRunner runner;
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
  private final TextField chunk = new TextField();
  private final Button fit = new Button("Fit");
  private final Button exportButton = new Button("Export PNG…");
  private final ProgressIndicator busy = new ProgressIndicator();
  private final Label message = new Label();
  private final Label readout = new Label(" ");
  private final Label inputError = Controls.errorLabel();
  private AxisRange home;

  public GofView(
      GofViewModel vm, TaskRunner runner, ObservableValue<Theme> theme, PlotExport export) {
    this.vm = vm;
    this.runner = runner;
    this.export = export;
    this.plot = new PlotView(runner);
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
    ToggleGroup group = new ToggleGroup();
    views.setToggleGroup(group);
    cdfView.setSelected(true);
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
    band.setTooltip(
        Controls.tooltip(
            "Dvoretzky–Kiefer–Wolfowitz band: Fn ± √(ln(2/α)/(2n)) contains the true CDF everywhere with probability ≥ 1 − α"));
    area.setTooltip(Controls.tooltip("Shade the area between Fn and F; its size is W₁"));
    kde.setTooltip(
        Controls.tooltip("Gaussian kernel density estimate of the sample (Silverman's bandwidth)"));
    bins.setId("gof-bins");
    bins.setPromptText("auto");
    bins.setPrefColumnCount(4);
    bins.setTooltip(Controls.tooltip("Histogram bins; empty for Freedman–Diaconis"));
    chunk.setId("gof-chunk");
    exportButton.setId("gof-export");
    chunk.setPrefColumnCount(5);
    chunk.setTooltip(Controls.tooltip("KS@N chunk size N"));
    fit.setTooltip(Controls.tooltip("Frame the sample and the target together"));
    busy.setPrefSize(18, 18);
    message.setId("gof-message");
    message.setWrapText(true);
    readout.getStyleClass().add("text-muted");
    readout.setId("gof-readout");
    Label binsLabel = new Label("bins");
    binsLabel.setLabelFor(bins);
    Label chunkLabel = new Label("KS@N, N =");
    chunkLabel.setLabelFor(chunk);
    FlowPane options =
        new FlowPane(
            10,
            6,
            views,
            alpha,
            band,
            area,
            kde,
            binsLabel,
            bins,
            chunkLabel,
            chunk,
            fit,
            exportButton,
            busy);
    options.setAlignment(Pos.CENTER_LEFT);
    // wrap to a second line on narrow windows rather than truncating every label to "..."
    options
        .getChildren()
        .forEach(
            n -> {
              if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
              }
            });
    for (ToggleButton b : new ToggleButton[] {cdfView, densityView, qqView, ppView}) {
      b.setMinWidth(Region.USE_PREF_SIZE);
    }
    VBox.setVgrow(plot, Priority.ALWAYS);
    plot.setMinHeight(220);
    root.getChildren()
        .addAll(options, inputError, plot, readout, message, MetricTable.create(vm.rows()));
    root.setPadding(new Insets(8));
    root.setId("gof-view");
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
    band.selectedProperty().bindBidirectional(vm.showBandProperty());
    area.selectedProperty().bindBidirectional(vm.showWassersteinAreaProperty());
    kde.selectedProperty().bindBidirectional(vm.showKdeProperty());
    bins.textProperty().bindBidirectional(vm.binsTextProperty());
    chunk.textProperty().bindBidirectional(vm.chunkTextProperty());
    inputError
        .textProperty()
        .bind(
            javafx.beans.binding.Bindings.concat(vm.binsErrorProperty(), vm.chunkErrorProperty()));
    busy.visibleProperty().bind(vm.busyProperty());
    message.textProperty().bind(vm.messageProperty());
    theme.addListener(
        (obs, old, now) -> plot.setTheme(now.isDark() ? PlotTheme.DARK : PlotTheme.LIGHT));
    plot.setTheme(theme.getValue().isDark() ? PlotTheme.DARK : PlotTheme.LIGHT);
    for (ToggleButton b : new ToggleButton[] {cdfView, densityView, qqView, ppView}) {
      b.selectedProperty().addListener(obs -> redraw());
    }
    vm.sampleProperty().addListener(obs -> refit());
    vm.targetProperty().addListener(obs -> redraw());
    vm.resultProperty().addListener(obs -> redraw());
    vm.shapeProperty().addListener(obs -> redraw());
    vm.alphaProperty().addListener(obs -> redraw());
    vm.showBandProperty().addListener(obs -> redraw());
    vm.showWassersteinAreaProperty().addListener(obs -> redraw());
    vm.showKdeProperty().addListener(obs -> redraw());
    fit.setOnAction(e -> refit());
    exportButton.setOnAction(e -> export.export(plot, "probscope-gof"));
    exportButton
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.sampleProperty().getValue() == null, vm.sampleProperty()));
    plot.crosshairProperty().addListener((obs, old, now) -> showReadout(now));
    refit();
  }

  private void refit() {
    var snapshot = vm.sampleProperty().getValue();
    home =
        snapshot == null
            ? null
            : GofPlotModels.xRange(snapshot.sample(), vm.targetProperty().getValue());
    redraw();
  }

  private void redraw() {
    var snapshot = vm.sampleProperty().getValue();
    if (snapshot == null || home == null) {
      plot.setModel(PlotModel.empty().withTitle("No sample yet"));
      return;
    }
    Sample s = snapshot.sample();
    Distribution d = vm.targetProperty().getValue();
    GofSnapshot result = vm.resultProperty().get();
    boolean current = result != null && result.sample() == s;
    if (densityView.isSelected() && vm.shapeProperty().get() != null) {
      plot.setModel(
          GofPlotModels.density(vm.shapeProperty().get(), d, home, vm.showKdeProperty().get()));
    } else if (qqView.isSelected() && current) {
      plot.setModel(GofPlotModels.qq(result.qq()));
    } else if (ppView.isSelected() && current) {
      plot.setModel(GofPlotModels.pp(result.pp()));
    } else {
      var dkw =
          vm.showBandProperty().get()
              ? org.probscope.model.gof.DkwBand.of(s.size(), vm.alphaProperty().get())
              : null;
      plot.setModel(
          GofPlotModels.cdf(
              s,
              d,
              home,
              dkw,
              vm.showWassersteinAreaProperty().get(),
              current ? result.gof().ksGap() : null));
    }
  }

  private void showReadout(DataPoint at) {
    var snapshot = vm.sampleProperty().getValue();
    if (at == null || snapshot == null || !(cdfView.isSelected() || densityView.isSelected())) {
      readout.setText(" ");
      return;
    }
    Distribution d = vm.targetProperty().getValue();
    readout.setText(
        "x = "
            + Figures.format(at.x(), 5)
            + "   F(x) = "
            + Figures.format(d.cdf(at.x()), 5)
            + "   Fn(x) = "
            + Figures.format(snapshot.sample().ecdf(at.x()), 5));
  }
}
