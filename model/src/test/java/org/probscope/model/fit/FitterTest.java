package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;
import org.probscope.model.sample.Sample;

class FitterTest {

  private static double[] draw(String spec, int n, long seed) {
    return MethodSamples.values(spec, n, seed);
  }

  private static FitData data(double... x) {
    return FitData.of(Sample.of("x", x));
  }

  private static Family family(String name) {
    return Families.byName(name).orElseThrow();
  }

  @Test
  void valuesOutsideTheSupportMakeTheFamilyNotApplicableWithTheirCount() {
    FitResult r = Fitter.fit(family("gamma"), data(-1, -0.5, 0, 1, 2, 3), FitOptions.defaults());
    assertThat(r.isOk()).isFalse();
    FitFailure f = r.failure().orElseThrow();
    assertThat(f.reason()).isEqualTo(FitFailure.Reason.OUTSIDE_SUPPORT);
    assertThat(f.offending()).isEqualTo(3);
    assertThat(f.example()).isEqualTo(-1);
    assertThat(r.status())
        .startsWith("outside support: 3 values lie outside gamma's support (0, ∞)");
    assertThat(Double.isNaN(r.aic())).isTrue();
  }

  @Test
  void zerosAreOutsideALognormalButInsideAnExponential() {
    FitData d = data(0, 0, 1, 2, 3.5);
    assertThat(
            Fitter.fit(family("lognormal"), d, FitOptions.defaults())
                .failure()
                .orElseThrow()
                .offending())
        .isEqualTo(2);
    assertThat(Fitter.fit(family("exponential"), d, FitOptions.defaults()).isOk()).isTrue();
  }

  @Test
  void nonIntegersMakeADiscreteFamilyNotApplicable() {
    FitResult r = Fitter.fit(family("poisson"), data(1, 2, 2.5, 3, 3.25), FitOptions.defaults());
    assertThat(r.failure().orElseThrow().reason()).isEqualTo(FitFailure.Reason.NOT_INTEGER);
    assertThat(r.failure().orElseThrow().offending()).isEqualTo(2);
  }

  @Test
  void allEqualDataAndTooFewPointsHaveReasons() {
    assertThat(
            Fitter.fit(family("normal"), data(3, 3, 3), FitOptions.defaults())
                .failure()
                .orElseThrow()
                .reason())
        .isEqualTo(FitFailure.Reason.ALL_EQUAL);
    assertThat(
            Fitter.fit(family("normal"), data(3), FitOptions.defaults())
                .failure()
                .orElseThrow()
                .reason())
        .isEqualTo(FitFailure.Reason.TOO_FEW_POINTS);
  }

  @Test
  void aFixedParameterIsHeldAndNotCounted() {
    double[] x = draw("normal(mean=1, sd=3)", 400, 7);
    FitOptions o = FitOptions.defaults().withFixed(FixedParameters.of(Map.of("sd", 2.0)));
    FitResult r = Fitter.fit(family("normal"), data(x), o);
    assertThat(r.isOk()).isTrue();
    assertThat(r.freeParameters()).isEqualTo(1);
    assertThat(r.parameters().get(1).value()).isEqualTo(2.0);
    assertThat(r.parameters().get(1).fixed()).isTrue();
    assertThat(Double.isNaN(r.parameters().get(1).standardError())).isTrue();
    assertThat(r.parameters().get(0).value()).isCloseTo(mean(x), within(1e-9));
  }

  @Test
  void anInvalidFixedValueIsAReasonNotAnException() {
    FitOptions o = FitOptions.defaults().withFixed(FixedParameters.of(Map.of("sd", -1.0)));
    FitResult r = Fitter.fit(family("normal"), data(1, 2, 3), o);
    assertThat(r.failure().orElseThrow().reason()).isEqualTo(FitFailure.Reason.INVALID_FIXED);
    // a name the family lacks is ignored for it
    assertThat(Fitter.fit(family("poisson"), data(1, 2, 3), o).isOk()).isTrue();
  }

  @Test
  void theNumericalOptimumOfANormalIsItsClosedForm() {
    for (int n : new int[] {5, 200, 30_000}) {
      double[] x = draw("normal(mean=-4, sd=0.01)", n, n);
      FitData d = data(x);
      Estimation e = NumericMle.INSTANCE.estimate(FitProblem.allFree(family("normal")), d);
      double m = mean(x);
      double sd = Math.sqrt(d.variance());
      assertThat(e.values()[0]).as("mean, n=%d", n).isCloseTo(m, within(1e-9 * sd));
      assertThat(e.values()[1]).as("sd, n=%d", n).isCloseTo(sd, within(1e-7 * sd));
    }
  }

  @Test
  void standardErrorsOfANormalAreSdOverRootN() {
    double[] x = draw("normal(mean=10, sd=2)", 1000, 11);
    FitResult r = Fitter.fit(family("normal"), data(x), FitOptions.defaults());
    double sd = r.parameters().get(1).value();
    assertThat(r.parameters().get(0).standardError())
        .isCloseTo(sd / Math.sqrt(1000), within(1e-6 * sd));
    assertThat(r.parameters().get(1).standardError())
        .isCloseTo(sd / Math.sqrt(2000), within(1e-6 * sd));
    double[] ci = r.parameters().get(0).waldInterval(0.95);
    assertThat(ci[1] - ci[0]).isCloseTo(2 * 1.959963984540054 * sd / Math.sqrt(1000), within(1e-6));
  }

