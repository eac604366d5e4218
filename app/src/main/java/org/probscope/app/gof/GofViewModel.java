package org.probscope.app.gof;

import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probscope.app.common.LatestOnly;
import org.probscope.app.common.ListUpdates;
import org.probscope.app.common.TaskRunner;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.gof.ChiSquareGoodnessOfFit;
import org.probscope.model.gof.GoodnessOfFit;
import org.probscope.model.gof.KsAtN;
import org.probscope.model.sample.Sample;

/**
 * The goodness-of-fit view's state: the active sample against the explorer's distribution (the
 * target), at a significance level α. Every change of sample, target, α or KS@N chunk size asks for
 * a recomputation; while a slider is dragged only the newest request is computed ({@link
 * LatestOnly}), and the sorted sample is reused as it is.
 */
public final class GofViewModel {

  /** The levels offered; α is free in (0, 1) for callers. */
  public static final List<Double> LEVELS = List.of(0.10, 0.05, 0.01, 0.001);

  private static final Pattern WHOLE = Pattern.compile("\\d+");

  private final ObservableValue<Distribution> target;
  private final ObservableValue<SampleSnapshot> sample;
  private final DoubleProperty alpha = new SimpleDoubleProperty(0.05);
  private final StringProperty chunkText = new SimpleStringProperty("100");
  private final BooleanProperty showBand = new SimpleBooleanProperty(true);
  private final BooleanProperty showWassersteinArea = new SimpleBooleanProperty(false);
  private final BooleanProperty showKde = new SimpleBooleanProperty(false);
  private final ReadOnlyObjectWrapper<GofSnapshot> result = new ReadOnlyObjectWrapper<>();
  private final ObservableList<MetricRow> rows = FXCollections.observableArrayList();
  private final ObservableList<MetricRow> readOnlyRows =
      FXCollections.unmodifiableObservableList(rows);
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper chunkError = new ReadOnlyStringWrapper("");
  private final StringProperty binsText = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper binsError = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<SampleShape> shape = new ReadOnlyObjectWrapper<>();
  private final LatestOnly<GofSnapshot> latest;
  private final LatestOnly<SampleShape> shapes;
  private final LatestOnly<ChunkScore> ksAtNs;
  private final javafx.beans.property.BooleanProperty active =
      new javafx.beans.property.SimpleBooleanProperty(true);
  private boolean stale;
  private int chunkSize = 100;
  private int bins;

  public GofViewModel(
      TaskRunner runner,
      ObservableValue<Distribution> target,
      ObservableValue<SampleSnapshot> sample) {
    this.target = target;
    this.sample = sample;
    this.latest = new LatestOnly<>(runner, this::show, this::failed);
    this.shapes = new LatestOnly<>(runner, shape::set, this::failed);
    this.ksAtNs = new LatestOnly<>(runner, this::showKsAtN, this::failed);
    target.addListener(obs -> request());
    sample.addListener(obs -> request());
    sample.addListener(obs -> requestShape());
    binsText.addListener((obs, old, now) -> onBinsText(now));
    alpha.addListener(obs -> request());
    chunkText.addListener((obs, old, now) -> onChunkText(now));
    active.addListener(
        (obs, was, now) -> {
          if (now && stale) {
            request();
          }
        });
    request();
    requestShape();
  }

  /**
   * Whether the figures are wanted (their tab is shown). While inactive, requests are only
   * remembered, so a hidden tab does not compete with the visible one for the cores; the newest
   * request is computed when it becomes active again.
   */
  public javafx.beans.property.BooleanProperty activeProperty() {
    return active;
  }

  /** Significance level α in (0, 1). */
  public DoubleProperty alphaProperty() {
    return alpha;
  }

  /** KS@N chunk size N as typed. */
  public StringProperty chunkTextProperty() {
    return chunkText;
  }

  /** Histogram bins as typed; empty means Freedman–Diaconis. */
  public StringProperty binsTextProperty() {
    return binsText;
  }

