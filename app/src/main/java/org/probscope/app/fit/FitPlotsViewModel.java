package org.probscope.app.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.probscope.app.common.LatestOnly;
import org.probscope.app.common.TaskRunner;
import org.probscope.app.plot.PlotModel;
import org.probscope.model.fit.CullenFrey;
import org.probscope.model.fit.FitData;
import org.probscope.model.fit.FitMethod;
import org.probscope.model.fit.FitResult;
import org.probscope.model.fit.ParameterEstimate;
import org.probscope.model.sample.Sample;

/**
 * The Fit tab's plots: the checked fits (at most {@link #MAX_OVERLAYS}) over the data as density,
 * CDF, Q-Q or P-P; the Cullen and Frey graph of the fitted data; the profile log-likelihood of a
 * parameter of the selected fit; the bootstrap cloud of two of its parameters. Every plot is built
 * in the background, newest request only.
 */
public final class FitPlotsViewModel {

  /** Six colours and six dashes stay distinguishable; more would not. */
  public static final int MAX_OVERLAYS = 6;

  /** Fits checked for the plots after a fit: the best three. */
  public static final int DEFAULT_OVERLAYS = 3;

  /** descdist's usual bootstrap size; fewer when n is large (see {@link #bootstrapSize}). */
  public static final int CULLEN_FREY_BOOTSTRAP = 500;

  /** The bootstrap cloud's seed, fixed so that the graph is the same every time. */
  public static final long CULLEN_FREY_SEED = 20_261_202L;

  private static final long BOOTSTRAP_DRAW_BUDGET = 20_000_000L;

  /** The plots offered. */
  public enum PlotKind {
    DENSITY,
    CDF,
    QQ,
    PP,
    CULLEN_FREY,
    PROFILE,
    BOOTSTRAP
  }

  private record Built(PlotModel model, CullenFrey graph, Sample graphOf) {}

  private final FitViewModel fits;
  private final ObjectProperty<PlotKind> kind = new SimpleObjectProperty<>(PlotKind.DENSITY);
  private final ObjectProperty<String> profileParameter = new SimpleObjectProperty<>();
  private final ObservableList<String> profileChoices = FXCollections.observableArrayList();
  private final ObjectProperty<String> cloudX = new SimpleObjectProperty<>();
  private final ObjectProperty<String> cloudY = new SimpleObjectProperty<>();
  private final ReadOnlyObjectWrapper<PlotModel> model =
      new ReadOnlyObjectWrapper<>(placeholder("Press Fit to see the fits over the data"));
  private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final LatestOnly<Built> plots;
  private CullenFrey graph;
  private Sample graphOf;

  public FitPlotsViewModel(TaskRunner runner, FitViewModel fits) {
    this.fits = fits;
    this.plots = new LatestOnly<>(runner, this::show, this::failed);
    fits.rows().addListener((ListChangeListener<FitRow>) c -> onRowsChanged(c));
    fits.selectedProperty().addListener(obs -> onSelected());
    kind.addListener(obs -> rebuild());
    profileParameter.addListener(obs -> rebuild());
    cloudX.addListener(obs -> rebuild());
    cloudY.addListener(obs -> rebuild());
    fits.bootstrap()
        .outcomes()
        .addListener(
            (javafx.collections.MapChangeListener<String, FitBootstrap.Outcome>)
                c -> {
                  if (kind.get() == PlotKind.BOOTSTRAP) {
                    rebuild();
                  }
                });
  }

  public ObjectProperty<PlotKind> kindProperty() {
    return kind;
  }

  /** The parameter whose profile is drawn, one of {@link #profileChoices()}. */
  public ObjectProperty<String> profileParameterProperty() {
    return profileParameter;
  }

  /** The bootstrap cloud's horizontal parameter, one of {@link #profileChoices()}. */
  public ObjectProperty<String> cloudXProperty() {
    return cloudX;
  }

  /** The bootstrap cloud's vertical parameter, one of {@link #profileChoices()}. */
  public ObjectProperty<String> cloudYProperty() {
    return cloudY;
  }

