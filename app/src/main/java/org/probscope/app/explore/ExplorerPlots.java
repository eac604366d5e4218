package org.probscope.app.explore;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.probscope.app.calc.CalculatorViewModel;
import org.probscope.app.common.TaskRunner;
import org.probscope.app.common.Theme;
import org.probscope.app.plot.DataPoint;
import org.probscope.app.plot.PlotTheme;
import org.probscope.app.plot.PlotView;
import org.probscope.app.sample.SampleViewModel;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.SummaryFigure;

/**
 * The explorer's plots (density or mass with the sample's histogram and the calculator's shading,
 * CDF with the sample's ECDF, quantile function), a crosshair read-out, and the summary table.
 */
public final class ExplorerPlots {

  private final ExplorerViewModel explorer;
  private final CalculatorViewModel calculator;
  private final SampleViewModel sampler;
  private final BorderPane root = new BorderPane();
  private final PlotView density;
  private final PlotView cdf;
  private final PlotView quantile;
  private final Label readout = new Label(" ");
  private final CrosshairViewModel crosshair;
  private final TableView<SummaryFigure> summary;
  private javafx.beans.value.ObservableBooleanValue shown =
      new javafx.beans.property.SimpleBooleanProperty(true);
  private boolean stale;
  private final javafx.scene.layout.GridPane summaryGrid = SummaryGrid.create();
  private VBox side;
  private boolean narrow;
  private int gridPairs = 4;

  /** Below this width the summary table leaves the side for a grid under the plots. */
  private static final double NARROW = 760;

  public ExplorerPlots(
      ExplorerViewModel explorer,
      CalculatorViewModel calculator,
      SampleViewModel sampler,
      ObservableValue<Theme> theme,
      TaskRunner runner) {
    this.density = new PlotView(runner);
    this.cdf = new PlotView(runner);
    this.quantile = new PlotView(runner);
    this.explorer = explorer;
    this.calculator = calculator;
    this.sampler = sampler;
    this.crosshair =
        new CrosshairViewModel(runner, explorer.distributionProperty(), sampler.sampleProperty());
    this.summary = SummaryTable.create(explorer.summaryProperty().get().figures());
    createView();
    initListeners(theme);
  }

  public BorderPane root() {
    return root;
  }

  public TableView<SummaryFigure> summaryTable() {
    return summary;
  }

  /**
   * Draws only while {@code isShown} is true (the tab is selected): a hidden tab's plots and table
   * would otherwise be laid out and re-styled on every slider event. Catches up when shown.
   */
  public void showWhen(javafx.beans.value.ObservableBooleanValue isShown) {
    this.shown = isShown;
    isShown.addListener(
        (obs, was, now) -> {
          if (now && stale) {
            redraw();
          }
        });
  }

  /** The density plot, the one File › Export saves. */
  public PlotView densityPlot() {
    return density;
  }

  private void createView() {
    density.setId("density-plot");
    cdf.setId("cdf-plot");
    quantile.setId("quantile-plot");
    GridPane grid = new GridPane();
    grid.setHgap(6);
    grid.setVgap(6);
    grid.add(density, 0, 0, 2, 1);
    grid.add(cdf, 0, 1);
    grid.add(quantile, 1, 1);
    ColumnConstraints half = new ColumnConstraints();
    half.setPercentWidth(50);
    half.setHgrow(Priority.ALWAYS);
    RowConstraints top = new RowConstraints();
    top.setPercentHeight(55);
    RowConstraints bottom = new RowConstraints();
    bottom.setPercentHeight(45);
    grid.getColumnConstraints().addAll(half, half);
    grid.getRowConstraints().addAll(top, bottom);
    for (PlotView p : new PlotView[] {density, cdf, quantile}) {
      p.setMinSize(120, 100);
      GridPane.setHgrow(p, Priority.ALWAYS);
      GridPane.setVgrow(p, Priority.ALWAYS);
    }
    readout.setId("crosshair-readout");
    readout.getStyleClass().add("text-muted");
    VBox center = new VBox(4, grid, readout);
    VBox.setVgrow(grid, Priority.ALWAYS);
    center.setPadding(new Insets(6));
    Label title = new Label("Summary");
    title.getStyleClass().add("title-4");
    VBox side = new VBox(6, title, summary);
    side.setPadding(new Insets(8));
    // 250 px on a wide window; narrower ones keep more of their width for the plots
    side.setPrefWidth(250);
    VBox.setVgrow(summary, Priority.ALWAYS);
    this.side = side;
    root.setCenter(center);
    placeSummary(root.getWidth());
    root.widthProperty().addListener((obs, old, now) -> placeSummary(now.doubleValue()));
  }

