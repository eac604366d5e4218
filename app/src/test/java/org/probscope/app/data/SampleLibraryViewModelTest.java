package org.probscope.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.app.sample.SampleViewModel;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.sample.Sample;

class SampleLibraryViewModelTest {

  private final SampleViewModel sampler =
      new SampleViewModel(
          new SameThreadTaskRunner(),
          new SimpleObjectProperty<>(DistributionSpec.parse("normal(mean=0, sd=1)").orElseThrow()));
  private final SampleLibraryViewModel library = new SampleLibraryViewModel(sampler);

  private static NamedSample loaded(String name, double... values) {
    return new NamedSample(
        name, SampleSnapshot.of(Sample.of(name, values), name), Optional.empty());
  }

  @Test
  void generatedSamplesJoinUnderTheirOriginAndBecomeActive() {
    sampler.sizeTextProperty().set("50");
    sampler.generate();
    sampler.nextSeed();
    assertThat(library.samples())
        .extracting(NamedSample::name)
        .containsExactly(
            "normal(mean=0, sd=1), n = 50, seed 1", "normal(mean=0, sd=1), n = 50, seed 2");
    assertThat(library.activeProperty().get()).isEqualTo(library.samples().get(1));
  }

  @Test
  void activatingShowsTheSampleInTheSamplePanel() {
    List<NamedSample> added = library.addAndActivate(List.of(loaded("a", 1, 2), loaded("b", 3)));
    assertThat(library.activeProperty().get()).isEqualTo(added.get(0));
    library.activate(added.get(1));
    assertThat(sampler.sampleProperty().get()).isSameAs(added.get(1).snapshot());
    assertThat(library.activeProperty().get()).isEqualTo(added.get(1));
  }

  @Test
  void theReferenceIsAnotherSampleAndRemovingItClearsIt() {
    List<NamedSample> added = library.addAndActivate(List.of(loaded("a", 1, 2), loaded("b", 3)));
    library.setReference(added.get(1));
    assertThat(library.referenceProperty().get()).isEqualTo(added.get(1));
    assertThat(library.activeProperty().get()).isEqualTo(added.get(0));
    library.remove(added.get(1));
    assertThat(library.referenceProperty().get()).isNull();
    library.setReference(loaded("not in the list", 5));
    assertThat(library.referenceProperty().get()).isNull();
  }

  @Test
  void equalNamesAreNumbered() {
    List<NamedSample> added =
        library.addAndActivate(List.of(loaded("x", 1), loaded("x", 2), loaded("x", 3)));
    assertThat(added).extracting(NamedSample::name).containsExactly("x", "x (2)", "x (3)");
  }

  @Test
  void beyondTheLimitTheOldestUnusedSampleGoes() {
    List<NamedSample> first = library.addAndActivate(List.of(loaded("first", 1)));
    library.setReference(first.get(0));
    for (int k = 0; k < SampleLibraryViewModel.MAX_SAMPLES + 1; k++) {
      library.addAndActivate(List.of(loaded("s" + k, k)));
    }
    assertThat(library.samples()).hasSize(SampleLibraryViewModel.MAX_SAMPLES);
    assertThat(library.samples()).contains(first.get(0));
    assertThat(library.samples()).extracting(NamedSample::name).doesNotContain("s0");
  }

  @Test
  void removingTheActiveSampleActivatesTheNextOne() {
    List<NamedSample> added =
        library.addAndActivate(List.of(loaded("a", 1, 2), loaded("b", 3), loaded("c", 4)));
    library.activate(added.get(1));
    library.remove(added.get(1));
    assertThat(library.activeProperty().get()).isEqualTo(added.get(2));
    assertThat(sampler.sampleProperty().get()).isSameAs(added.get(2).snapshot());
    library.remove(added.get(2));
    assertThat(library.activeProperty().get()).isEqualTo(added.get(0));
    assertThat(sampler.sampleProperty().get()).isSameAs(added.get(0).snapshot());
  }

  @Test
  void removingEverySampleClearsTheSampleEverywhere() {
    sampler.sizeTextProperty().set("50");
    sampler.generate();
    List<NamedSample> added = library.addAndActivate(List.of(loaded("a", 1, 2)));
    library.setReference(library.samples().get(0));
    for (NamedSample s : List.copyOf(library.samples())) {
      library.remove(s);
    }
    assertThat(added).hasSize(1);
    assertThat(library.samples()).isEmpty();
    assertThat(library.activeProperty().get()).isNull();
    assertThat(library.referenceProperty().get()).isNull();
    assertThat(sampler.sampleProperty().get()).isNull();
    assertThat(sampler.currentSample()).isNull();
  }

  @Test
  void removingTheActiveSampleDoesNotCompareTheNextWithItself() {
    List<NamedSample> added = library.addAndActivate(List.of(loaded("a", 1), loaded("b", 2)));
    library.setReference(added.get(1));
    library.remove(added.get(0));
    assertThat(library.activeProperty().get()).isEqualTo(added.get(1));
    assertThat(library.referenceProperty().get()).isNull();
  }
}
