package org.probscope.app.explore;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.probscope.app.common.CommitField;
import org.probscope.app.common.Controls;
import org.probscope.model.distribution.Parameter;

/**
 * One parameter row: name, slider and text field, with the broken rule underneath. Arrow keys on
 * the slider move by its step, by a tenth of it with Shift or Alt held; the field applies its text
 * when committed (Enter, leaving it, or a pause in typing), Esc drops what was typed.
 */
final class ParameterEditor {

  private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

  private final ParameterViewModel vm;
  private final Label name = new Label();
  private final Slider slider = new Slider();
  private final TextField field = new TextField();
  private final Label error = Controls.errorLabel();
  private final Tooltip sliderTip = Controls.tooltip("");

  ParameterEditor(ParameterViewModel vm) {
    this.vm = vm;
    createView();
    initListeners();
  }

  private void createView() {
    Parameter p = vm.parameter();
    name.setText(p.name());
    name.setLabelFor(field);
    name.setMinWidth(70);
    name.setTooltip(Controls.tooltip(p.description() + "; allowed: " + p.domainText()));
    slider.setId("slider-" + p.name());
    slider.setMinWidth(120);
    slider.setFocusTraversable(true);
    slider.setAccessibleText(p.name() + " slider");
    slider.setTooltip(sliderTip);
    GridPane.setHgrow(slider, Priority.ALWAYS);
    field.setId("field-" + p.name());
    field.setPrefColumnCount(7);
    field.setTooltip(
        Controls.tooltip(
            "Type a value for "
                + p.name()
                + " ("
                + p.domainText()
                + "); it applies on Enter, when you leave the field or pause typing; Esc undoes"));
    error.setId("error-" + p.name());
  }

  private void initListeners() {
    showRange(vm.rangeProperty().get());
    vm.rangeProperty().addListener((obs, old, now) -> showRange(now));
    slider.valueProperty().bindBidirectional(vm.sliderValueProperty());
    field.textProperty().bindBidirectional(vm.textProperty());
    CommitField.install(field, vm::commit, vm::revert);
    error.textProperty().bind(vm.errorProperty());
    field.pseudoClassStateChanged(DANGER, !vm.errorProperty().get().isEmpty());
    vm.errorProperty()
        .addListener((obs, old, now) -> field.pseudoClassStateChanged(DANGER, !now.isEmpty()));
    slider.addEventFilter(KeyEvent.KEY_PRESSED, this::onSliderKey);
  }

  private void showRange(SliderRange r) {
    // never let min pass max on the way: the slider would clamp its value in between
    if (r.min() > slider.getMax()) {
      slider.setMax(r.max());
      slider.setMin(r.min());
    } else {
      slider.setMin(r.min());
      slider.setMax(r.max());
    }
    slider.setBlockIncrement(r.step());
    sliderTip.setText(vm.stepText());
  }

  private void onSliderKey(KeyEvent e) {
    int direction =
        switch (e.getCode()) {
          case RIGHT, UP -> 1;
          case LEFT, DOWN -> -1;
          default -> 0;
        };
    if (direction != 0) {
      vm.nudge(direction, e.isShiftDown() || e.isAltDown());
      e.consume();
    }
  }

  /** Adds the row's nodes to {@code grid} at {@code row} and the next row (for the message). */
  void addTo(GridPane grid, int row) {
    grid.add(name, 0, row);
    grid.add(slider, 1, row);
    grid.add(field, 2, row);
    grid.add(error, 1, row + 1, 2, 1);
  }
}
