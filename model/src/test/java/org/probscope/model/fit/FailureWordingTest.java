package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The failure reasons that name one offending value say which one: the smallest. */
class FailureWordingTest {

  @Test
  void paretoBelowAFixedScaleNamesTheSmallestAndCountsThem() {
    FitProblem p = MleTestData.problem("pareto", FixedParameters.none().with("scale", 2));
    Estimation e = MleTestData.formula(p, MleTestData.data(new double[] {0.5, 1, 3, 4}));
    FitFailure f = e.failure().orElseThrow();
    assertThat(f.detail())
        .contains("2 distinct values lie below")
        .contains("(the smallest is 0.5)");
    assertThat(f.offending()).isEqualTo(2);
  }

  @Test
  void valuesOutsideFixedBoundsNameTheSmallest() {
    FitFailure f =
        Bounds.check(0, 1, MleTestData.data(new double[] {-3, -1, 0.5, 2}))
            .orElseThrow()
            .failure()
            .orElseThrow();
    assertThat(f.detail()).contains("outside the fixed [0, 1] (the smallest is -3)");
  }

  @Test
  void aValueOutsideTheSupportIsWrittenAsInASpec() {
    // before, "(the smallest is 2.8081080223010094E299)", Java's notation, not the spec's
    FitResult r =
        Fitter.fit(
            org.probscope.model.distribution.Families.byName("beta").orElseThrow(),
            MleTestData.data(new double[] {2.8081080223010094e299, 3e299}),
            FitOptions.defaults());
    assertThat(r.status()).endsWith("(the smallest is 2.8081080223010094e299)");
  }
}
