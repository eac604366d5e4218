package org.probscope.app.calc;

import java.util.regex.Pattern;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
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
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Figures;

/**
 * The probability calculator: P(X ≤ x), P(X &gt; x), P(a &lt; X ≤ b), and the inverse (the x with
 * P(X ≤ x) = p). Recomputes whenever an input or the distribution changes; the result is shown with
 * a chosen number of significant digits and can be copied at full precision.
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
  private final StringProperty b = new SimpleStringProperty("1");
  private final StringProperty p = new SimpleStringProperty("0.95");
  private final IntegerProperty digits = new SimpleIntegerProperty(6);
  private final ReadOnlyDoubleWrapper result = new ReadOnlyDoubleWrapper(Double.NaN);
  private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Shade> shade = new ReadOnlyObjectWrapper<>();

  public CalculatorViewModel(ObservableValue<Distribution> distribution) {
    this.distribution = distribution;
    distribution.addListener((obs, old, now) -> recompute());
    mode.addListener((obs, old, now) -> recompute());
    x.addListener((obs, old, now) -> recompute());
    b.addListener((obs, old, now) -> recompute());
    p.addListener((obs, old, now) -> recompute());
    digits.addListener((obs, old, now) -> recompute());
    recompute();
  }

  public ObjectProperty<Mode> modeProperty() {
    return mode;
  }

  /** x, or a in the "between" mode. */
  public StringProperty xProperty() {
    return x;
  }

  /** b in the "between" mode. */
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

  /** The region to shade on the density plot, or null in the quantile mode or on bad input. */
  public ReadOnlyObjectProperty<Shade> shadeProperty() {
    return shade.getReadOnlyProperty();
  }

  /** The result at full precision (shortest text that reads back to the same double). */
  public String fullPrecisionText() {
    return Figures.full(result.get());
  }

  private void recompute() {
    Distribution d = distribution.getValue();
    if (d == null) {
      return;
    }
    try {
      switch (mode.get()) {
        case AT_OR_BELOW -> {
          double at = read("x", x.get());
          show(d.cdf(at), new Shade(Double.NEGATIVE_INFINITY, at));
        }
        case ABOVE -> {
          double at = read("x", x.get());
          show(d.survival(at), new Shade(at, Double.POSITIVE_INFINITY));
        }
        case BETWEEN -> between(d);
        case QUANTILE -> quantile(d);
      }
    } catch (BadInput e) {
      error.set(e.getMessage());
      resultText.set("");
      result.set(Double.NaN);
      shade.set(null);
    }
  }

  private void between(Distribution d) throws BadInput {
    double lo = read("a", x.get());
    double hi = read("b", b.get());
    if (!(lo <= hi)) {
      throw new BadInput("a must not exceed b");
    }
    // subtract in the tail where the values are small, to keep the digits
    double value = d.cdf(lo) > 0.5 ? d.survival(lo) - d.survival(hi) : d.cdf(hi) - d.cdf(lo);
    show(Math.max(0, value), new Shade(lo, hi));
  }

  private void quantile(Distribution d) throws BadInput {
    double prob = read("p", p.get());
    if (!(prob >= 0 && prob <= 1)) {
      throw new BadInput("p must be in [0, 1]");
    }
    show(d.quantile(prob), null);
  }

  private void show(double value, Shade region) {
    error.set("");
    result.set(value);
    resultText.set(Figures.format(value, digits.get()));
    shade.set(region);
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
