package org.probscope.app;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.probscope.app.calc.CalculatorViewModel;
import org.probscope.app.common.AppPreferences;
import org.probscope.app.common.TaskRunner;
import org.probscope.app.common.Theme;
import org.probscope.app.compare.CompareViewModel;
import org.probscope.app.data.DataViewModel;
import org.probscope.app.data.RecentFiles;
import org.probscope.app.data.SampleLibraryViewModel;
import org.probscope.app.explore.ExplorerPlots;
import org.probscope.app.explore.ExplorerViewModel;
import org.probscope.app.fit.FitPlotsViewModel;
import org.probscope.app.fit.FitUse;
import org.probscope.app.fit.FitViewModel;
import org.probscope.app.gof.GofViewModel;
import org.probscope.app.sample.SampleViewModel;
import org.probscope.model.distribution.AffineFamily;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;

/**
 * Wires the view models of one window by constructor; the only place that knows them all. The
 * explorer's distribution is the target every other part reads.
 */
final class Workspace {

  private final TaskRunner runner;
  private final AppPreferences preferences;
  private final ExplorerViewModel explorer;
  private final CalculatorViewModel calculator;
  private final SampleViewModel sampler;
  private final ReadOnlyObjectWrapper<Theme> theme;
  private final ExplorerPlots explorerPlots;
  private final GofViewModel gof;
  private final DataViewModel data;
  private final CompareViewModel compare;
  private final FitViewModel fit;
  private final FitPlotsViewModel fitPlots;

  Workspace(TaskRunner runner, AppPreferences preferences) {
    this(runner, preferences, RecentFiles.inPreferences());
  }

  Workspace(TaskRunner runner, AppPreferences preferences, RecentFiles recentFiles) {
    this.runner = runner;
    this.preferences = preferences;
    Family initial = Families.byName(preferences.family()).orElse(Families.normal());
    this.explorer = new ExplorerViewModel(initial, runner);
    this.calculator = new CalculatorViewModel(explorer.distributionProperty(), runner);
    this.sampler = new SampleViewModel(runner, explorer.distributionProperty());
    // a new sample (drawn or loaded) comes into view together with the distribution
    sampler.sampleProperty().addListener((obs, old, now) -> explorer.frame());
    this.theme = new ReadOnlyObjectWrapper<>(preferences.theme());
    this.explorerPlots =
        new ExplorerPlots(explorer, calculator, sampler, theme.getReadOnlyProperty(), runner);
    this.gof = new GofViewModel(runner, explorer.distributionProperty(), sampler.sampleProperty());
    // an affine family is not in the catalogue: remember its base, which the next run can show
    explorer
        .familyProperty()
        .addListener(
            (obs, old, now) -> preferences.saveFamily(AffineFamily.baseOf(now).orElse(now).name()));
    SampleLibraryViewModel library = new SampleLibraryViewModel(sampler);
    this.data = new DataViewModel(runner, library, recentFiles);
    this.compare =
        new CompareViewModel(runner, library.activeProperty(), library.referenceProperty());
    this.fit = new FitViewModel(runner, sampler.sampleProperty(), FitUse.into(explorer, gof));
    this.fitPlots = new FitPlotsViewModel(runner, fit);
  }

  FitViewModel fit() {
    return fit;
  }

  FitPlotsViewModel fitPlots() {
    return fitPlots;
  }

  DataViewModel data() {
    return data;
  }

  CompareViewModel compare() {
    return compare;
  }

  TaskRunner runner() {
    return runner;
  }

  ExplorerViewModel explorer() {
    return explorer;
  }

  CalculatorViewModel calculator() {
    return calculator;
  }

  SampleViewModel sampler() {
    return sampler;
  }

  GofViewModel gof() {
    return gof;
  }

  ExplorerPlots explorerPlots() {
    return explorerPlots;
  }

  Theme theme() {
    return theme.get();
  }

  ReadOnlyObjectProperty<Theme> themeProperty() {
    return theme.getReadOnlyProperty();
  }

  void setTheme(Theme now) {
    now.apply();
    theme.set(now);
    preferences.saveTheme(now);
  }
}
