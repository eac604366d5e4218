package org.probscope.app.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.probscope.app.common.HeldTaskRunner;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.SummaryFigure;

class ExplorerViewModelTest {

  private final ExplorerViewModel vm =
      new ExplorerViewModel(Families.normal(), new SameThreadTaskRunner());

  private static ParameterViewModel parameter(ExplorerViewModel vm, String name) {
    return vm.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  private ParameterViewModel parameter(String name) {
    return parameter(vm, name);
  }

  /** Types {@code text} one character at a time, as keystrokes do, without committing. */
  private static void typeKeystrokes(ParameterViewModel p, String text) {
    for (int i = 1; i <= text.length(); i++) {
      p.textProperty().set(text.substring(0, i));
    }
  }

  @Test
  void startsWithTheFamilyDefaults() {
    assertThat(vm.distribution().spec()).isEqualTo("normal(mean=0, sd=1)");
    assertThat(vm.parameters()).extracting(ParameterViewModel::name).containsExactly("mean", "sd");
    assertThat(vm.summaryProperty().get().figures())
        .extracting(SummaryFigure::name)
        .contains("Mean", "Variance", "Entropy");
  }

  @Test
  void movingASliderAppliesTheValueRoundedToTheSlidersStep() {
    parameter("mean").sliderValueProperty().set(3.129523809523809);
    assertThat(vm.distribution().parameter("mean")).isEqualTo(3.1);
    assertThat(parameter("mean").textProperty().get()).isEqualTo("3.1");
    assertThat(vm.distribution().spec()).isEqualTo("normal(mean=3.1, sd=1)");
    assertThat(vm.summaryProperty().get().figures().get(0).value()).isEqualTo(3.1);
    assertThat(parameter("mean").sliderValueProperty().get()).isEqualTo(3.1);
  }

  @Test
  void typedTextIsADraftUntilCommitted() {
    typeKeystrokes(parameter("sd"), "3e-1");
    assertThat(vm.distribution().parameter("sd")).isEqualTo(1);
    parameter("sd").commit();
    assertThat(parameter("sd").value()).isEqualTo(0.3);
    assertThat(vm.distribution().parameter("sd")).isEqualTo(0.3);
    assertThat(parameter("sd").errorProperty().get()).isEmpty();
    assertThat(parameter("sd").textProperty().get()).isEqualTo("0.3");
  }

  /** Issue 7, item 8: 1e400 used to leave scale = 1e40 applied, 1e301 left 1e30. */
  @Test
  void anInvalidFinalEntryLeavesTheLastValidValueAndSaysSo() {
    ExplorerViewModel gamma =
        new ExplorerViewModel(Families.byName("gamma").orElseThrow(), new SameThreadTaskRunner());
    ParameterViewModel scale = parameter(gamma, "scale");
    typeKeystrokes(scale, "1e400");
    scale.commit();
    assertThat(gamma.distribution().parameter("scale")).isEqualTo(1);
    assertThat(scale.errorProperty().get())
        .isEqualTo("scale must be finite (got Infinity); scale stays 1");

    scale.revert();
    typeKeystrokes(scale, "1e301");
    scale.commit();
    assertThat(gamma.distribution().parameter("scale")).isEqualTo(1);
    assertThat(scale.errorProperty().get()).contains("at most 1e300").endsWith("scale stays 1");

    scale.textProperty().set("2.5");
    scale.commit();
    assertThat(scale.errorProperty().get()).isEmpty();
    assertThat(gamma.distribution().parameter("scale")).isEqualTo(2.5);
  }

  @Test
  void textThatIsNotANumberIsRefusedOnCommitAndEscRestoresTheValue() {
    Distribution before = vm.distribution();
    parameter("sd").textProperty().set("abc");
    parameter("sd").commit();
    assertThat(parameter("sd").errorProperty().get())
        .contains("must be a number")
        .endsWith("sd stays 1");
    assertThat(vm.distribution()).isEqualTo(before);
    parameter("sd").revert();
    assertThat(parameter("sd").textProperty().get()).isEqualTo("1");
    assertThat(parameter("sd").errorProperty().get()).isEmpty();
  }

  /** Issue 7, item 9: typing 1000 then 1 left the slider's middle at about 420. */
  @Test
  void theSliderRangeFollowsATypedValueBothWays() {
    ParameterViewModel sd = parameter("sd");
    SliderRange usual = sd.rangeProperty().get();
    sd.textProperty().set("1000");
    sd.commit();
    SliderRange wide = sd.rangeProperty().get();
    assertThat(wide.min()).isLessThan(1000).isGreaterThan(1);
    assertThat(wide.max()).isGreaterThan(1000);
    assertThat(0.5 * (wide.min() + wide.max())).isCloseTo(1000, within(100.0));
    assertThat(wide.step()).isEqualTo(10);

    sd.textProperty().set("1");
    sd.commit();
    assertThat(sd.rangeProperty().get()).isEqualTo(usual);
  }

  @Test
  void aLocationFarAwayGetsASliderOfTheUsualWidthAroundIt() {
    ParameterViewModel mean = parameter("mean");
    mean.textProperty().set("1000");
    mean.commit();
    assertThat(mean.rangeProperty().get()).isEqualTo(new SliderRange(997, 1003, 0.1));
    mean.textProperty().set("1e20");
    mean.commit();
    SliderRange far = mean.rangeProperty().get();
    assertThat(far.step()).isGreaterThan(Math.ulp(1e20));
    assertThat(far.min()).isLessThan(1e20);
    assertThat(far.max()).isGreaterThan(1e20);
  }

  @Test
  void arrowKeyNudgesUseTheStepAndAFinerStepWithAModifierOnTheirGrid() {
    ParameterViewModel mean = parameter("mean");
    mean.nudge(1, false);
    assertThat(mean.value()).isEqualTo(0.1);
    mean.nudge(-1, true);
    assertThat(mean.value()).isEqualTo(0.09);
    // each step goes to the next grid point beyond: 0.1, 0.2, 0.3 (the first step from an
    // off-grid value is short, so that steps back return to it: ParameterAnchorTest)
    mean.nudge(3, false);
    assertThat(mean.value()).isEqualTo(0.3);
    assertThat(vm.distribution().parameter("mean")).isEqualTo(0.3);
  }

  @Test
  void aStepPastTheSliderEndMovesTheRangeAlong() {
    ParameterViewModel mean = parameter("mean");
    mean.textProperty().set("10");
    mean.commit();
    mean.nudge(1, false);
    assertThat(mean.value()).isEqualTo(10.1);
    assertThat(mean.rangeProperty().get().max()).isGreaterThanOrEqualTo(10.1);
  }

  @Test
  void changingFamilyResetsParametersAndFramesThePlots() {
    int frames = vm.frameRequestsProperty().get();
    vm.familyProperty().set(Families.byName("poisson").orElseThrow());
    assertThat(vm.parameters()).extracting(ParameterViewModel::name).containsExactly("mean");
    assertThat(vm.distribution().family().name()).isEqualTo("poisson");
    ViewRange range = vm.bodyProperty().get();
    assertThat(range.lower()).isEqualTo(-0.5);
    assertThat(range.upper()).isGreaterThan(vm.distribution().quantile(0.99));
    assertThat(vm.frameRequestsProperty().get()).isGreaterThan(frames);
  }

  @Test
  void theBodyRangeFollowsTheParameters() {
    ViewRange before = vm.bodyProperty().get();
    parameter("mean").textProperty().set("5");
    parameter("mean").commit();
    ViewRange after = vm.bodyProperty().get();
    assertThat(after.lower()).isCloseTo(before.lower() + 5, within(1e-9));
    assertThat(after.upper()).isCloseTo(before.upper() + 5, within(1e-9));
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
  void pastingASpecReplacesFamilyAndValues() {
    vm.applySpec("poisson(mean=7.5)");
    assertThat(vm.specErrorProperty().get()).isEmpty();
    assertThat(vm.distribution().spec()).isEqualTo("poisson(mean=7.5)");
    assertThat(parameter("mean").textProperty().get()).isEqualTo("7.5");
  }

  @Test
  void pastingABadSpecChangesNothingAndSaysWhy() {
    Distribution before = vm.distribution();
    vm.applySpec("normal(mean=0, sd=-2)");
    assertThat(vm.specErrorProperty().get()).isEqualTo("sd must be > 0 (got -2)");
    assertThat(vm.distribution()).isEqualTo(before);
    vm.applySpec("nonsense(");
    assertThat(vm.specErrorProperty().get()).isNotEmpty();
    assertThat(vm.distribution()).isEqualTo(before);
  }

  /** Issue 7, item 14: the model's "families command" pointer belongs to the command line. */
  @Test
  void anUnknownFamilyIsWordedForTheWindow() {
    vm.applySpec("foo(a=1)");
    assertThat(vm.specErrorProperty().get())
        .startsWith("unknown family \"foo\": the Family list above has all 26")
        .doesNotContain("command");
  }

  /** Issue 7, item 7: building a distribution and its summary never runs on the FX thread. */
  @Test
  void theDistributionAndItsSummaryAreComputedThroughTheRunnerNewestFirst() {
    HeldTaskRunner held = new HeldTaskRunner();
    ExplorerViewModel slow = new ExplorerViewModel(Families.normal(), held);
    ParameterViewModel mean = parameter(slow, "mean");
    Distribution before = slow.distribution();

    mean.sliderValueProperty().set(1);
    mean.sliderValueProperty().set(2);
    mean.sliderValueProperty().set(3);
    assertThat(slow.distribution()).isEqualTo(before);
    assertThat(slow.busyProperty().get()).isTrue();
    assertThat(held.waiting()).isEqualTo(1);

    held.releaseNext(); // the first request, then the newest (3) replaced 2 while it ran
    assertThat(slow.distribution().parameter("mean")).isEqualTo(1);
    held.releaseAll();
    assertThat(slow.distribution().parameter("mean")).isEqualTo(3);
    assertThat(slow.summaryProperty().get().distribution()).isEqualTo(slow.distribution());
    assertThat(slow.busyProperty().get()).isFalse();
    assertThat(held.submitted()).isLessThanOrEqualTo(4);
  }
}
