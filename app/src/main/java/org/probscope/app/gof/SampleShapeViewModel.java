package org.probscope.app.gof;

import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.probscope.app.common.LatestOnly;
import org.probscope.app.common.TaskRunner;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.model.sample.Histogram;

/**
 * What the density view draws of the sample: its histogram with the chosen bins and its KDE.
 * Depends on the sample and the bin count only, so a target slider never recomputes it. The bin
 * count is typed; a committed count that is not allowed keeps the one in use.
 */
public final class SampleShapeViewModel {

  private static final Pattern WHOLE = Pattern.compile("\\d+");

  private final ObservableValue<SampleSnapshot> sample;
  private final StringProperty binsText = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper binsError = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<SampleShape> shape = new ReadOnlyObjectWrapper<>();
  private final LatestOnly<SampleShape> shapes;
  private int bins;

  SampleShapeViewModel(
      TaskRunner runner,
      ObservableValue<SampleSnapshot> sample,
      java.util.function.Consumer<Throwable> onFailure) {
    this.sample = sample;
    this.shapes = new LatestOnly<>(runner, shape::set, onFailure);
    sample.addListener(obs -> request());
    request();
  }

  /** Histogram bins as typed; empty means Freedman–Diaconis. Applies on {@link #commit()}. */
  public StringProperty binsTextProperty() {
    return binsText;
  }

  public ReadOnlyStringProperty binsErrorProperty() {
    return binsError.getReadOnlyProperty();
  }

  /** The sample's histogram and KDE, or null without a sample. */
  public ReadOnlyObjectProperty<SampleShape> shapeProperty() {
    return shape.getReadOnlyProperty();
  }

  /** Applies the typed bin count, or says why not and which count stays. */
  public void commit() {
    String t = binsText.get() == null ? "" : binsText.get().strip();
    int typed;
    if (t.isEmpty() || t.equalsIgnoreCase("auto")) {
      typed = 0;
    } else if (WHOLE.matcher(t).matches()
        && t.length() <= 4
        && Integer.parseInt(t) >= 1
        && Integer.parseInt(t) <= Histogram.MAX_BINS) {
      typed = Integer.parseInt(t);
    } else {
      binsError.set(
          "bins must be a whole number from 1 to "
              + Histogram.MAX_BINS
              + ", or empty for automatic; "
              + (bins == 0 ? "automatic bins stay" : bins + " bins stay"));
      return;
    }
    binsError.set("");
    if (typed != bins) {
      bins = typed;
      request();
    }
  }

  /**
   * Drops a refused entry and its message, showing the count in use again: called when the user
   * moves on (another plot, another family), where "20 bins stay" no longer answers anything.
   */
  public void dismissError() {
    if (!binsError.get().isEmpty()) {
      binsError.set("");
      binsText.set(bins == 0 ? "" : Integer.toString(bins));
    }
  }

  private void request() {
    SampleSnapshot snapshot = sample.getValue();
    if (snapshot == null) {
      shapes.cancel();
      shape.set(null);
      return;
    }
    int k = bins;
    shapes.request(ctx -> SampleShape.of(snapshot.sample(), k));
  }
}
