package org.probscope.app.sample;

import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.probscope.app.common.TaskHandle;
import org.probscope.app.common.TaskRunner;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/**
 * The sample panel: draws a seeded sample from the distribution on screen at the moment of the
 * request. The sample then stays as it is while the distribution (the target) moves, which is what
 * lets a user measure a misspecified target against it.
 */
public final class SampleViewModel {

  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d+");

  private final TaskRunner runner;
  private final ObservableValue<Distribution> source;
  private final StringProperty sizeText = new SimpleStringProperty("1000");
  private final StringProperty seedText = new SimpleStringProperty("1");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
  private final ReadOnlyObjectWrapper<SampleSnapshot> sample = new ReadOnlyObjectWrapper<>();
  private TaskHandle running;

  public SampleViewModel(TaskRunner runner, ObservableValue<Distribution> source) {
    this.runner = runner;
    this.source = source;
  }

  public StringProperty sizeTextProperty() {
    return sizeText;
  }

  public StringProperty seedTextProperty() {
    return seedText;
  }

  /** Why the last request was refused or failed, or empty. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The current sample, or null before the first one. */
  public ReadOnlyObjectProperty<SampleSnapshot> sampleProperty() {
    return sample.getReadOnlyProperty();
  }

  /** Draws n values with the seed from the current distribution, in the background. */
  public void generate() {
    int n;
    long seed;
    try {
      n = readSize();
      seed = readSeed();
    } catch (IllegalArgumentException e) {
      error.set(e.getMessage());
      return;
    }
    Distribution from = source.getValue();
    error.set("");
    if (running != null) {
      running.cancel();
    }
    busy.set(true);
    String origin = from.spec() + ", n = " + n + ", seed " + seed;
    running =
        runner.submit(
            ctx -> SampleSnapshot.of(SampleGenerator.draw(from, n, seed).withName(origin), origin),
            snapshot -> {
              busy.set(false);
              running = null;
              sample.set(snapshot);
            },
            failure -> {
              busy.set(false);
              running = null;
              error.set("Could not draw the sample: " + failure.getMessage());
            });
  }

  /** Moves to the next seed and draws again. */
  public void nextSeed() {
    try {
      seedText.set(Long.toString(readSeed() + 1));
    } catch (IllegalArgumentException e) {
      seedText.set("1");
    }
    generate();
  }

  /** Shows a sample that came from elsewhere (a loaded file). */
  public void show(SampleSnapshot snapshot) {
    if (running != null) {
      running.cancel();
      running = null;
      busy.set(false);
    }
    sample.set(snapshot);
  }

  /** Drops the current sample (and any draw under way): the views go back to "no sample yet". */
  public void clear() {
    show(null);
  }

  public Sample currentSample() {
    return sample.get() == null ? null : sample.get().sample();
  }

  private int readSize() {
    String t = sizeText.get() == null ? "" : sizeText.get().strip().replace("_", "");
    if (!WHOLE.matcher(t).matches()) {
      throw new IllegalArgumentException("n must be a whole number, not \"" + t + "\"");
    }
    long n;
    try {
      n = Long.parseLong(t);
    } catch (NumberFormatException e) {
      n = Long.MAX_VALUE;
    }
    if (n < 1 || n > SampleGenerator.MAX_SIZE) {
      throw new IllegalArgumentException(
          "n must be between 1 and " + SampleGenerator.MAX_SIZE + ", not " + t);
    }
    return (int) n;
  }

  private long readSeed() {
    String t = seedText.get() == null ? "" : seedText.get().strip();
    if (!WHOLE.matcher(t).matches()) {
      throw new IllegalArgumentException("the seed must be a whole number, not \"" + t + "\"");
    }
    try {
      return Long.parseLong(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("the seed must fit in 64 bits, not " + t);
    }
  }
}
