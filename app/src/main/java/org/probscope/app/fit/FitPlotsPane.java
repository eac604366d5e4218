package org.probscope.app.fit;

import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.probscope.app.common.Controls;
import org.probscope.app.common.TaskRunner;
import org.probscope.app.common.Theme;
import org.probscope.app.fit.FitPlotsViewModel.PlotKind;
import org.probscope.app.plot.PlotKey;
import org.probscope.app.plot.PlotTheme;
import org.probscope.app.plot.PlotView;

/** The plot under the ranking: which view, the profile's parameter, the note, the plot. Binds. */
final class FitPlotsPane {

  private static final Map<PlotKind, String[]> LABELS =
      Map.of(
          PlotKind.DENSITY,
          new String[] {
            "Density", "Histogram (or frequencies) with the fitted densities (or masses)"
          },
          PlotKind.CDF,
          new String[] {"CDF", "Empirical CDF with its 95% DKW band and the fitted CDFs"},
          PlotKind.QQ,
          new String[] {
            "Q-Q", "Data quantiles against each fit's quantiles; on the line is a good fit"
          },
          PlotKind.PP,
          new String[] {"P-P", "Each fit's F at the ordered data against (i − ½)/n"},
          PlotKind.CULLEN_FREY,
          new String[] {
            "Cullen–Frey",
            "Skewness² and kurtosis of the data (with a bootstrap cloud) among the families' points,"
                + " lines and regions, as R's fitdistrplus::descdist"
          },
          PlotKind.PROFILE,
          new String[] {
            "Profile",
            "Profile log-likelihood of one parameter of the selected fit: refits with it fixed on a"
                + " grid, the others re-estimated"
          },
          PlotKind.BOOTSTRAP,
          new String[] {
            "Bootstrap",
            "Bootstrap cloud of the selected fit: the B refits' estimates of two parameters, the"
                + " estimate and the 95% percentile intervals (set Bootstrap B > 0 and fit)"
          });

  static final double MIN_PLOT_HEIGHT = 200;

  private final FitPlotsViewModel vm;
  private final VBox root = new VBox(6);
  private final PlotView plot;
  private final ComboBox<String> parameter = new ComboBox<>();
  private final ComboBox<String> cloudX = new ComboBox<>();
  private final ComboBox<String> cloudY = new ComboBox<>();
  private final Label note = new Label();
  private final PlotKey key = new PlotKey();

  FitPlotsPane(FitPlotsViewModel vm, TaskRunner runner, ObservableValue<Theme> theme) {
    this.vm = vm;
    this.plot = new PlotView(runner);
    createView();
    initListeners(theme);
  }

  VBox root() {
    return root;
  }

  PlotView plot() {
    return plot;
  }

  private void createView() {
    ToggleGroup group = new ToggleGroup();
    SegmentedButton kinds = new SegmentedButton();
    kinds.setToggleGroup(group);
    for (PlotKind k : PlotKind.values()) {
      ToggleButton b = new ToggleButton(LABELS.get(k)[0]);
      b.setId("fit-plot-" + k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      b.setTooltip(Controls.tooltip(LABELS.get(k)[1]));
      b.setUserData(k);
      b.setMinWidth(Region.USE_PREF_SIZE);
      b.setSelected(vm.kindProperty().get() == k);
      kinds.getButtons().add(b);
    }
    group
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                old.setSelected(true); // one view is always shown
              } else {
                vm.kindProperty().set((PlotKind) now.getUserData());
              }
            });
    parameter.setId("fit-profile-parameter");
    parameter.setItems(vm.profileChoices());
    parameter.setTooltip(Controls.tooltip("The parameter whose profile is drawn"));
    ProgressIndicator busy = new ProgressIndicator();
    busy.setPrefSize(18, 18);
    busy.visibleProperty().bind(vm.busyProperty());
    note.setId("fit-plot-note");
    note.getStyleClass().add("text-muted");
    cloudX.setId("fit-cloud-x");
    cloudX.setItems(vm.profileChoices());
    cloudX.setTooltip(Controls.tooltip("The parameter on the cloud's horizontal axis"));
    cloudY.setId("fit-cloud-y");
    cloudY.setItems(vm.profileChoices());
    cloudY.setTooltip(Controls.tooltip("The parameter on the cloud's vertical axis"));
    FlowPane bar = new FlowPane(10, 6, kinds, parameter, cloudX, cloudY, busy);
    bar.setAlignment(Pos.CENTER_LEFT);
    plot.setId("fit-plot");
    // the plot is what a fit is read from: it keeps at least this much when the window is small
    plot.setMinHeight(MIN_PLOT_HEIGHT);
    VBox.setVgrow(plot, Priority.ALWAYS);
    root.setMinHeight(MIN_PLOT_HEIGHT + 64); // with the bar above and the key below
    javafx.scene.layout.HBox under = new javafx.scene.layout.HBox(16, key.root(), note);
    under.setAlignment(Pos.CENTER_LEFT);
    javafx.scene.layout.HBox.setHgrow(key.root(), Priority.ALWAYS);
    root.getChildren().addAll(bar, plot, under);
  }

  private void initListeners(ObservableValue<Theme> theme) {
    parameter.valueProperty().bindBidirectional(vm.profileParameterProperty());
    parameter.visibleProperty().bind(vm.kindProperty().isEqualTo(PlotKind.PROFILE));
    parameter.managedProperty().bind(parameter.visibleProperty());
    for (var pair :
        java.util.List.of(
            java.util.Map.entry(cloudX, vm.cloudXProperty()),
            java.util.Map.entry(cloudY, vm.cloudYProperty()))) {
      pair.getKey().valueProperty().bindBidirectional(pair.getValue());
      pair.getKey().visibleProperty().bind(vm.kindProperty().isEqualTo(PlotKind.BOOTSTRAP));
      pair.getKey().managedProperty().bind(pair.getKey().visibleProperty());
    }
    note.textProperty().bind(vm.noteProperty());
    theme.addListener(
        (obs, old, now) -> {
          plot.setTheme(now.isDark() ? PlotTheme.DARK : PlotTheme.LIGHT);
          key.show(plot.getModel(), plot.getTheme());
        });
    plot.setTheme(theme.getValue().isDark() ? PlotTheme.DARK : PlotTheme.LIGHT);
    plot.setModel(vm.modelProperty().get());
    vm.modelProperty()
        .addListener(
            (obs, old, now) -> {
              plot.setModel(now);
              plot.resetView();
              key.show(now, plot.getTheme());
            });
  }
}