  private void initListeners(ObservableValue<Theme> theme) {
    explorer.distributionProperty().addListener(obs -> redraw());
    explorer.summaryProperty().addListener(obs -> redraw());
    explorer.bodyProperty().addListener(obs -> redraw());
    sampler.sampleProperty().addListener(obs -> redraw());
    calculator.shadeProperty().addListener(obs -> redraw());
    explorer.frameRequestsProperty().addListener(obs -> frame());
    theme.addListener((obs, old, now) -> applyTheme(now));
    applyTheme(theme.getValue());
    density.crosshairProperty().addListener((obs, old, now) -> showReadout(now));
    cdf.crosshairProperty().addListener((obs, old, now) -> showReadout(now));
    readout.textProperty().bind(crosshair.textProperty());
    redraw();
  }

  /**
   * Beside the plots on a wide tab; under them, as a grid of name and value pairs, on a narrow one,
   * so that neither the plots nor the figures are squeezed until they cannot be read.
   */
  private void placeSummary(double width) {
    boolean nowNarrow = width > 0 && width < NARROW;
    int pairs = SummaryGrid.pairsPerRow(width);
    if (nowNarrow == narrow
        && pairs == gridPairs
        && (root.getRight() != null || root.getBottom() != null)) {
      return;
    }
    narrow = nowNarrow;
    gridPairs = pairs;
    root.setRight(narrow ? null : side);
    root.setBottom(narrow ? summaryGrid : null);
    showSummary();
  }

  private void showSummary() {
    ExplorerViewModel.Summary figures = explorer.summaryProperty().get();
    boolean old = figures.distribution() != explorer.distribution();
    if (narrow) {
      SummaryGrid.show(summaryGrid, figures.figures(), old, gridPairs);
    } else {
      SummaryTable.show(summary, figures.figures(), old);
    }
  }

  /** Back to following the distribution: each plot drops the user's zoom and pan. */
  private void frame() {
    for (PlotView p : new PlotView[] {density, cdf, quantile}) {
      p.resetView();
    }
  }

  private void applyTheme(Theme theme) {
    PlotTheme plotTheme = theme.isDark() ? PlotTheme.DARK : PlotTheme.LIGHT;
    density.setTheme(plotTheme);
    cdf.setTheme(plotTheme);
    quantile.setTheme(plotTheme);
  }

  private void redraw() {
    if (!shown.get()) {
      stale = true;
      return;
    }
    stale = false;
    Distribution d = explorer.distribution();
    showSummary();
    ViewRange body = explorer.bodyProperty().get();
    var sample = sampler.sampleProperty().get();
    ViewRange range = ExplorerPlotModels.home(body, sample);
    density.setModel(
        ExplorerPlotModels.density(d, range, sample, calculator.shadeProperty().get()));
    cdf.setModel(ExplorerPlotModels.cdf(d, range, sample));
    quantile.setModel(ExplorerPlotModels.quantile(d, body));
  }

  private void showReadout(DataPoint at) {
    if (at == null) {
      crosshair.clear();
    } else {
      crosshair.pointAt(at.x());
    }
  }
}
