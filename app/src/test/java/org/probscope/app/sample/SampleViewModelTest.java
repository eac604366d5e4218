package org.probscope.app.sample;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;

class SampleViewModelTest {

  private final SimpleObjectProperty<Distribution> source =
      new SimpleObjectProperty<>(DistributionSpec.parse("normal(mean=0, sd=1)").orElseThrow());
  private final SampleViewModel vm = new SampleViewModel(new SameThreadTaskRunner(), source);

  @Test
  void drawsASeededSampleWithItsHistogram() {
    vm.sizeTextProperty().set("500");
    vm.seedTextProperty().set("42");
    vm.generate();
    SampleSnapshot first = vm.sampleProperty().get();
    assertThat(first.sample().size()).isEqualTo(500);
    assertThat(first.origin()).isEqualTo("normal(mean=0, sd=1), n = 500, seed 42");
    assertThat(first.histogram().bins()).isGreaterThan(1);

    vm.generate();
    assertThat(vm.sampleProperty().get().sample().sortedValues())
        .containsExactly(first.sample().sortedValues());
  }

  @Test
  void theSampleStaysWhenTheSourceMoves() {
    vm.generate();
    double[] before = vm.currentSample().sortedValues();
    source.set(DistributionSpec.parse("normal(mean=5, sd=1)").orElseThrow());
    assertThat(vm.currentSample().sortedValues()).containsExactly(before);
  }

  @Test
  void nextSeedDrawsADifferentSample() {
    vm.generate();
    double[] before = vm.currentSample().sortedValues();
    vm.nextSeed();
    assertThat(vm.seedTextProperty().get()).isEqualTo("2");
    assertThat(vm.currentSample().sortedValues()).isNotEqualTo(before);
  }

  @Test
  void badSizeOrSeedIsRefusedWithAMessageAndKeepsTheSample() {
    vm.generate();
    SampleSnapshot kept = vm.sampleProperty().get();
    vm.sizeTextProperty().set("ten");
    vm.generate();
    assertThat(vm.errorProperty().get()).isEqualTo("n must be a whole number, not \"ten\"");
    vm.sizeTextProperty().set("0");
    vm.generate();
    assertThat(vm.errorProperty().get()).startsWith("n must be between 1 and");
    vm.sizeTextProperty().set("10");
    vm.seedTextProperty().set("99999999999999999999");
    vm.generate();
    assertThat(vm.errorProperty().get())
        .isEqualTo("the seed must fit in 64 bits, not 99999999999999999999");
    assertThat(vm.sampleProperty().get()).isSameAs(kept);
  }
}
