package org.probscope.app.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.model.distribution.AffineDistribution;
import org.probscope.model.distribution.AffineFamily;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.SummaryFigure;

/** The explorer with an affine distribution: pasted, shown by the Fit tab, edited, left. */
class AffineExplorerViewModelTest {

  private static final String T = "affine(studentt(df=3), shift=1, scale=2)";

  private final ExplorerViewModel vm =
      new ExplorerViewModel(Families.normal(), new SameThreadTaskRunner());

  private ParameterViewModel parameter(String name) {
    return vm.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  private double figure(String name) {
    return vm.summaryProperty().get().figures().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow()
        .value();
  }

  @Test
  void aPastedAffineSpecGivesTheBasesSlidersThenShiftAndScale() {
    vm.applySpec(T);

    assertThat(vm.specErrorProperty().get()).isEmpty();
    assertThat(vm.distribution().spec()).isEqualTo(T);
    assertThat(vm.spec()).isEqualTo(T);
    assertThat(AffineFamily.baseOf(vm.familyProperty().get()))
        .contains(Families.byName("studentt").orElseThrow());
    assertThat(vm.familyProperty().get().label()).isEqualTo("Student's t, shifted and scaled");
    assertThat(vm.parameters())
        .extracting(ParameterViewModel::name)
        .containsExactly("df", "shift", "scale");
    assertThat(vm.parameters())
        .extracting(ParameterViewModel::value)
        .containsExactly(3.0, 1.0, 2.0);
    // studentt(3): mean 0, variance 3; X = 1 + 2Y
    assertThat(figure("Mean")).isEqualTo(1);
    assertThat(figure("Variance")).isEqualTo(12);
    assertThat(vm.bodyProperty().get().lower()).isLessThan(1);
    assertThat(vm.bodyProperty().get().upper()).isGreaterThan(1);
  }

  @Test
  void theSlidersEditTheAffineDistribution() {
    vm.applySpec(T);

    parameter("shift").sliderValueProperty().set(2.5);
    parameter("scale").sliderValueProperty().set(0.5);
    parameter("df").sliderValueProperty().set(7);

    assertThat(vm.distribution().spec()).isEqualTo("affine(studentt(df=7), shift=2.5, scale=0.5)");
    assertThat(figure("Mean")).isEqualTo(2.5);
    assertThat(vm.problemProperty().get()).isEmpty();
  }

  @Test
  void aScaleThatIsNotPositiveIsShownAtItsFieldAndChangesNothing() {
    vm.applySpec(T);
    ParameterViewModel scale = parameter("scale");

    scale.textProperty().set("-1");
    scale.commit();

    assertThat(vm.distribution().spec()).isEqualTo(T);
    assertThat(scale.errorProperty().get()).contains("scale must be > 0");
  }

  @Test
  void showTakesADistributionAsTheFitTabHandsItOver() {
    Distribution fit =
        AffineDistribution.of(DistributionSpec.parse("studentt(df=3.2)").orElseThrow(), 1.1, 0.8)
            .orElseThrow();

    vm.show(fit);

    assertThat(vm.distribution()).isEqualTo(fit);
    assertThat(vm.spec()).isEqualTo("affine(studentt(df=3.2), shift=1.1, scale=0.8)");
    assertThat(vm.parameters())
        .extracting(ParameterViewModel::value)
        .containsExactly(3.2, 1.1, 0.8);
    assertThat(vm.summaryProperty().get().distribution()).isEqualTo(fit);
    assertThat(vm.summaryProperty().get().figures())
        .extracting(SummaryFigure::name)
        .contains("Mean", "Variance", "Entropy");
  }

  @Test
  void showAlsoTakesACatalogueDistribution() {
    Distribution gamma = DistributionSpec.parse("gamma(shape=3, scale=2)").orElseThrow();

    vm.show(gamma);

    assertThat(vm.distribution()).isEqualTo(gamma);
    assertThat(vm.familyProperty().get()).isSameAs(gamma.family());
    assertThat(vm.parameters())
        .extracting(ParameterViewModel::name)
        .containsExactly("shape", "scale");
  }

  @Test
  void pickingAFamilyLeavesTheAffineForm() {
    vm.applySpec(T);

    vm.familyProperty().set(Families.byName("gamma").orElseThrow());

    assertThat(vm.distribution().spec()).isEqualTo("gamma(shape=2, scale=1)");
    assertThat(vm.parameters())
        .extracting(ParameterViewModel::name)
        .containsExactly("shape", "scale");
    assertThat(vm.families()).noneMatch(AffineFamily::isAffine);
    assertThat(vm.pickerFamilies()).isEqualTo(Families.all());
  }

  @Test
  void thePickerListsTheAffineFamilyFirstWhileItIsShown() {
    vm.applySpec(T);
    assertThat(vm.pickerFamilies()).hasSize(Families.all().size() + 1);
    assertThat(vm.pickerFamilies().get(0)).isSameAs(vm.familyProperty().get());
    assertThat(vm.pickerFamilies().subList(1, vm.pickerFamilies().size()))
        .isEqualTo(Families.all());

    vm.applySpec("affine(chisquared(df=4), shift=-1, scale=0.5)");
    assertThat(vm.pickerFamilies()).hasSize(Families.all().size() + 1);
    assertThat(vm.pickerFamilies().get(0).label()).isEqualTo("Chi-squared, shifted and scaled");

    vm.applySpec("normal(mean=1, sd=2)");
    assertThat(vm.pickerFamilies()).isEqualTo(Families.all());
  }

  @Test
  void anAffineBaseWithItsOwnScaleListsItUnderItsFamilysName() {
    vm.applySpec("affine(gamma(shape=2, scale=3), shift=-1, scale=0.5)");

    assertThat(vm.parameters())
        .extracting(ParameterViewModel::name)
        .containsExactly("shape", "gammascale", "shift", "scale");
    parameter("gammascale").sliderValueProperty().set(4);
    assertThat(vm.distribution().spec())
        .isEqualTo("affine(gamma(shape=2, scale=4), shift=-1, scale=0.5)");
  }

  @Test
  void aRefusedAffineSpecSaysWhyAndChangesNothing() {
    vm.applySpec("affine(poisson(mean=2))");

    assertThat(vm.specErrorProperty().get()).contains("affine takes a continuous distribution");
    assertThat(vm.distribution().spec()).isEqualTo("normal(mean=0, sd=1)");

    vm.applySpec("affine(gaussian)");
    assertThat(vm.specErrorProperty().get()).contains("unknown family \"gaussian\"");
  }
}
