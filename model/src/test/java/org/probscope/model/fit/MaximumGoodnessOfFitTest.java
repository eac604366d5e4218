package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.probscope.model.distribution.Families;

/** Maximum goodness of fit beyond the R references: refusals, weights, the thinned path. */
class MaximumGoodnessOfFitTest {

  @Test
  void discreteFamiliesAreRefused() {
    FitData data = MethodSamples.draw("poisson(mean=3)", 100, 1);
    FitFailure f =
        new MaximumGoodnessOfFit(MgeDistance.CVM)
            .estimate(FitProblem.allFree(Families.byName("poisson").orElseThrow()), data)
            .failure()
            .orElseThrow();
    assertThat(f.reason()).isEqualTo(FitFailure.Reason.NOT_AVAILABLE);
    assertThat(f.detail()).contains("continuous families only");
  }

  @ParameterizedTest
  @EnumSource(
      value = MgeDistance.class,
      names = {"CVM", "AD"})
  void integerWeightsFitAsTheRepeatedSample(MgeDistance kind) {
    double[] values = {0.4, 0.8, 1.1, 1.5, 2.0, 2.6, 3.3, 4.1, 5.9, 8.2};
    double[] weights = {3, 5, 7, 9, 8, 6, 4, 3, 2, 1};
    FitData weighted = FitData.weighted(values, weights);
    FitData expanded =
        FitData.of(org.probscope.model.sample.Sample.of("x", FitData.expand(weighted)));
    FitProblem problem = FitProblem.allFree(Families.byName("gamma").orElseThrow());
    MaximumGoodnessOfFit mge = new MaximumGoodnessOfFit(kind);
    double[] a = mge.estimate(problem, weighted).values();
    double[] b = mge.estimate(problem, expanded).values();
    FitMethodsReferenceTest.assertClose(a, b, 1e-7);
  }

  @Test
  void largeSamplesAreRefinedOnEveryValue() {
    FitData data = MethodSamples.draw("weibull(shape=1.5, scale=2)", 30_000, 5);
    assertThat(data.distinct()).isGreaterThan(NumericMle.THIN_ABOVE);
    FitProblem problem = FitProblem.allFree(Families.byName("weibull").orElseThrow());
    MaximumGoodnessOfFit mge = new MaximumGoodnessOfFit(MgeDistance.CVM);
    double[] fit = mge.estimate(problem, data).values();
    double at = mge.distance(problem, data, fit);
    // a stationary point of the full-data distance: no coordinate step of 1e-6 relative improves it
    for (int i = 0; i < fit.length; i++) {
      for (double sign : new double[] {-1, 1}) {
        double[] moved = fit.clone();
        moved[i] *= 1 + sign * 1e-6;
        assertThat(mge.distance(problem, data, moved)).isGreaterThanOrEqualTo(at * (1 - 1e-12));
      }
    }
    assertThat(fit[0]).isCloseTo(1.5, within(0.05));
  }
}