  /** The selected fit's free parameters (for the profile and the bootstrap cloud). */
  public ObservableList<String> profileChoices() {
    return profileChoices;
  }

  public ReadOnlyObjectProperty<PlotModel> modelProperty() {
    return model.getReadOnlyProperty();
  }

  /** What the user should know about the plot (the overlay limit, the bootstrap size). */
  public ReadOnlyStringProperty noteProperty() {
    return note.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The checked fitted rows in table order, at most {@link #MAX_OVERLAYS}. */
  public List<FitRow> overlays() {
    return fits.rows().stream()
        .filter(r -> r.isOk() && r.overlaidProperty().get())
        .limit(MAX_OVERLAYS)
        .toList();
  }

  /** The bootstrap size that keeps the cloud to about 2·10⁷ draws: 500 up to n = 40 000. */
  static int bootstrapSize(long n) {
    return (int) Math.max(0, Math.min(CULLEN_FREY_BOOTSTRAP, BOOTSTRAP_DRAW_BUDGET / n));
  }

  private void onRowsChanged(ListChangeListener.Change<? extends FitRow> c) {
    while (c.next()) {
      for (FitRow r : c.getAddedSubList()) {
        r.overlaidProperty().addListener((obs, was, now) -> onOverlayToggled(r, now));
      }
    }
    clearOverlayLimitIfWithin(); // a refit checks the best few afresh
    rebuild();
  }

  /** The note when a check would draw more than {@link #MAX_OVERLAYS} fits. */
  static final String OVERLAY_LIMIT =
      "At most " + MAX_OVERLAYS + " fits are drawn at once: uncheck one first.";

  /** The overlay limit's note goes as soon as the checks are within the limit again. */
  private void clearOverlayLimitIfWithin() {
    long on = fits.rows().stream().filter(r -> r.overlaidProperty().get()).count();
    if (on <= MAX_OVERLAYS && OVERLAY_LIMIT.equals(note.get())) {
      note.set("");
    }
  }

  private void onOverlayToggled(FitRow row, boolean now) {
    long on = fits.rows().stream().filter(r -> r.overlaidProperty().get()).count();
    if (now && on > MAX_OVERLAYS) {
      row.overlaidProperty().set(false);
      note.set(OVERLAY_LIMIT);
      return;
    }
    note.set("");
    rebuild();
  }

  private void onSelected() {
    FitRow row = fits.selectedProperty().get();
    List<String> free =
        row == null || !row.isOk()
            ? List.of()
            : row.result().parameters().stream()
                .filter(p -> !p.fixed())
                .map(ParameterEstimate::name)
                .toList();
    String keep = profileParameter.get();
    profileChoices.setAll(free);
    profileParameter.set(free.contains(keep) ? keep : free.isEmpty() ? null : free.get(0));
    cloudX.set(free.isEmpty() ? null : free.get(0));
    cloudY.set(free.isEmpty() ? null : free.get(Math.min(1, free.size() - 1)));
    if (kind.get() == PlotKind.PROFILE || kind.get() == PlotKind.BOOTSTRAP) {
      rebuild();
    }
  }

  private void rebuild() {
    FitViewModel.Fitted f = fits.fittedProperty().get();
    if (f == null) {
      plots.cancel();
      busy.set(false);
      model.set(placeholder("Press Fit to see the fits over the data"));
      return;
    }
    PlotKind k = kind.get();
    Sample s = f.sample().sample();
    List<FitRow> rows = overlays();
    List<FitPlotModels.Overlay> overlays = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      FitResult r = rows.get(i).result();
      overlays.add(new FitPlotModels.Overlay(r.family().name(), i, r.distribution().orElseThrow()));
    }
    FitRow selected = fits.selectedProperty().get();
    String parameter = profileParameter.get();
    CullenFrey cached = graphOf == s ? graph : null;
    String x = cloudX.get();
    String y = cloudY.get();
    if (k == PlotKind.DENSITY || k == PlotKind.CDF || k == PlotKind.QQ || k == PlotKind.PP) {
      if (overlays.isEmpty()) {
        plots.cancel();
        busy.set(false);
        model.set(placeholder("Check fits in the table's Plot column to draw them here"));
        return;
      }
    }
    busy.set(true);
    plots.request(
        ctx ->
            switch (k) {
              case DENSITY ->
                  built(FitPlotModels.density(s, f.sample().histogram(), f.data(), overlays));
              case CDF -> built(FitPlotModels.cdf(s, overlays));
              case QQ -> built(FitPlotModels.qq(s, overlays));
              case PP -> built(FitPlotModels.pp(s, overlays));
              case CULLEN_FREY -> cullenFrey(f, cached);
              case PROFILE -> profile(f, selected, parameter, ctx);
              case BOOTSTRAP -> built(BootstrapCloudPlot.forRow(selected, x, y));
            });
  }

  private static Built built(PlotModel m) {
    return new Built(m, null, null);
  }

  private static Built cullenFrey(FitViewModel.Fitted f, CullenFrey cached) {
    FitData data = f.data();
    Optional<CullenFrey> g =
        cached != null
            ? Optional.of(cached)
            : CullenFrey.of(
                data, bootstrapSize(data.rows()), CULLEN_FREY_SEED, FitPlotModels.integers(data));
    if (g.isEmpty()) {
      return built(
          placeholder(
              "No Cullen and Frey graph: "
                  + CullenFrey.problem(data).map(r -> r.status()).orElse("")));
    }
    return new Built(CullenFreyPlot.of(g.get()), g.get(), f.sample().sample());
  }

  private static Built profile(
      FitViewModel.Fitted f, FitRow row, String parameter, TaskRunner.TaskContext ctx) {
    if (row == null || !row.isOk()) {
      return built(placeholder("Select a fitted row to see its profile log-likelihood"));
    }
    if (parameter == null) {
      return built(placeholder("Every parameter of this fit is fixed: nothing to profile"));
    }
    if (row.result().method() != FitMethod.MLE) {
      return built(placeholder(notLikelihood(row.result().method())));
    }
    LikelihoodProfile p =
        LikelihoodProfile.of(row.result(), f.data(), f.options(), parameter, ctx::isCancelled);
    return built(FitPlotModels.profile(p, row.family(), 0));
  }

  /**
   * The profile's placeholder for a fit not made by maximum likelihood: its estimate is not the
   * maximum of ln L, so the profile and its interval (ln L̂ − 1.92) would describe another
   * estimate.
   */
  static String notLikelihood(FitMethod m) {
    return "No profile: this fit is by "
        + FitSettingsBar.methodLabel(m)
        + ", whose estimate is not the maximum of ln L, so the likelihood profile and its 95%"
        + " interval do not belong to it. Fit by max. likelihood to see them; the bootstrap"
        + " (Bootstrap B > 0) gives intervals for any method.";
  }

  private void show(Built b) {
    if (b.graph() != null) {
      graph = b.graph();
      graphOf = b.graphOf();
      note.set(
          "Bootstrap cloud: "
              + b.graph().bootstrap().size()
              + " resamples, seed "
              + CULLEN_FREY_SEED
              + (b.graph().degenerateResamples() > 0
                  ? "; " + b.graph().degenerateResamples() + " had all values equal (no point)"
                  : ""));
    } else if (kind.get() == PlotKind.CULLEN_FREY
        || kind.get() == PlotKind.PROFILE
        || kind.get() == PlotKind.BOOTSTRAP) {
      note.set("");
    }
    model.set(b.model());
    busy.set(plots.isBusy());
  }

  private void failed(Throwable e) {
    busy.set(plots.isBusy());
    model.set(placeholder("Could not draw the plot: " + e.getMessage()));
  }

  private static PlotModel placeholder(String text) {
    return PlotModel.empty().withTitle(text);
  }
}
