package org.probscope.app.fit;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import org.probscope.app.common.TaskHandle;
import org.probscope.app.common.TaskRunner;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.model.distribution.Family;
import org.probscope.model.fit.Criterion;
import org.probscope.model.fit.FitData;
import org.probscope.model.fit.FitOptions;
import org.probscope.model.fit.FitRanking;
import org.probscope.model.fit.FitResult;
import org.probscope.model.fit.Fitter;

/**
 * The Fit tab's state: which families, method, fixed parameters and criterion; the command that
 * fits them in the background with progress and Cancel; the ranking as rows; "Use this fit" and the
 * copies. With B &gt; 0 every successful fit is then bootstrapped ({@link FitBootstrap}), and each
 * row shows its corrected p-values as they arrive. The plots follow in {@link FitPlotsViewModel}.
 *
 * <p>When the active sample changes after a fit, the table is kept and marked "sample changed — fit
 * again" ({@link #sampleChangedProperty()}) instead of refitting by itself: a fit of every family
 * at n = 10⁶ takes a second or more of both cores, the user may be loading several files in a row,
 * and a ranking that silently reorders while it is read (or while its best fit is in use in the
 * explorer) misleads more than one that says it is out of date.
 */
public final class FitViewModel {

  /** What a fit was made of: the sample, its prepared data, how, and the ranking. */
  public record Fitted(
      SampleSnapshot sample, FitData data, FitOptions options, FitRanking ranking) {}

  private final TaskRunner runner;
  private final ObservableValue<SampleSnapshot> sample;
  private final FitInUse use;
  private final FitSettings settings = new FitSettings();
  private final FitBootstrap bootstrap;
  private final FitTableRows table = new FitTableRows();
  private final ObservableList<FitRow> rows = table.rows();
  private final ObjectProperty<FitRow> selected = table.selected();
  private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper mixedKinds = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper sampleChanged = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<Fitted> fitted = new ReadOnlyObjectWrapper<>();
  private TaskHandle handle;

  public FitViewModel(TaskRunner runner, ObservableValue<SampleSnapshot> sample, FitUse use) {
    this.runner = runner;
    this.sample = sample;
    this.use = new FitInUse(use);
    this.bootstrap = new FitBootstrap(runner);
    // the bootstrap sets its progress before its message: one listener relays both
    bootstrap.messageProperty().addListener((obs, old, now) -> relay(now));
    bootstrap
        .outcomes()
        .addListener(
            (MapChangeListener<String, FitBootstrap.Outcome>)
                c -> {
                  table.attach(c.getKey(), c.getValueAdded());
                  this.use.bootstrapped(c.getValueAdded());
                });
    sample.addListener(obs -> onSampleChanged());
    settings.criterionProperty().addListener((obs, old, now) -> rerank(now));
    settings.probabilitiesProblemProperty().addListener((obs, old, now) -> clearRefusal());
    settings.fixedProblemsProperty().addListener((obs, old, now) -> clearRefusal());
    onSampleChanged();
  }

  /** What the next fit will do. */
  public FitSettings settings() {
    return settings;
  }

  /** The parametric bootstrap of the newest fit, when B &gt; 0. */
  public FitBootstrap bootstrap() {
    return bootstrap;
  }

  /** The ranking, best first; failed families last with their reasons. */
  public ObservableList<FitRow> rows() {
    return rows;
  }

  /** The row "Use this fit", "Copy spec" and the profile act on. */
  public ObjectProperty<FitRow> selectedProperty() {
    return selected;
  }

  public ReadOnlyBooleanProperty runningProperty() {
    return running.getReadOnlyProperty();
  }

  /** Families done over families to fit, in [0, 1]. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** A line about the last fit, its progress or why it could not start. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /**
   * True when the table holds discrete and continuous fits: two rankings, discrete first, whose ln
   * L and AIC are not comparable with each other (a density is not a probability).
   */
  public ReadOnlyBooleanProperty mixedKindsProperty() {
    return mixedKinds.getReadOnlyProperty();
  }

  /** True when the table belongs to an earlier sample than the active one. */
  public ReadOnlyBooleanProperty sampleChangedProperty() {
    return sampleChanged.getReadOnlyProperty();
  }

  /** The newest fit, or null before the first. */
  public ReadOnlyObjectProperty<Fitted> fittedProperty() {
    return fitted.getReadOnlyProperty();
  }

