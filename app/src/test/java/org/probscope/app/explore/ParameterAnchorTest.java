package org.probscope.app.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Parameter;

/**
 * A value set from outside (a fit's estimate, a typed number) is a stop of the slider and the arrow
 * keys: moving away by steps and back returns to it exactly, and a drag released near it lands on
 * it, while the other stops stay on the step's round grid.
 */
class ParameterAnchorTest {

  private static final double ESTIMATE = 3.673293330991343; // weibull shape fitted to faithful

  private static ParameterViewModel shape() {
    Parameter shape = Families.byName("weibull").orElseThrow().parameter("shape").orElseThrow();
    ParameterViewModel vm = new ParameterViewModel(shape, 1);
    vm.apply(ESTIMATE);
    return vm;
  }

  @Test
  void arrowKeysAwayAndBackReturnToTheAppliedValueExactly() {
    ParameterViewModel vm = shape();
    double step = vm.step(false);

    for (int i = 0; i < 3; i++) {
      vm.nudge(1, false);
    }
    double away = vm.value();
    for (int i = 0; i < 3; i++) {
      vm.nudge(-1, false);
    }

    assertThat(away).isGreaterThan(ESTIMATE);
    // the stops away from the estimate are on the round grid
    assertThat(Math.abs(away / step - Math.rint(away / step))).isLessThan(1e-9);
    assertThat(vm.value()).isEqualTo(ESTIMATE);
    vm.nudge(-1, true);
    vm.nudge(1, true);
    assertThat(vm.value()).isEqualTo(ESTIMATE);
  }

  @Test
  void aDragReleasedNearTheAppliedValueLandsOnIt() {
    ParameterViewModel vm = shape();
    double step = vm.step(false);

    vm.sliderValueProperty().set(ESTIMATE + 2.2 * step);
    double moved = vm.value();
    vm.sliderValueProperty().set(ESTIMATE + 0.1 * step);

    assertThat(moved).isNotEqualTo(ESTIMATE);
    assertThat(Math.abs(moved / step - Math.rint(moved / step))).isLessThan(1e-9);
    assertThat(vm.value()).isEqualTo(ESTIMATE);
  }

  @Test
  void typingANewValueMovesTheAnchor() {
    ParameterViewModel vm = shape();
    vm.textProperty().set("2.345");
    vm.commit();

    vm.nudge(1, false);
    vm.nudge(-1, false);

    assertThat(vm.value()).isEqualTo(2.345);
  }
}
