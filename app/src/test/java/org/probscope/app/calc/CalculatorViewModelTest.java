package org.probscope.app.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.probscope.app.calc.CalculatorViewModel.Mode;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;

class CalculatorViewModelTest {

  private final SimpleObjectProperty<Distribution> distribution =
      new SimpleObjectProperty<>(DistributionSpec.parse("normal(mean=0, sd=1)").orElseThrow());
  private final CalculatorViewModel vm = new CalculatorViewModel(distribution);

  @Test
  void lowerTailWithShadeAndSignificantDigits() {
    // scipy.stats.norm.cdf(1.96) = 0.9750021048517795
    vm.xProperty().set("1.96");
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
    vm.xProperty().set("30");
    assertThat(vm.resultProperty().get()).isCloseTo(4.906713927148187e-198, within(1e-210));
    assertThat(vm.resultTextProperty().get()).isEqualTo("4.90671e-198");
  }

  @Test
  void intervalProbability() {
    // scipy.stats.norm.cdf(1) - scipy.stats.norm.cdf(-1) = 0.6826894921370859
    vm.modeProperty().set(Mode.BETWEEN);
    vm.xProperty().set("-1");
    vm.bProperty().set("1");
    assertThat(vm.resultProperty().get()).isCloseTo(0.6826894921370859, within(1e-15));
    vm.xProperty().set("2");
    assertThat(vm.errorProperty().get()).isEqualTo("a must not exceed b");
    assertThat(vm.resultTextProperty().get()).isEmpty();
    assertThat(vm.shadeProperty().get()).isNull();
  }

  @Test
  void inverseGivesTheQuantileAndRejectsBadProbabilities() {
    // scipy.stats.norm.ppf(0.975) = 1.959963984540054
    vm.modeProperty().set(Mode.QUANTILE);
    vm.pProperty().set("0.975");
    assertThat(vm.resultProperty().get()).isCloseTo(1.959963984540054, within(1e-14));
    vm.pProperty().set("1.5");
    assertThat(vm.errorProperty().get()).isEqualTo("p must be in [0, 1]");
    vm.pProperty().set("x");
    assertThat(vm.errorProperty().get()).contains("must be a number");
  }

  @Test
  void followsTheDistribution() {
    vm.xProperty().set("0");
    distribution.set(DistributionSpec.parse("normal(mean=1, sd=1)").orElseThrow());
    // scipy.stats.norm.cdf(0, loc=1) = 0.15865525393145707
    assertThat(vm.resultProperty().get()).isCloseTo(0.15865525393145707, within(1e-15));
  }
}
