package org.probscope.app.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.app.data.NamedSample;
import org.probscope.app.plot.PlotLayer;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.model.sample.Sample;

class CompareViewModelTest {

  private final SimpleObjectProperty<NamedSample> active = new SimpleObjectProperty<>();
  private final SimpleObjectProperty<NamedSample> reference = new SimpleObjectProperty<>();
  private final CompareViewModel vm =
      new CompareViewModel(new SameThreadTaskRunner(), active, reference);

  private static NamedSample sample(String name, double... values) {
    return new NamedSample(
        name, SampleSnapshot.of(Sample.of(name, values), name), Optional.empty());
  }

  /*
   * Reference values: scipy 1.17,
   *   a = [0.1, 0.4, 0.7, 1.2, 1.5]; b = [0.9, 1.3, 1.8, 2.2, 2.5, 3.0]
   *   stats.ks_2samp(a, b) -> statistic 0.6666666666666666, pvalue 0.10822510822510821,
   *                           statistic_location 1.5
   *   stats.cramervonmises_2samp(a, b) -> statistic 0.5454545454545456, pvalue 0.03896103896103896
   *   stats.wasserstein_distance(a, b) -> 1.1700000000000002
   * Tolerance 1e-12: both sides compute these exactly up to a few roundings.
   */
  private final NamedSample a = sample("a", 0.1, 0.4, 0.7, 1.2, 1.5);
  private final NamedSample b = sample("b", 0.9, 1.3, 1.8, 2.2, 2.5, 3.0);

  @Test
  void comparesTheActiveSampleWithTheReference() {
    active.set(a);
    reference.set(b);

    CompareViewModel.ComparedPair pair = vm.comparedProperty().get();
    assertThat(pair.active()).isEqualTo(a);
    assertThat(pair.comparison().kolmogorovSmirnov().statistic())
        .isCloseTo(0.6666666666666666, within(1e-12));
    assertThat(pair.comparison().kolmogorovSmirnov().pValue())
        .isCloseTo(0.10822510822510821, within(1e-12));
    assertThat(pair.comparison().cramerVonMises().orElseThrow().pValue())
        .isCloseTo(0.03896103896103896, within(1e-12));
    assertThat(pair.comparison().distances().wasserstein1())
        .isCloseTo(1.1700000000000002, within(1e-12));
    assertThat(vm.rows())
        .extracting(ComparisonRow::figure)
        .containsExactly(
            "Kolmogorov–Smirnov D",
            "Anderson–Darling k-sample",
            "Cramér–von Mises",
            "Wasserstein-1",
            "Wasserstein-2",
            "Energy distance");
    ComparisonRow ks = vm.rows().get(0);
    assertThat(ks.value()).isEqualTo("0.6667");
    assertThat(ks.pValue()).isEqualTo("0.108 (exact)");
    assertThat(vm.rows()).allSatisfy(row -> assertThat(row.explanation()).isNotBlank());
    assertThat(vm.messageProperty().get()).isEmpty();
  }

  @Test
  void thePlotMarksTheLargestGapWhereScipyPutsIt() {
    active.set(a);
    reference.set(b);
    var layers = ComparePlots.of(vm.comparedProperty().get()).layers();
    assertThat(layers).filteredOn(l -> l instanceof PlotLayer.EcdfSteps).hasSize(2);
    PlotLayer.Marker gap =
        layers.stream()
            .filter(l -> l instanceof PlotLayer.Marker)
            .map(PlotLayer.Marker.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(gap.x()).isEqualTo(1.5);
    assertThat(gap.y1()).isEqualTo(1.0); // all 5 values of a are <= 1.5
    assertThat(gap.y2()).isCloseTo(2.0 / 6, within(1e-15)); // 0.9 and 1.3 of b
  }

  @Test
  void withoutAReferenceItSaysWhatToDoAndShowsNothing() {
    active.set(a);
    assertThat(vm.comparedProperty().get()).isNull();
    assertThat(vm.rows()).isEmpty();
    assertThat(vm.messageProperty().get()).startsWith("Choose a reference sample");

    reference.set(b);
    assertThat(vm.rows()).hasSize(6);
    reference.set(null);
    assertThat(vm.rows()).isEmpty();
    assertThat(vm.comparedProperty().get()).isNull();
  }

  @Test
  void aSampleIsNotComparedWithItself() {
    active.set(a);
    reference.set(a);
    assertThat(vm.comparedProperty().get()).isNull();
    assertThat(vm.messageProperty().get()).startsWith("The reference is the active sample");
  }

  @Test
  void undefinedFiguresSayWhy() {
    active.set(sample("one", 1.0));
    reference.set(sample("two", 2.0, 3.0));
    ComparisonRow ad = vm.rows().get(1);
    ComparisonRow cvm = vm.rows().get(2);
    assertThat(ad.value()).isEqualTo("undefined");
    assertThat(ad.explanation()).contains("at least 4 values");
    assertThat(cvm.value()).isEqualTo("undefined");
    assertThat(cvm.explanation()).contains("at least two values in each sample");
  }
}
