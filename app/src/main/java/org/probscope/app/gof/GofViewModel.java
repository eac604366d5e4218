package org.probscope.app.gof;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probscope.app.common.LatestOnly;
import org.probscope.app.common.ListUpdates;
import org.probscope.app.common.TaskRunner;
import org.probscope.app.plot.AxisRange;
import org.probscope.app.plot.PlotModel;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.gof.ChiSquareGoodnessOfFit;
import org.probscope.model.gof.GoodnessOfFit;
import org.probscope.model.sample.Sample;

/**
 * The goodness-of-fit view's state: the active sample against the explorer's distribution (the
 * target), at a significance level α. Every change of sample, target or α asks for the main figures
 * (metrics, decisions, DKW band, Q-Q and P-P points, the frame that shows sample and target); while
 * a slider is dragged only the newest request is computed ({@link LatestOnly}), and the sorted
 * sample is reused as it is. KS@N follows as a second stage ({@link KsAtNViewModel}), the density
 * view's histogram and KDE depend on the sample alone ({@link SampleShapeViewModel}). This class
 * also picks and builds the plot, so that the view only binds.
 */
public final class GofViewModel {

  /** The levels offered; α is free in (0, 1) for callers. */
  public static final List<Double> LEVELS = List.of(0.10, 0.05, 0.01, 0.001);

  /** The four ways to look at the sample against the target. */
  public enum PlotKind {
    CDF,
    DENSITY,
    QQ,
    PP
  }

  /** The main figures with the frame computed for them. */
  record Computed(GofSnapshot snapshot, AxisRange frame) {}

  private final ObservableValue<Distribution> target;
  private final ObservableValue<SampleSnapshot> sample;
  private final DoubleProperty alpha = new SimpleDoubleProperty(0.05);
  private final ObjectProperty<PlotKind> plotKind = new SimpleObjectProperty<>(PlotKind.CDF);
  private final BooleanProperty showBand = new SimpleBooleanProperty(true);
  private final BooleanProperty showWassersteinArea = new SimpleBooleanProperty(false);
  private final BooleanProperty showKde = new SimpleBooleanProperty(false);
  private final BooleanProperty active = new SimpleBooleanProperty(true);
  private final ReadOnlyObjectWrapper<GofSnapshot> result = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<AxisRange> frame = new ReadOnlyObjectWrapper<>();
  private final ObservableList<MetricRow> rows = FXCollections.observableArrayList();
  private final ObservableList<MetricRow> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<PlotModel> plotModel =
      new ReadOnlyObjectWrapper<>(PlotModel.empty().withTitle("No sample yet"));
  private final ReadOnlyIntegerWrapper frameRequests = new ReadOnlyIntegerWrapper();
  private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(" ");
  private final LatestOnly<Computed> figures;
  private final LatestOnly<String> readouts;
  private final KsAtNViewModel ksAtN;
  private final SampleShapeViewModel shape;
  private final EstimatedParameters estimated;
  private boolean pending;

  public GofViewModel(
      TaskRunner runner,
      ObservableValue<Distribution> target,
      ObservableValue<SampleSnapshot> sample) {
    this.target = target;
    this.sample = sample;
    this.figures = new LatestOnly<>(runner, this::show, this::failed);
    this.readouts = new LatestOnly<>(runner, readout::set, e -> readout.set(" "));
    this.ksAtN = new KsAtNViewModel(runner, this::request, this::failed);
    this.estimated = new EstimatedParameters(target, sample);
    target.addListener(obs -> onTargetChanged());
    sample.addListener(obs -> onSampleChanged());
    // after the listener above: a new sample's main figures are asked for before its histogram
    this.shape = new SampleShapeViewModel(runner, sample, this::failed);
    alpha.addListener(obs -> request());
    active.addListener(
        (obs, was, now) -> {
          if (now && pending) {
            request();
          }
        });
    for (var option : List.of(plotKind, showBand, showWassersteinArea, showKde)) {
      option.addListener(obs -> rebuildPlot());
    }
    shape.shapeProperty().addListener(obs -> rebuildPlot());
    request();
  }

  /**
   * Whether the figures are wanted (their tab is shown). While inactive, requests are only
   * remembered, so a hidden tab does not compete with the visible one for the cores; the newest
   * request is computed when it becomes active again.
   */
  public BooleanProperty activeProperty() {
    return active;
  }

  /** Significance level α in (0, 1). */
  public DoubleProperty alphaProperty() {
    return alpha;
  }

  /** Which plot is shown. */
  public ObjectProperty<PlotKind> plotKindProperty() {
    return plotKind;
  }

  /** The plot to show, rebuilt whenever what it depends on changes. */
  public ReadOnlyObjectProperty<PlotModel> plotModelProperty() {
    return plotModel.getReadOnlyProperty();
  }

  /** Whether the target was fitted to this sample, which makes the p-values too large. */
  public EstimatedParameters estimatedParameters() {
    return estimated;
  }

  /** KS@N's chunk size and its validation. */
  public KsAtNViewModel ksAtN() {
    return ksAtN;
  }

  /** The density view's histogram and KDE, and the bins' validation. */
  public SampleShapeViewModel shape() {
    return shape;
  }

  public BooleanProperty showBandProperty() {
    return showBand;
  }

  public BooleanProperty showWassersteinAreaProperty() {
    return showWassersteinArea;
  }

  public BooleanProperty showKdeProperty() {
    return showKde;
  }