  public ReadOnlyStringProperty binsErrorProperty() {
    return binsError.getReadOnlyProperty();
  }

  /** The sample's histogram and KDE for the density view, or null without a sample. */
  ReadOnlyObjectProperty<SampleShape> shapeProperty() {
    return shape.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty chunkErrorProperty() {
    return chunkError.getReadOnlyProperty();
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
   * What the user should know about the figures: no sample yet, the discrete-target caveat, or a
   * failure; empty otherwise.
   */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ObservableValue<SampleSnapshot> sampleProperty() {
    return sample;
  }

  public ObservableValue<Distribution> targetProperty() {
    return target;
  }

  private void onChunkText(String text) {
    String t = text == null ? "" : text.strip();
    if (!WHOLE.matcher(t).matches() || t.length() > 9 || Integer.parseInt(t) < 2) {
      chunkError.set("N must be a whole number of at least 2");
      return;
    }
    chunkError.set("");
    chunkSize = Integer.parseInt(t);
    request();
  }

  private void onBinsText(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty() || t.equalsIgnoreCase("auto")) {
      bins = 0;
    } else if (WHOLE.matcher(t).matches() && t.length() < 6 && Integer.parseInt(t) >= 1) {
      bins = Math.min(Integer.parseInt(t), org.probscope.model.sample.Histogram.MAX_BINS);
    } else {
      binsError.set("bins must be a whole number from 1 to 2000, or empty for automatic");
      return;
    }
    binsError.set("");
    requestShape();
  }

  private void requestShape() {
    SampleSnapshot snapshot = sample.getValue();
    if (snapshot == null) {
      shapes.cancel();
      shape.set(null);
      return;
    }
    Sample s = snapshot.sample();
    int k = bins;
    shapes.request(ctx -> SampleShape.of(s, k));
  }

  private void request() {
    if (!active.get()) {
      stale = true;
      return;
    }
    stale = false;
    SampleSnapshot snapshot = sample.getValue();
    if (snapshot == null) {
      latest.cancel();
      busy.set(false);
      result.set(null);
      rows.clear();
      message.set(
          "Draw a sample (Sample panel) or open a CSV file to measure it against the target.");
      return;
    }
    Sample s = snapshot.sample();
    Distribution d = target.getValue();
    double a = alpha.get();
    busy.set(true);
    ksAtNs.cancel(); // its snapshot is about to be superseded
    latest.request(ctx -> compute(s, d, a));
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

  private void show(GofSnapshot snapshot) {
    busy.set(latest.isBusy());
    result.set(snapshot);
    ListUpdates.replaceChanged(rows, MetricRows.of(snapshot));
    message.set(snapshot.gof().discreteTarget() ? snapshot.gof().note() : "");
    // second stage: only once no newer request waits, so that during a drag the cores go to the
    // main figures of the newest position and KS@N follows when the slider rests
    if (!latest.isBusy()) {
      requestKsAtN(snapshot);
    }
  }

  private void requestKsAtN(GofSnapshot snapshot) {
    Sample s = snapshot.sample();
    Distribution d = snapshot.target();
    double a = snapshot.alpha();
    int chunk = chunkSize;
    ksAtNs.request(ctx -> new ChunkScore(snapshot, KsAtN.of(s, d, chunk, a)));
  }

  /** A KS@N score with the snapshot it was computed for. */
  private record ChunkScore(GofSnapshot snapshot, KsAtN score) {}

  private void showKsAtN(ChunkScore done) {
    GofSnapshot now = result.get();
    if (now == null
        || now.sample() != done.snapshot().sample()
        || !now.target().equals(done.snapshot().target())
        || now.alpha() != done.snapshot().alpha()) {
      return; // superseded while it ran; the newer snapshot asks for its own
    }
    GofSnapshot complete = now.withKsAtN(done.score());
    result.set(complete);
    ListUpdates.replaceChanged(rows, MetricRows.of(complete));
  }

  private void failed(Throwable error) {
    busy.set(latest.isBusy());
    message.set("Could not compute the figures: " + error.getMessage());
  }
}
