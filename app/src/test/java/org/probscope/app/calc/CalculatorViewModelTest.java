package org.probscope.app.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.probscope.app.calc.CalculatorViewModel.Mode;
import org.probscope.app.common.HeldTaskRunner;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;

class CalculatorViewModelTest {

  private final SimpleObjectProperty<Distribution> distribution =
      new SimpleObjectProperty<>(DistributionSpec.parse("normal(mean=0, sd=1)").orElseThrow());
  private final CalculatorViewModel vm =
      new CalculatorViewModel(distribution, new SameThreadTaskRunner());

  private void type(javafx.beans.property.StringProperty field, String text) {
    field.set(text);
    vm.commit();
  }

  @Test
  void lowerTailWithShadeAndSignificantDigits() {
    // scipy.stats.norm.cdf(1.96) = 0.9750021048517795
    type(vm.xProperty(), "1.96");
    assertThat(vm.resultProperty().get()).isCloseTo(0.9750021048517795, within(1e-15));
    assertThat(vm.resultTextProperty().get()).isEqualTo("0.975002");
    vm.digitsProperty().set(3);
    assertThat(vm.resultTextProperty().get()).isEqualTo("0.975");
    assertThat(vm.fullPrecisionText()).isEqualTo(Double.toString(vm.resultProperty().get()));
    assertThat(vm.shadeProperty().get().upper()).isEqualTo(1.96);
    assertThat(vm.shadeProperty().get().lower()).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void upperTailKeepsFarTailDigits() {
    // scipy.stats.norm.sf(30) = 4.906713927148187e-198
    vm.modeProperty().set(Mode.ABOVE);
    type(vm.xProperty(), "30");
    assertThat(vm.resultProperty().get()).isCloseTo(4.906713927148187e-198, within(1e-210));
    assertThat(vm.resultTextProperty().get()).isEqualTo("4.90671e-198");
  }

  @Test
  void intervalProbability() {
    // scipy.stats.norm.cdf(1) - scipy.stats.norm.cdf(-1) = 0.6826894921370859
    vm.modeProperty().set(Mode.BETWEEN);
    type(vm.aProperty(), "-1");
    type(vm.bProperty(), "1");
    assertThat(vm.resultProperty().get()).isCloseTo(0.6826894921370859, within(1e-15));
    type(vm.aProperty(), "2");
    assertThat(vm.errorProperty().get()).isEqualTo("a must not exceed b");
    assertThat(vm.resultTextProperty().get()).isEmpty();
    assertThat(vm.shadeProperty().get()).isNull();
  }

  @Test
  void inverseGivesTheQuantileAndRejectsBadProbabilities() {
    // scipy.stats.norm.ppf(0.975) = 1.959963984540054
    vm.modeProperty().set(Mode.QUANTILE);
    type(vm.pProperty(), "0.975");
    assertThat(vm.resultProperty().get()).isCloseTo(1.959963984540054, within(1e-14));
    type(vm.pProperty(), "1.5");
    assertThat(vm.errorProperty().get()).isEqualTo("p must be in [0, 1]");
    type(vm.pProperty(), "x");
    assertThat(vm.errorProperty().get()).contains("must be a number");
  }

  @Test
  void followsTheDistribution() {
    type(vm.xProperty(), "0");
    distribution.set(DistributionSpec.parse("normal(mean=1, sd=1)").orElseThrow());
    // scipy.stats.norm.cdf(0, loc=1) = 0.15865525393145707
    assertThat(vm.resultProperty().get()).isCloseTo(0.15865525393145707, within(1e-15));
  }

  /** Issue 7, item 8: keystrokes are drafts; only a committed input is answered. */
  @Test
  void typingWithoutCommittingChangesNothing() {
    type(vm.xProperty(), "1.96");
    vm.xProperty().set("1");
    assertThat(vm.resultTextProperty().get()).isEqualTo("0.975002");
    vm.commit();
    assertThat(vm.resultTextProperty().get()).isEqualTo("0.841345");
  }

  /**
   * Issue 7, item 14: the interval mode used to start at a = 1.96 (the x typed), b = 1: an error.
   */
  @Test
  void theIntervalStartsAtTheQuartilesWhateverXWas() {
    type(vm.xProperty(), "1.96");
    vm.modeProperty().set(Mode.BETWEEN);
    assertThat(vm.errorProperty().get()).isEmpty();
    // scipy.stats.norm.ppf([0.25, 0.75]) = [-0.6744897501960817, 0.6744897501960817]
    assertThat(vm.aProperty().get()).isEqualTo("-0.6745");
    assertThat(vm.bProperty().get()).isEqualTo("0.6745");
    assertThat(vm.resultProperty().get()).isCloseTo(0.5, within(1e-4));
    vm.modeProperty().set(Mode.AT_OR_BELOW);
    assertThat(vm.resultTextProperty().get()).isEqualTo("0.975002");
  }

  /** Issue 7, item 7: the answer is computed through the runner and marked stale meanwhile. */
  @Test
  void theAnswerIsComputedOffTheFxThreadAndLooksStaleMeanwhile() {
    HeldTaskRunner held = new HeldTaskRunner();
    CalculatorViewModel slow = new CalculatorViewModel(distribution, held);
    held.releaseAll();
    assertThat(slow.resultTextProperty().get()).isEqualTo("0.5");
    distribution.set(DistributionSpec.parse("normal(mean=1, sd=1)").orElseThrow());
    assertThat(slow.staleProperty().get()).isTrue();
    assertThat(slow.resultTextProperty().get()).isEqualTo("0.5");
    held.releaseAll();
    assertThat(slow.staleProperty().get()).isFalse();
    assertThat(slow.resultTextProperty().get()).isEqualTo("0.158655");
  }

  @Test
  void aFamilyChangeStartsTheIntervalAtTheNewQuartilesAndAParameterMoveKeepsIt() {
    distribution.set(DistributionSpec.parse("gamma(shape=9, scale=3)").orElseThrow());
    vm.modeProperty().set(Mode.BETWEEN);
    vm.aProperty().set("18.36");
    vm.bProperty().set("34.2");
    vm.commit();
    distribution.set(DistributionSpec.parse("gamma(shape=9, scale=3.5)").orElseThrow());
    assertThat(vm.aProperty().get()).isEqualTo("18.36");
    assertThat(vm.bProperty().get()).isEqualTo("34.2");

    distribution.set(DistributionSpec.parse("normal(mean=0, sd=1)").orElseThrow());
    // scipy.stats.norm.ppf([0.25, 0.75]) = ±0.6744897501960817
    assertThat(Double.parseDouble(vm.aProperty().get())).isCloseTo(-0.6745, within(1e-4));
    assertThat(Double.parseDouble(vm.bProperty().get())).isCloseTo(0.6745, within(1e-4));
    assertThat(vm.resultProperty().get()).isCloseTo(0.5, within(1e-4));
  }

  @Test
  void aFamilyChangeInAnotherModeForgetsTheOldInterval() {
    vm.modeProperty().set(Mode.BETWEEN);
    vm.aProperty().set("18.36");
    vm.bProperty().set("34.2");
    vm.commit();
    vm.modeProperty().set(Mode.AT_OR_BELOW);
    distribution.set(DistributionSpec.parse("poisson(mean=3)").orElseThrow());
    vm.modeProperty().set(Mode.BETWEEN);
    // scipy.stats.poisson(3).ppf([0.25, 0.75]) = [2, 4]
    assertThat(vm.aProperty().get()).isEqualTo("2");
    assertThat(vm.bProperty().get()).isEqualTo("4");
  }
}
