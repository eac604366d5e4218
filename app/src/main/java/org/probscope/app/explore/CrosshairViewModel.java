package org.probscope.app.explore;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import org.probscope.app.common.LatestOnly;
import org.probscope.app.common.TaskRunner;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Figures;

/**
 * The read-out under the explorer's plots: x, f(x) (or P(X = ⌊x⌋)), F(x) and the sample's Fn(x) at
 * the crosshair. The figures are evaluated through the task runner, newest mouse position first, so
 * that a family with slow evaluations never holds up the mouse.
 */
public final class CrosshairViewModel {

  private final ObservableValue<Distribution> distribution;
  private final ObservableValue<SampleSnapshot> sample;
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(" ");
  private final LatestOnly<String> readouts;

  public CrosshairViewModel(
      TaskRunner runner,
      ObservableValue<Distribution> distribution,
      ObservableValue<SampleSnapshot> sample) {
    this.distribution = distribution;
    this.sample = sample;
    this.readouts = new LatestOnly<>(runner, text::set, e -> text.set(" "));
  }

  /** The read-out, or a blank while the mouse is outside the plots. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  /** The crosshair is at data x. */
  public void pointAt(double x) {
    Distribution d = distribution.getValue();
    SampleSnapshot s = sample.getValue();
    readouts.request(ctx -> describe(d, s, x));
  }

  /** The mouse left the plots. */
  public void clear() {
    readouts.cancel();
    text.set(" ");
  }

  static String describe(Distribution d, SampleSnapshot sample, double x) {
    StringBuilder out =
        new StringBuilder("x = ")
            .append(Figures.format(x, 5))
            .append(d.isDiscrete() ? "   P(X = ⌊x⌋) = " : "   f(x) = ")
            .append(Figures.format(d.density(d.isDiscrete() ? Math.floor(x) : x), 5))
            .append("   F(x) = ")
            .append(Figures.format(d.cdf(x), 5));
    if (sample != null) {
      out.append("   Fn(x) = ").append(Figures.format(sample.sample().ecdf(x), 5));
    }
    return out.toString();
  }
}
