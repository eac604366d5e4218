package org.probscope.app.explore;

import java.util.Optional;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.probscope.model.distribution.Parameter;
import org.probscope.model.distribution.SpecNumbers;
import org.probscope.model.distribution.Violation;

/**
 * One parameter's editor state: the slider's value and the text field's text, bound both ways. A
 * slider move rewrites the text; typed text that reads as an allowed number moves the slider, and
 * anything else shows the broken rule and leaves the value (and so the distribution) as it was.
 */
public final class ParameterViewModel {

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  private final Parameter parameter;
  private final DoubleProperty value;
  private final StringProperty text = new SimpleStringProperty();
  private final ReadOnlyStringWrapper textError = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper ruleError = new ReadOnlyStringWrapper("");
  private final StringBinding error =
      Bindings.createStringBinding(
          () -> textError.get().isEmpty() ? ruleError.get() : textError.get(),
          textError,
          ruleError);
  private final ReadOnlyDoubleWrapper sliderMin;
  private final ReadOnlyDoubleWrapper sliderMax;
  private boolean syncing;

  public ParameterViewModel(Parameter parameter, double initial) {
    this.parameter = parameter;
    this.value = new SimpleDoubleProperty(initial);
    this.sliderMin = new ReadOnlyDoubleWrapper(Math.min(parameter.sliderMin(), initial));
    this.sliderMax = new ReadOnlyDoubleWrapper(Math.max(parameter.sliderMax(), initial));
    text.set(SpecNumbers.format(initial));
    value.addListener((obs, old, now) -> onValueChanged(now.doubleValue()));
    text.addListener((obs, old, now) -> onTextChanged(now));
  }

  public Parameter parameter() {
    return parameter;
  }

  public String name() {
    return parameter.name();
  }

  /** The slider's value; always a value allowed by the parameter's own domain. */
  public DoubleProperty valueProperty() {
    return value;
  }

  public double value() {
    return value.get();
  }

  /** The text field's content, which may be anything the user typed. */
  public StringProperty textProperty() {
    return text;
  }

  /**
   * What is wrong with this field, or an empty string: the rule the typed text breaks, else a rule
   * between parameters that this one takes part in.
   */
  public StringBinding errorProperty() {
    return error;
  }

  /** True while the typed text is not the value in use. */
  public ReadOnlyStringProperty textErrorProperty() {
    return textError.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty sliderMinProperty() {
    return sliderMin.getReadOnlyProperty();
  }

  public ReadOnlyDoubleProperty sliderMaxProperty() {
    return sliderMax.getReadOnlyProperty();
  }

  /** The arrow-key step; a tenth of it with a modifier held. */
  public double step(boolean fine) {
    return fine ? parameter.step() / 10 : parameter.step();
  }

  /** Moves the value by {@code steps} arrow-key steps, staying inside the slider range. */
  public void nudge(int steps, boolean fine) {
    double next = value.get() + steps * step(fine);
    next = Math.max(sliderMin.get(), Math.min(sliderMax.get(), next));
    if (parameter.integer()) {
      next = Math.rint(next);
    }
    if (parameter.check(next).isEmpty()) {
      value.set(next);
    }
  }

  /** Shows a rule broken between parameters (for example lower &lt; upper) on this field. */
  void showCrossRule(String message) {
    ruleError.set(message);
  }

  /** Sets the value from outside (a pasted spec), rewriting the text. */
  void setValue(double newValue) {
    widenSliderTo(newValue);
    value.set(newValue);
    syncText(newValue);
  }

  private void onValueChanged(double now) {
    if (syncing) {
      return;
    }
    double snapped = parameter.integer() ? Math.rint(now) : now;
    if (snapped != now) {
      value.set(snapped);
      return;
    }
    syncText(now);
    textError.set("");
  }

  private void syncText(double now) {
    syncing = true;
    try {
      text.set(SpecNumbers.format(roundForDisplay(now)));
    } finally {
      syncing = false;
    }
  }

  private void onTextChanged(String now) {
    if (syncing) {
      return;
    }
    String typed = now == null ? "" : now.strip();
    Optional<String> problem = problemWith(typed);
    if (problem.isPresent()) {
      textError.set(problem.get());
      return;
    }
    double parsed = Double.parseDouble(typed);
    textError.set("");
    widenSliderTo(parsed);
    syncing = true;
    try {
      value.set(parsed);
    } finally {
      syncing = false;
    }
  }

  private Optional<String> problemWith(String typed) {
    if (typed.isEmpty()) {
      return Optional.of(parameter.name() + " needs a value");
    }
    if (!NUMBER.matcher(typed).matches()) {
      return Optional.of(
          parameter.name() + " must be a number like 1.5 or 2e-3, not \"" + typed + "\"");
    }
    return parameter.check(Double.parseDouble(typed)).map(Violation::message);
  }

  private void widenSliderTo(double v) {
    if (v < sliderMin.get()) {
      sliderMin.set(v);
    }
    if (v > sliderMax.get()) {
      sliderMax.set(v);
    }
  }

  /**
   * Slider positions carry binary noise (0.30000000000000004); round to 12 significant digits for
   * the text, which is finer than any slider pixel.
   */
  private double roundForDisplay(double v) {
    if (v == 0 || !Double.isFinite(v)) {
      return v;
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
  }
}
