package org.probscope.app.calc;

import java.util.regex.Pattern;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.probscope.app.common.LatestOnly;
import org.probscope.app.common.TaskRunner;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Figures;

/**
 * The probability calculator: P(X ≤ x), P(X &gt; x), P(a &lt; X ≤ b), and the inverse (the x with
 * P(X ≤ x) = p). Typed inputs are drafts until {@link #commit()} (the view commits on Enter, on
 * leaving a field or after a pause in typing); the answer is recomputed for the committed inputs
 * whenever they, the mode or the distribution change, through the task runner, so a family with
 * slow evaluations never holds up the window. The interval has its own ends a and b, which start at
 * the distribution's quartiles the first time the interval mode is chosen.
 */
public final class CalculatorViewModel {

  /** What the calculator answers. */
  public enum Mode {
    AT_OR_BELOW("P(X ≤ x)"),
    ABOVE("P(X > x)"),
    BETWEEN("P(a < X ≤ b)"),
    QUANTILE("x for P(X ≤ x) = p");

    private final String label;

    Mode(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** The x-interval to shade under the density, with infinite ends for tails. */
  public record Shade(double lower, double upper) {}

  private static final Pattern NUMBER =
      Pattern.compile(
          "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?|[+-]?(?:inf|infinity)",
          Pattern.CASE_INSENSITIVE);

  private final ObservableValue<Distribution> distribution;
  private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.AT_OR_BELOW);
  private final StringProperty x = new SimpleStringProperty("0");
  private final StringProperty a = new SimpleStringProperty("");
  private final StringProperty b = new SimpleStringProperty("");
  private final StringProperty p = new SimpleStringProperty("0.95");
  private final IntegerProperty digits = new SimpleIntegerProperty(6);
  private final ReadOnlyDoubleWrapper result = new ReadOnlyDoubleWrapper(Double.NaN);
  private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Shade> shade = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);
  private final LatestOnly<Double> answers;
  private final LatestOnly<double[]> quartiles;
  private boolean replaceInterval;
  private Inputs committed;

  /** The inputs an answer is computed from. */
  private record Inputs(String x, String a, String b, String p) {}

  public CalculatorViewModel(ObservableValue<Distribution> distribution, TaskRunner runner) {
    this.distribution = distribution;
    this.answers = new LatestOnly<>(runner, this::show, this::failed);
    this.quartiles = new LatestOnly<>(runner, this::startInterval, this::failed);
    this.committed = drafts();
    distribution.addListener(
        (obs, old, now) -> {
          if (old != null && now != null && old.family() != now.family()) {
            onFamilyChanged(now);
          }
          recompute();
        });
    mode.addListener((obs, old, now) -> onModeChanged(now));
    digits.addListener((obs, old, now) -> showText());
    recompute();
  }

  public ObjectProperty<Mode> modeProperty() {
    return mode;
  }

  /** x for the tail probabilities. */
  public StringProperty xProperty() {
    return x;
  }

  /** a, the lower end in the interval mode. */
  public StringProperty aProperty() {
    return a;
  }

  /** b, the upper end in the interval mode. */
  public StringProperty bProperty() {
    return b;
  }

  /** p in the quantile mode. */
  public StringProperty pProperty() {
    return p;
  }

  /** Significant digits of the shown result, 1 to 17. */
  public IntegerProperty digitsProperty() {
    return digits;
  }

  public ReadOnlyDoubleProperty resultProperty() {
    return result.getReadOnlyProperty();
  }

  /** The result with the chosen significant digits, or empty when an input is bad. */
  public ReadOnlyStringProperty resultTextProperty() {
    return resultText.getReadOnlyProperty();
  }

  /** What is wrong with the inputs, or empty. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** True while the result shown belongs to earlier inputs or an earlier distribution. */
  public ReadOnlyBooleanProperty staleProperty() {
    return stale.getReadOnlyProperty();
  }

  /** The region to shade on the density plot, or null in the quantile mode or on bad input. */
  public ReadOnlyObjectProperty<Shade> shadeProperty() {
    return shade.getReadOnlyProperty();
  }

  /** The result at full precision (shortest text that reads back to the same double). */
  public String fullPrecisionText() {
    return Figures.full(result.get());
  }

