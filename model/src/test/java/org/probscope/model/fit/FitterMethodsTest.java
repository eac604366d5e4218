package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;

/** {@link Fitter} with the methods other than maximum likelihood, over every family. */
class FitterMethodsTest {

  private static final FitData GAMMA_DATA =
      MethodSamples.draw("gamma(shape=2.5, scale=1.2)", 200, 9);
  private static final FitData COUNTS = MethodSamples.draw("poisson(mean=4)", 200, 10);

  @Test
  void normalByEachMethod() {
    FitData data = MethodSamples.draw("normal(mean=5, sd=2)", 300, 3);
    FitResult mm =
        Fitter.fit(Families.normal(), data, FitOptions.defaults().withMethod(FitMethod.MOMENTS));
    assertThat(mm.isOk()).isTrue();
    assertThat(mm.method()).isEqualTo(FitMethod.MOMENTS);
    assertThat(mm.parameters().get(0).value()).isEqualTo(data.mean());
    assertThat(mm.parameters().get(1).value()).isEqualTo(Math.sqrt(data.variance()));
    FitResult qme =
        Fitter.fit(
            Families.normal(),
            data,
            FitOptions.defaults()
                .withMethod(FitMethod.QUANTILES)
                .withProbabilities(List.of(0.1, 0.9)));
    assertThat(qme.isOk()).isTrue();
    assertThat(qme.distribution().orElseThrow().quantile(0.9))
        .isCloseTo(data.quantile(0.9), within(1e-12));
    for (MgeDistance d : MgeDistance.values()) {
      FitResult mge =
          Fitter.fit(
              Families.normal(),
              data,
              FitOptions.defaults().withMethod(FitMethod.GOODNESS_OF_FIT).withDistance(d));
      assertThat(mge.isOk()).as(d.code()).isTrue();
      assertThat(mge.parameters().get(0).value()).isCloseTo(5, within(0.5));
    }
  }

  @Test
  void sensibleFailures() {
    FitData data = MethodSamples.draw("cauchy(location=0, scale=1)", 100, 4);
    FitResult cauchy =
        Fitter.fit(
            Families.byName("cauchy").orElseThrow(),
            data,
            FitOptions.defaults().withMethod(FitMethod.MOMENTS));
    assertThat(cauchy.isOk()).isFalse();
    assertThat(cauchy.failure().orElseThrow().reason()).isEqualTo(FitFailure.Reason.NOT_AVAILABLE);
    assertThat(cauchy.status()).contains("no mean");

    FitResult poisson =
        Fitter.fit(
            Families.byName("poisson").orElseThrow(),
            COUNTS,
            FitOptions.defaults().withMethod(FitMethod.GOODNESS_OF_FIT));
    assertThat(poisson.failure().orElseThrow().reason()).isEqualTo(FitFailure.Reason.NOT_AVAILABLE);
    assertThat(poisson.status()).contains("discrete");

    FitResult probabilities =
        Fitter.fit(
            Families.normal(),
            data,
            FitOptions.defaults()
                .withMethod(FitMethod.QUANTILES)
                .withProbabilities(List.of(0.2, 0.5, 0.8)));
    assertThat(probabilities.status()).contains("2 free, 3 given");
  }

  /** Every family, every method: a result or a reason, never an exception or a NaN. */
  @ParameterizedTest
  @EnumSource(FitMethod.class)
  void everyFamilyGivesAResultOrAReason(FitMethod method) {
    FitOptions options = FitOptions.defaults().withMethod(method);
    for (Family family : Families.all()) {
      FitData data = family.isDiscrete() ? COUNTS : GAMMA_DATA;
      if (family.name().equals("beta")) {
        data = MethodSamples.draw("beta(alpha=2, beta=3)", 200, 12);
      }
      FitResult r = Fitter.fit(family, data, options);
      if (r.isOk()) {
        for (ParameterEstimate p : r.parameters()) {
          assertThat(p.value()).as(family.name() + " " + p.name()).isFinite();
        }
        assertThat(r.logLikelihood()).as(family.name()).isFinite();
      } else {
        assertThat(r.failure().orElseThrow().detail()).as(family.name()).isNotBlank();
      }
    }
  }

  @Test
  void gammaFitsByEveryMethod() {
    Family gamma = Families.byName("gamma").orElseThrow();
    for (FitMethod method : FitMethod.values()) {
      FitResult r = Fitter.fit(gamma, GAMMA_DATA, FitOptions.defaults().withMethod(method));
      assertThat(r.isOk()).as(method.code()).isTrue();
      assertThat(r.parameters().get(0).value()).as(method.code()).isCloseTo(2.5, within(1.0));
    }
  }

  @Test
  void weightedDataUseWeightedMomentsQuantilesAndEcdf() {
    double[] values = {0.5, 1.2, 1.9, 2.4, 3.3, 4.0, 5.6, 7.1};
    double[] weights = {0.7, 2.5, 3.1, 2.2, 1.6, 1.1, 0.6, 0.3};
    FitData data = FitData.weighted(values, weights);
    Family gamma = Families.byName("gamma").orElseThrow();
    FitResult mm = Fitter.fit(gamma, data, FitOptions.defaults().withMethod(FitMethod.MOMENTS));
    assertThat(mm.isOk()).isTrue();
    assertThat(mm.distribution().orElseThrow().mean()).isCloseTo(data.mean(), within(1e-12));
    assertThat(mm.distribution().orElseThrow().variance())
        .isCloseTo(data.variance(), within(1e-12));
    FitResult qme = Fitter.fit(gamma, data, FitOptions.defaults().withMethod(FitMethod.QUANTILES));
    assertThat(qme.distribution().orElseThrow().quantile(1.0 / 3))
        .isCloseTo(data.quantile(1.0 / 3), within(1e-9));
    FitResult mge =
        Fitter.fit(gamma, data, FitOptions.defaults().withMethod(FitMethod.GOODNESS_OF_FIT));
    assertThat(mge.isOk()).isTrue();
    assertThat(mge.testsUnavailable()).isPresent();
  }

  @Test
  void goodnessOfFitWithAFixedParameterMovesOnlyTheOther() {
    Family gamma = Families.byName("gamma").orElseThrow();
    FitOptions options =
        FitOptions.defaults()
            .withMethod(FitMethod.GOODNESS_OF_FIT)
            .withDistance(MgeDistance.AD)
            .withFixed(FixedParameters.none().with("shape", 2.5));
    FitResult r = Fitter.fit(gamma, GAMMA_DATA, options);
    assertThat(r.isOk()).isTrue();
    assertThat(r.parameters().get(0).value()).isEqualTo(2.5);
    assertThat(r.parameters().get(0).fixed()).isTrue();
    assertThat(r.freeParameters()).isEqualTo(1);
    // the AD distance does not fall by moving the scale 1e-6 either way
    MaximumGoodnessOfFit mge = new MaximumGoodnessOfFit(MgeDistance.AD);
    FitProblem problem = FitProblem.of(gamma, options.fixed()).orElseThrow();
    double scale = r.parameters().get(1).value();
    double at = mge.distance(problem, GAMMA_DATA, new double[] {2.5, scale});
    for (double f : new double[] {1 - 1e-6, 1 + 1e-6}) {
      assertThat(mge.distance(problem, GAMMA_DATA, new double[] {2.5, scale * f}))
          .isGreaterThanOrEqualTo(at);
    }
  }
}
