package org.probscope.app.explore;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.probscope.model.distribution.Parameter;
import org.probscope.model.distribution.SpecNumbers;
import org.probscope.model.distribution.Violation;

/**
 * One parameter's editor state. The value in use changes in three ways only: a slider position
 * (rounded to the slider's step), an arrow-key step, or committed text (Enter, focus leaving the
 * field, or a pause in typing: the view decides when and calls {@link #commit()}). Text being typed
 * is only a draft; committed text that is not an allowed number shows the rule it breaks and that
 * the last valid value stays in use. The slider's range follows the value both ways ({@link
 * SliderRange}).
 */
public final class ParameterViewModel {

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

  private final Parameter parameter;
  private final ReadOnlyDoubleWrapper value;
  private final DoubleProperty sliderValue;
  private final StringProperty text = new SimpleStringProperty();
  private final ReadOnlyStringWrapper textError = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper ruleError = new ReadOnlyStringWrapper("");
  private final StringBinding error =
      Bindings.createStringBinding(
          () -> textError.get().isEmpty() ? ruleError.get() : textError.get(),
          textError,
          ruleError);
  private final ReadOnlyObjectWrapper<SliderRange> range;
  private boolean syncing;

  /**
   * The last value set from outside (typed, or from a spec such as a fit's estimate): a stop of the
   * slider and the arrow keys besides the step's round grid, so that moving away and back returns
   * to it exactly, not to the nearest round number.
   */
  private double anchor;

  /** How close to a grid point (in steps) a value counts as on it. */
  private static final double GRID_TOLERANCE = 1e-9;

  public ParameterViewModel(Parameter parameter, double initial) {
    this.parameter = parameter;
    this.value = new ReadOnlyDoubleWrapper(initial);
    this.anchor = initial;
    this.range = new ReadOnlyObjectWrapper<>(SliderRange.around(parameter, initial));
    this.sliderValue = new SimpleDoubleProperty(initial);
    text.set(SpecNumbers.format(initial));
    sliderValue.addListener((obs, old, now) -> onSliderMoved(now.doubleValue()));
  }

  public Parameter parameter() {
    return parameter;
  }

  public String name() {
    return parameter.name();
  }

  /** The value in use; always allowed by the parameter's own domain. */
  public ReadOnlyDoubleProperty valueProperty() {
    return value.getReadOnlyProperty();
  }

  public double value() {
    return value.get();
  }

  /** The slider's position: bind the slider to it; a move is rounded to the step and applied. */
  public DoubleProperty sliderValueProperty() {
    return sliderValue;
  }

  /** The text field's content: a draft until {@link #commit()}. */
  public StringProperty textProperty() {
    return text;
  }

  /**
   * What is wrong with this field, or an empty string: the rule the committed text breaks (and the
   * value still in use), else a rule between parameters that this one takes part in.
   */
  public StringBinding errorProperty() {
    return error;
  }

  /** Non-empty while committed text was refused and the last valid value stays in use. */
  public ReadOnlyStringProperty textErrorProperty() {
    return textError.getReadOnlyProperty();
  }

  /** The slider's range and step for the value in use. */
  public ReadOnlyObjectProperty<SliderRange> rangeProperty() {
    return range.getReadOnlyProperty();
  }

  /** The arrow-key step; a tenth of it with a modifier held. */
  public double step(boolean fine) {
    return range.get().step(fine);
  }

  /** What the slider's tooltip says about its steps. */
  public String stepText() {
    SliderRange r = range.get();
    return "Drag, or use the arrow keys: steps of "
        + SpecNumbers.format(r.step())
        + (parameter.integer() && r.step() == 1
            ? ""
            : " (Shift: " + SpecNumbers.format(r.step(true)) + ")");
  }

  /**
   * Moves the value by {@code steps} arrow-key steps, onto that step's grid or the anchor (the
   * value last set from outside), whichever comes first; a step past the end of the slider moves
   * the slider's range along with the value.
   */
  public void nudge(int steps, boolean fine) {
    double grid = step(fine);
    double next = value.get();
    for (int i = 0; i < Math.abs(steps); i++) {
      next = stepFrom(next, steps > 0 ? 1 : -1, grid);
    }
    if (parameter.check(next).isEmpty()) {
      set(next);
    }
  }

  /**
   * One step from {@code from} in {@code direction}: the nearest point of the step's grid strictly
   * beyond it, or the anchor when it lies strictly between.
   */
  private double stepFrom(double from, int direction, double grid) {
    double k = from / grid;
    double nextK =
        direction > 0 ? Math.floor(k + GRID_TOLERANCE) + 1 : Math.ceil(k - GRID_TOLERANCE) - 1;
    double next = SliderRange.snapTo(nextK * grid, grid);
    if (parameter.integer()) {
      next = Math.rint(next);
    }
    boolean anchorBetween =
        direction > 0 ? anchor > from && anchor < next : anchor < from && anchor > next;
    return anchorBetween ? anchor : next;
  }

  /**
   * Applies the typed text: an allowed number becomes the value (exactly as typed, not rounded to
   * the slider's step); anything else leaves the value in use and says so.
   */
  public void commit() {
    String typed = text.get() == null ? "" : text.get().strip();
    Optional<String> problem = problemWith(typed);
    if (problem.isPresent()) {
      textError.set(
          problem.get() + "; " + parameter.name() + " stays " + SpecNumbers.format(value.get()));
      return;
    }
    apply(Double.parseDouble(typed));
  }

  /** Drops the draft: the field shows the value in use again (Esc). */
  public void revert() {
    textError.set("");
    syncText(value.get());
  }

  /** Whether the field's text differs from what it would show for the value in use. */
  public boolean isDraft() {
    return !SpecNumbers.format(value.get()).equals(text.get()) || !textError.get().isEmpty();
  }

  /**
   * Sets the value from outside (committed text, an arrow key, a pasted spec): the text shows it,
   * and the slider's range follows it. The caller has checked it against the domain.
   */
  void apply(double newValue) {
    anchor = newValue;
    set(newValue);
  }

  private void set(double newValue) {
    textError.set("");
    syncing = true;
    try {
      // the slider clamps its value while its range changes; those echoes are not moves
      range.set(SliderRange.around(parameter, newValue));
      sliderValue.set(newValue);
      value.set(newValue);
    } finally {
      syncing = false;
    }
    syncText(newValue);
  }

  /** Shows a rule broken between parameters (for example lower &lt; upper) on this field. */
  void showCrossRule(String message) {
    ruleError.set(message);
  }

  private void onSliderMoved(double position) {
    if (syncing) {
      return;
    }
    double snapped = range.get().snap(position);
    if (parameter.integer()) {
      snapped = Math.rint(snapped);
    }
    if (Math.abs(position - anchor) <= Math.abs(position - snapped)) {
      snapped = anchor; // the anchor is a stop too: dragging back finds the exact value
    }
    if (parameter.check(snapped).isPresent()) {
      snapped = position; // the grid point is outside the domain (sd = 0): keep the position
    }
    if (parameter.check(snapped).isPresent()) {
      return;
    }
    textError.set("");
    syncing = true;
    try {
      if (snapped != position) {
        sliderValue.set(snapped);
      }
      value.set(snapped);
    } finally {
      syncing = false;
    }
    syncText(snapped);
  }

  private void syncText(double now) {
    text.set(SpecNumbers.format(now));
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
}