  /** Applies the typed inputs. */
  public void commit() {
    Inputs now = drafts();
    if (!now.equals(committed)) {
      committed = now;
      recompute();
    }
  }

  private Inputs drafts() {
    return new Inputs(x.get(), a.get(), b.get(), p.get());
  }

  private void onModeChanged(Mode now) {
    if (now == Mode.BETWEEN && committed.a().isBlank() && committed.b().isBlank()) {
      Distribution d = distribution.getValue();
      quartiles.request(ctx -> new double[] {d.quantile(0.25), d.quantile(0.75)});
    }
    recompute();
  }

  /**
   * Another family's scale has nothing to do with the last one's: a and b from gamma (18.36, 34.2)
   * would show 0 for a normal. The interval starts again at the new family's quartiles (at once in
   * the interval mode, else when it is next chosen); a parameter move keeps the user's a and b.
   */
  private void onFamilyChanged(Distribution now) {
    if (mode.get() == Mode.BETWEEN) {
      replaceInterval = true;
      quartiles.request(ctx -> new double[] {now.quantile(0.25), now.quantile(0.75)});
    } else if (!committed.a().isBlank() || !committed.b().isBlank()) {
      a.set("");
      b.set("");
      committed = drafts();
    }
  }

  /** The interval mode starts at the quartiles: a valid interval holding half the mass. */
  private void startInterval(double[] q) {
    boolean replace = replaceInterval;
    replaceInterval = false;
    if (replace || (committed.a().isBlank() && committed.b().isBlank())) {
      a.set(Figures.format(q[0], 4));
      b.set(Figures.format(q[1], 4));
      commit();
    }
  }

  private void recompute() {
    Distribution d = distribution.getValue();
    if (d == null) {
      return;
    }
    Inputs in = committed;
    try {
      switch (mode.get()) {
        case AT_OR_BELOW -> {
          double at = read("x", in.x());
          ask(new Shade(Double.NEGATIVE_INFINITY, at), ctx -> d.cdf(at));
        }
        case ABOVE -> {
          double at = read("x", in.x());
          ask(new Shade(at, Double.POSITIVE_INFINITY), ctx -> d.survival(at));
        }
        case BETWEEN -> between(d, in);
        case QUANTILE -> {
          double prob = read("p", in.p());
          if (!(prob >= 0 && prob <= 1)) {
            throw new BadInput("p must be in [0, 1]");
          }
          ask(null, ctx -> d.quantile(prob));
        }
      }
    } catch (BadInput e) {
      answers.cancel();
      stale.set(false);
      error.set(e.getMessage());
      resultText.set("");
      result.set(Double.NaN);
      shade.set(null);
    }
  }

  private void between(Distribution d, Inputs in) throws BadInput {
    if (in.a().isBlank() && in.b().isBlank()) {
      throw new BadInput("a and b are being set to the quartiles…");
    }
    double lo = read("a", in.a());
    double hi = read("b", in.b());
    if (!(lo <= hi)) {
      throw new BadInput("a must not exceed b");
    }
    // subtract in the tail where the values are small, to keep the digits
    ask(
        new Shade(lo, hi),
        ctx ->
            Math.max(0, d.cdf(lo) > 0.5 ? d.survival(lo) - d.survival(hi) : d.cdf(hi) - d.cdf(lo)));
  }

  private void ask(Shade region, TaskRunner.BackgroundWork<Double> work) {
    error.set("");
    shade.set(region);
    stale.set(true);
    answers.request(work);
  }

  private void show(Double value) {
    result.set(value);
    stale.set(answers.isBusy());
    showText();
  }

  private void showText() {
    resultText.set(error.get().isEmpty() ? Figures.format(result.get(), digits.get()) : "");
  }

  private void failed(Throwable e) {
    stale.set(false);
    error.set("Could not compute: " + e.getMessage());
    resultText.set("");
  }

  private static double read(String name, String text) throws BadInput {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new BadInput(name + " needs a value");
    }
    if (!NUMBER.matcher(t).matches()) {
      throw new BadInput(name + " must be a number like 1.5 or -2e-3, not \"" + t + "\"");
    }
    String lower = t.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("inf")) {
      return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return Double.parseDouble(t);
  }

  /** An input the calculator cannot use; its message is shown to the user. */
  private static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message, null, false, false);
    }
  }
}