  /** Fits the candidates to the active sample in the background (Enter). */
  public void fit() {
    SampleSnapshot s = sample.getValue();
    List<Family> families = settings.candidates();
    if (s == null) {
      message.set("No sample: draw one (Sample panel) or open a CSV file, then press Fit.");
      return;
    }
    if (families.isEmpty()) {
      message.set("No candidate family: check at least one, or choose all.");
      return;
    }
    java.util.Optional<String> refused = settings.refusal();
    if (refused.isPresent()) {
      // the problem itself is shown once, under its field
      message.set(
          refused.get() + (rows.isEmpty() ? "." : "; the table still shows the previous fit."));
      return;
    }
    cancelRunning();
    bootstrap.clear();
    FitOptions options = settings.options();
    Criterion c = settings.criterionProperty().get();
    running.set(true);
    progress.set(0);
    message.set("Fitting " + families.size() + " families to " + s.origin() + "…");
    TaskHandle[] self = new TaskHandle[1];
    self[0] =
        runner.submit(
            ctx -> {
              FitData data = FitData.of(s.sample());
              FitRanking ranking =
                  Fitter.rank(families, data, options, c, TaskProgress.fit(ctx, families.size()));
              return new Fitted(s, data, options, ranking);
            },
            result -> {
              if (self[0] == handle) {
                show(result);
              }
            },
            error -> {
              if (self[0] == handle) {
                finished("The fit stopped: " + error.getMessage());
              }
            });
    if (self[0].runningProperty().get()) {
      handle = self[0];
      handle
          .progressProperty()
          .addListener(
              (obs, old, now) -> {
                if (self[0] == handle && now.doubleValue() >= 0) {
                  progress.set(now.doubleValue());
                }
              });
    }
  }

  /**
   * Stops a running fit (Escape), the table keeping the previous fit, if any; or a running
   * bootstrap, the families not finished marked partial or not run.
   */
  public void cancel() {
    if (bootstrap.cancel()) {
      progress.set(1);
    } else if (running.get()) {
      cancelRunning();
      finished(
          rows.isEmpty() ? "Fit cancelled." : "Fit cancelled; the table shows the previous fit.");
    }
  }

  /** "Use this fit": the selected fit goes into the explorer and the goodness-of-fit tab. */
  public boolean useSelected() {
    FitRow row = selected.get();
    Fitted f = fitted.get();
    if (row == null || !row.isOk() || f == null) {
      message.set("Select a fitted row first.");
      return false;
    }
    boolean pending = use.use(row.result(), f.sample().sample(), bootstrap.outcome(row.family()));
    message.set(
        "Using "
            + row.result().spec()
            + " in the explorer and the goodness-of-fit tab"
            + (pending ? "; its corrected p-values follow when its bootstrap is done." : "."));
    return true;
  }

  /** The table as tab-separated text (header, one line per row), for spreadsheets. */
  public String tableText() {
    return FitRows.tsv(rows);
  }

  /** The selected fit's spec, or empty when no fitted row is selected. */
  public String selectedSpec() {
    FitRow row = selected.get();
    return row == null || !row.isOk() ? "" : row.result().spec();
  }

  private void cancelRunning() {
    if (handle != null) {
      handle.cancel();
      handle = null;
    }
  }

  private void show(Fitted result) {
    handle = null;
    Fitted ranked =
        result.ranking().criterion() == settings.criterionProperty().get()
            ? result
            : new Fitted(
                result.sample(),
                result.data(),
                result.options(),
                result.ranking().by(settings.criterionProperty().get()));
    fitted.set(ranked);
    table.show(ranked.ranking(), true, bootstrap.outcomes());
    mixedKinds.set(ranked.ranking().mixedKinds());
    long ok = ranked.ranking().results().stream().filter(FitResult::isOk).count();
    int all = ranked.ranking().results().size();
    finished(
        "Fitted "
            + ok
            + " of "
            + all
            + " families to "
            + result.sample().origin()
            + " by "
            + result.options().method().label()
            + (ok < all ? "; the others say why in their rows." : "."));
    updateSampleChanged();
    settings.bootstrap().ifPresent(b -> bootstrap.start(ranked, b));
  }

  private void rerank(Criterion now) {
    Fitted f = fitted.get();
    if (f != null) {
      Fitted ranked = new Fitted(f.sample(), f.data(), f.options(), f.ranking().by(now));
      fitted.set(ranked);
      table.show(ranked.ranking(), false, bootstrap.outcomes());
      mixedKinds.set(ranked.ranking().mixedKinds());
    }
  }

  /** Fit's refusal goes once what it was refused for is valid or empty again. */
  private void clearRefusal() {
    if (FitSettings.isRefusal(message.get()) && settings.refusal().isEmpty()) {
      message.set(fitted.get() == null ? "" : "Press Fit to fit again.");
      onSampleChanged();
    }
  }

  private void relay(String text) {
    if (bootstrap.runningProperty().get()) {
      progress.set(bootstrap.progressProperty().get());
    }
    if (!text.isEmpty()) {
      message.set(text);
    }
  }

  private void finished(String text) {
    running.set(false);
    progress.set(handle == null ? 1 : progress.get());
    message.set(text);
  }

  private void onSampleChanged() {
    updateSampleChanged();
    if (fitted.get() == null && !running.get()) {
      message.set(
          sample.getValue() == null
              ? "No sample yet: draw one (Sample panel) or open a CSV file."
              : "Press Fit to fit the candidate families to " + sample.getValue().origin() + ".");
    }
  }

  private void updateSampleChanged() {
    Fitted f = fitted.get();
    SampleSnapshot s = sample.getValue();
    sampleChanged.set(f != null && (s == null || s.sample() != f.sample().sample()));
  }
}
