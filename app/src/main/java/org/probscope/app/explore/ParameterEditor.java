package org.probscope.app.explore;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import org.probscope.app.common.Controls;
import org.probscope.model.distribution.Parameter;

/**
 * One parameter row: name, slider and text field, with the broken rule underneath. Arrow keys on
 * the slider move by the parameter's step, by a tenth of it with Shift or Alt held.
 */
final class ParameterEditor {

  private final ParameterViewModel vm;
  private final Label name = new Label();
  private final Slider slider = new Slider();
  private final TextField field = new TextField();
  private final Label error = Controls.errorLabel();

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
    slider.setBlockIncrement(p.step());
    slider.setFocusTraversable(true);
    slider.setAccessibleText(p.name() + " slider");
    field.setId("field-" + p.name());
    field.setPrefColumnCount(8);
    field.setTooltip(
        Controls.tooltip(
            "Type a value for "
                + p.name()
                + " ("
                + p.domainText()
                + "); Enter or leaving the field keeps it"));
    error.setId("error-" + p.name());
  }

  private void initListeners() {
    slider.minProperty().bind(vm.sliderMinProperty());
    slider.maxProperty().bind(vm.sliderMaxProperty());
    slider.valueProperty().bindBidirectional(vm.valueProperty());
    field.textProperty().bindBidirectional(vm.textProperty());
    error.textProperty().bind(vm.errorProperty());
    field.pseudoClassStateChanged(
        javafx.css.PseudoClass.getPseudoClass("danger"), !vm.errorProperty().get().isEmpty());
    vm.errorProperty()
        .addListener(
            (obs, old, now) ->
                field.pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("danger"), !now.isEmpty()));
    slider.addEventFilter(KeyEvent.KEY_PRESSED, this::onSliderKey);
  }

  private void onSliderKey(KeyEvent e) {
    int direction =
        switch (e.getCode()) {
          case RIGHT, UP -> 1;
          case LEFT, DOWN -> -1;
          default -> 0;
        };
    if (direction == 0 && e.getCode() != KeyCode.UNDEFINED) {
      return;
    }
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