  @Test
  void integerWeightsEqualReplicatedRows() {
    double[] values = {0.5, 1.25, 2, 3.5, 7};
    double[] weights = {3, 1, 2, 5, 1};
    double[] replicated = {0.5, 0.5, 0.5, 1.25, 2, 2, 3.5, 3.5, 3.5, 3.5, 3.5, 7};
    for (String name : List.of("gamma", "normal", "weibull")) {
      FitResult w =
          Fitter.fit(family(name), FitData.weighted(values, weights), FitOptions.defaults());
      FitResult r = Fitter.fit(family(name), data(replicated), FitOptions.defaults());
      assertThat(w.logLikelihood()).as(name).isCloseTo(r.logLikelihood(), within(1e-9));
      assertThat(w.n()).isEqualTo(12);
      for (int i = 0; i < 2; i++) {
        assertThat(w.parameters().get(i).value())
            .as(name)
            .isCloseTo(
                r.parameters().get(i).value(),
                within(1e-7 * Math.abs(r.parameters().get(i).value())));
      }
      assertThat(w.testsUnavailable()).isPresent();
      assertThat(r.tests()).hasSize(3);
    }
  }

  @Test
  void informationCriteriaFollowTheirDefinitions() {
    double[] x = draw("gamma(shape=2, scale=1.5)", 50, 3);
    FitResult r = Fitter.fit(family("gamma"), data(x), FitOptions.defaults());
    double ll = r.logLikelihood();
    assertThat(r.aic()).isEqualTo(4 - 2 * ll);
    assertThat(r.aicc()).isCloseTo(4 - 2 * ll + 12.0 / 47, within(1e-12 * Math.abs(ll)));
    assertThat(r.bic()).isCloseTo(2 * Math.log(50) - 2 * ll, within(1e-12 * Math.abs(ll)));
    assertThat(Fitter.fit(family("normal"), data(1, 2), FitOptions.defaults()).aicc()).isInfinite();
  }

  @Test
  void aRankingPutsTheGeneratingFamilyFirstAndFailuresLast() {
    double[] x = draw("lognormal(mu=0.5, sigma=0.9)", 2000, 5);
    FitRanking ranking =
        Fitter.rank(
            Families.all(), data(x), FitOptions.defaults(), Criterion.AIC, FitProgress.NONE);
    assertThat(ranking.results()).hasSize(26);
    assertThat(ranking.best().orElseThrow().family().name()).isEqualTo("lognormal");
    boolean seenFailure = false;
    for (FitResult r : ranking.results()) {
      seenFailure |= !r.isOk();
      assertThat(!r.isOk() || !seenFailure).as("ok after a failure: %s", r).isTrue();
    }
    double[] w = ranking.akaikeWeights();
    assertThat(java.util.Arrays.stream(w).sum()).isCloseTo(1, within(1e-12));
    assertThat(w[0]).isGreaterThan(0.5);
  }

  @Test
  void cancellingReportsTheRemainingFamiliesAsCancelled() {
    FitProgress cancelled =
        new FitProgress() {
          @Override
          public boolean cancelled() {
            return true;
          }
        };
    FitRanking r =
        Fitter.rank(Families.all(), data(1, 2, 3), FitOptions.defaults(), Criterion.AIC, cancelled);
    assertThat(r.results())
        .allSatisfy(
            f ->
                assertThat(f.failure().orElseThrow().reason())
                    .isEqualTo(FitFailure.Reason.CANCELLED));
  }

  @Test
  void aRankingIsTheSameOnEveryRun() {
    double[] x = draw("weibull(shape=1.3, scale=2)", 300, 9);
    FitRanking a =
        Fitter.rank(
            Families.all(), data(x), FitOptions.defaults(), Criterion.BIC, FitProgress.NONE);
    FitRanking b =
        Fitter.rank(
            Families.all(), data(x), FitOptions.defaults(), Criterion.BIC, FitProgress.NONE);
    assertThat(a.results().stream().map(FitResult::toString).toList())
        .isEqualTo(b.results().stream().map(FitResult::toString).toList());
  }

  @Test
  void noFamilyThrowsOnAwkwardData() {
    double[][] sets = {
      {0},
      {1, 1},
      {0, 1},
      {1e-300, 1e300},
      {-1e6, 1e6, 0},
      {0.5, 0.5, 0.5, 0.25},
      {1, 2, 3, 1000000},
    };
    for (double[] x : sets) {
      for (Family f : Families.all()) {
        FitResult r = Fitter.fit(f, data(x), FitOptions.defaults());
        if (r.isOk()) {
          assertThat(Double.isFinite(r.logLikelihood())).as("%s on %s", f.name(), x).isTrue();
        } else {
          assertThat(r.status()).isNotBlank();
        }
      }
    }
  }

  @Test
  void weightsWhoseSumOverflowsAreRefusedWithTheirReason() {
    // before, Σw = ∞ made n = ∞ and the reason "all values equal" for 1.5, 2.5 and 3
    assertThatThrownBy(
            () -> FitData.weighted(new double[] {1.5, 2.5, 3}, new double[] {1e308, 1e308, 1e308}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weights add up to more than");
    assertThat(
            FitData.weighted(new double[] {1.5, 2.5, 3}, new double[] {1e307, 1e307, 1e307})
                .totalWeight())
        .isEqualTo(3e307, within(1e293));
  }

  @Test
  void repeatedQuantileProbabilitiesAreRefused() {
    // one equation twice cannot fix two parameters: before, gamma "fitted" 11.75, 0.350 as ok
    assertThatThrownBy(() -> FitOptions.defaults().withProbabilities(List.of(0.5, 0.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantile probabilities must differ: 0.5 is given twice");
    assertThat(FitOptions.defaults().withProbabilities(List.of(0.25, 0.5)).probabilities())
        .containsExactly(0.25, 0.5);
  }

  private static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }
}