  /** The newest computed result, or null before there is a sample. */
  public ReadOnlyObjectProperty<GofSnapshot> resultProperty() {
    return result.getReadOnlyProperty();
  }

  /** The metric table's rows for the newest result. */
  public ObservableList<MetricRow> rows() {
    return readOnlyRows;
  }

  /** True while a computation is running or waiting. */
  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /**
   * True while the figures on screen belong to an earlier target, sample or α than the ones asked
   * for: the table and the KS marker then look stale until the newest figures arrive.
   */
  public ReadOnlyBooleanProperty staleProperty() {
    return stale.getReadOnlyProperty();
  }

  /**
   * What the user should know about the figures: no sample yet, the discrete-target caveat, or a
   * failure; empty otherwise.
   */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Counts "Frame" commands; the view resets its plot to follow the figures again. */
  public ReadOnlyIntegerProperty frameRequestsProperty() {
    return frameRequests.getReadOnlyProperty();
  }

  /** Frames the sample and the target together again, dropping the user's zoom and pan. */
  public void frame() {
    frameRequests.set(frameRequests.get() + 1);
  }

  /** The read-out under the plot: x, F(x) and Fn(x) at the crosshair, or a blank. */
  public ReadOnlyStringProperty readoutProperty() {
    return readout.getReadOnlyProperty();
  }

  /** The crosshair is at data x, or (with NaN) left the plot. */
  public void pointAt(double x) {
    SampleSnapshot s = sample.getValue();
    PlotKind kind = plotKind.get();
    if (Double.isNaN(x) || s == null || kind == PlotKind.QQ || kind == PlotKind.PP) {
      readouts.cancel();
      readout.set(" ");
      return;
    }
    Distribution d = target.getValue();
    readouts.request(ctx -> GofPlotModels.readout(d, s.sample(), x));
  }

  public ObservableValue<SampleSnapshot> sampleProperty() {
    return sample;
  }

  public ObservableValue<Distribution> targetProperty() {
    return target;
  }

  private void onSampleChanged() {
    frame();
    request();
  }

  private void onTargetChanged() {
    request();
  }

  private void request() {
    if (!active.get()) {
      pending = true;
      return;
    }
    pending = false;
    SampleSnapshot snapshot = sample.getValue();
    if (snapshot == null) {
      figures.cancel();
      ksAtN.cancel();
      busy.set(false);
      stale.set(false);
      result.set(null);
      frame.set(null);
      rows.clear();
      message.set(
          "Draw a sample (Sample panel) or open a CSV file to measure it against the target.");
      rebuildPlot();
      return;
    }
    Sample s = snapshot.sample();
    Distribution d = target.getValue();
    double a = alpha.get();
    busy.set(true);
    ksAtN.cancel(); // its snapshot is about to be superseded
    figures.request(ctx -> new Computed(compute(s, d, a), GofPlotModels.xRange(s, d)));
    updateStale();
    rebuildPlot(); // the target's own curve follows at once; the figures follow when computed
  }

  /**
   * The main figures for one request; runs off the FX thread. KS@N (a KS test per chunk, about as
   * costly as everything else together at n = 10⁶) follows as a second stage, see {@link #show}.
   */
  static GofSnapshot compute(Sample s, Distribution d, double alpha) {
    GoodnessOfFit gof = GoodnessOfFit.of(s, d);
    return new GofSnapshot(
        s,
        d,
        alpha,
        gof,
        gof.decisions(alpha),
        gof.dkwBand(alpha),
        null,
        d.isDiscrete() ? ChiSquareGoodnessOfFit.of(s, d) : null,
        ProbabilityPlots.qq(s, d),
        ProbabilityPlots.pp(s, d));
  }

  private void show(Computed computed) {
    GofSnapshot snapshot = computed.snapshot();
    busy.set(figures.isBusy());
    frame.set(computed.frame());
    showSnapshot(snapshot);
    message.set(snapshot.gof().discreteTarget() ? snapshot.gof().note() : "");
    // second stage: only once no newer request waits, so that during a drag the cores go to the
    // main figures of the newest position and KS@N follows when the slider rests
    if (!figures.isBusy()) {
      ksAtN.request(snapshot, this::showKsAtN);
    }
  }

  private void showKsAtN(GofSnapshot complete) {
    GofSnapshot now = result.get();
    if (now == null
        || now.sample() != complete.sample()
        || !now.target().equals(complete.target())
        || now.alpha() != complete.alpha()) {
      return; // superseded while it ran; the newer snapshot asks for its own
    }
    showSnapshot(complete);
  }

  private void showSnapshot(GofSnapshot snapshot) {
    result.set(snapshot);
    ListUpdates.replaceChanged(rows, MetricRows.of(snapshot));
    updateStale();
    rebuildPlot();
  }

  private void updateStale() {
    GofSnapshot shown = result.get();
    SampleSnapshot s = sample.getValue();
    stale.set(
        shown != null
            && s != null
            && (shown.sample() != s.sample()
                || !shown.target().equals(target.getValue())
                || shown.alpha() != alpha.get()));
  }

  private void rebuildPlot() {
    plotModel.set(
        GofPlotModels.choose(
            plotKind.get(),
            sample.getValue(),
            target.getValue(),
            result.get(),
            frame.get(),
            shape.shapeProperty().get(),
            new GofPlotModels.Options(
                showBand.get(), showWassersteinArea.get(), showKde.get(), stale.get())));
  }

  private void failed(Throwable error) {
    busy.set(figures.isBusy());
    message.set("Could not compute the figures: " + error.getMessage());
  }
}
