package org.probscope.app.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.SummaryFigure;

class ExplorerViewModelTest {

  private final ExplorerViewModel vm = new ExplorerViewModel(Families.normal());

  private ParameterViewModel parameter(String name) {
    return vm.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void startsWithTheFamilyDefaults() {
    assertThat(vm.distribution().spec()).isEqualTo("normal(mean=0, sd=1)");
    assertThat(vm.parameters()).extracting(ParameterViewModel::name).containsExactly("mean", "sd");
    assertThat(vm.summaryProperty().get())
        .extracting(SummaryFigure::name)
        .contains("Mean", "Variance", "Entropy");
  }

  @Test
  void movingASliderChangesTheDistributionAndTheText() {
    parameter("mean").valueProperty().set(2.5);
    assertThat(vm.distribution().parameter("mean")).isEqualTo(2.5);
    assertThat(parameter("mean").textProperty().get()).isEqualTo("2.5");
    assertThat(vm.summaryProperty().get().get(0).value()).isEqualTo(2.5);
  }

  @Test
  void typingAValidNumberMovesTheSlider() {
    parameter("sd").textProperty().set("3e-1");
    assertThat(parameter("sd").value()).isEqualTo(0.3);
    assertThat(vm.distribution().parameter("sd")).isEqualTo(0.3);
    assertThat(parameter("sd").errorProperty().get()).isEmpty();
  }

  @Test
  void typingAnOutOfDomainValueShowsTheRuleAndKeepsTheLastValidDistribution() {
    Distribution before = vm.distribution();
    parameter("sd").textProperty().set("-1");
    assertThat(parameter("sd").errorProperty().get()).isEqualTo("sd must be > 0 (got -1)");
    assertThat(vm.distribution()).isEqualTo(before);

    parameter("sd").textProperty().set("abc");
    assertThat(parameter("sd").errorProperty().get()).contains("must be a number");
    assertThat(vm.distribution()).isEqualTo(before);

    parameter("sd").textProperty().set("2");
    assertThat(parameter("sd").errorProperty().get()).isEmpty();
    assertThat(vm.distribution().parameter("sd")).isEqualTo(2);
  }

  @Test
  void typingBeyondTheSliderRangeWidensIt() {
    parameter("mean").textProperty().set("1000");
    assertThat(parameter("mean").sliderMaxProperty().get()).isEqualTo(1000);
    assertThat(vm.distribution().parameter("mean")).isEqualTo(1000);
  }

  @Test
  void changingFamilyResetsParametersAndFitsTheView() {
    vm.familyProperty().set(Families.byName("poisson").orElseThrow());
    assertThat(vm.parameters()).extracting(ParameterViewModel::name).containsExactly("mean");
    assertThat(vm.distribution().family().name()).isEqualTo("poisson");
    ViewRange range = vm.viewRangeProperty().get();
    assertThat(range.lower()).isEqualTo(-0.5);
    assertThat(range.upper()).isGreaterThan(vm.distribution().quantile(0.99));
  }

  @Test
  void parameterListListenersSurviveGarbageCollection() {
    java.util.concurrent.atomic.AtomicInteger changes =
        new java.util.concurrent.atomic.AtomicInteger();
    vm.parameters()
        .addListener(
            (javafx.collections.ListChangeListener<ParameterViewModel>)
                c -> changes.incrementAndGet());
    System.gc();
    vm.familyProperty().set(Families.byName("poisson").orElseThrow());
    assertThat(changes.get()).isPositive();
  }

  @Test
  void theViewCanBeWidenedToIncludeData() {
    vm.fitViewWith(5, 30);
    ViewRange range = vm.viewRangeProperty().get();
    assertThat(range.lower()).isLessThan(vm.distribution().quantile(0.001));
    assertThat(range.upper()).isGreaterThan(30);
  }

  @Test
  void pastingASpecReplacesFamilyAndValues() {
    var result = vm.applySpec("poisson(mean=7.5)");
    assertThat(result.isValid()).isTrue();
    assertThat(vm.distribution().spec()).isEqualTo("poisson(mean=7.5)");
    assertThat(parameter("mean").textProperty().get()).isEqualTo("7.5");
  }

  @Test
  void pastingABadSpecChangesNothingAndSaysWhy() {
    Distribution before = vm.distribution();
    var result = vm.applySpec("normal(mean=0, sd=-2)");
    assertThat(result.isValid()).isFalse();
    assertThat(result.message()).isEqualTo("sd must be > 0 (got -2)");
    assertThat(vm.distribution()).isEqualTo(before);
    assertThat(vm.applySpec("nonsense(").isValid()).isFalse();
    assertThat(vm.distribution()).isEqualTo(before);
  }

  @Test
  void arrowKeyNudgesUseTheStepAndAFinerStepWithAModifier() {
    ParameterViewModel mean = parameter("mean");
    double step = mean.parameter().step();
    mean.nudge(1, false);
    assertThat(mean.value()).isEqualTo(step);
    mean.nudge(-1, true);
    assertThat(mean.value())
        .isCloseTo(step - step / 10, org.assertj.core.api.Assertions.within(1e-15));
  }
}
