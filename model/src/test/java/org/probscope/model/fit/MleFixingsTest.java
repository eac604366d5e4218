package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.probscope.model.fit.MleTestData.data;
import static org.probscope.model.fit.MleTestData.draw;
import static org.probscope.model.fit.MleTestData.formula;
import static org.probscope.model.fit.MleTestData.problem;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Weights, fixings, failures and covariances of the specialised estimators: integer weights give
 * the estimate of the replicated rows; fixed values stay where they were put; impossible fixings
 * and likelihoods without a maximum are failures with a reason, not numbers.
 */
class MleFixingsTest {

  static Stream<Arguments> weightedCases() {
    return Stream.of(
        Arguments.of("normal", new double[] {1, 2}),
        Arguments.of("lognormal", new double[] {0, 1}),
        Arguments.of("gamma", new double[] {2, 1}),
        Arguments.of("weibull", new double[] {1.5, 2}),
        Arguments.of("beta", new double[] {2, 3}),
        Arguments.of("laplace", new double[] {0, 1}),
        Arguments.of("gumbel", new double[] {0, 1}),
        Arguments.of("levy", new double[] {0, 1}),
        Arguments.of("pareto", new double[] {1, 3}),
        Arguments.of("truncatednormal", new double[] {0, 1, -1, 2}),
        Arguments.of("poisson", new double[] {3}),
        Arguments.of("binomial", new double[] {12, 0.4}),
        Arguments.of("negativebinomial", new double[] {3, 0.4}),
        Arguments.of("zipf", new double[] {15, 1.2}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("weightedCases")
  void integerWeightsEqualReplication(String family, double[] truth) {
    double[] x = draw(family, truth, 60, 99);
    double[] w = new double[x.length];
    double[] replicated = new double[0];
    for (int i = 0; i < x.length; i++) {
      w[i] = 1 + i % 3;
      double[] copy = Arrays.copyOf(replicated, replicated.length + (int) w[i]);
      Arrays.fill(copy, replicated.length, copy.length, x[i]);
      replicated = copy;
    }
    FitProblem p = FitProblem.allFree(MleTestData.family(family));
    double[] weighted = formula(p, FitData.weighted(x, w)).values();
    double[] plain = formula(p, data(replicated)).values();
    for (int i = 0; i < plain.length; i++) {
      assertThat(weighted[i]).isCloseTo(plain[i], within(1e-9 * Math.max(1, Math.abs(plain[i]))));
    }
  }

  @Test
  void fixedValuesAreKept() {
    FitData data = data(draw("gamma", new double[] {2, 3}, 200, 5));
    double[] v = formula(problem("gamma", FixedParameters.none().with("shape", 2)), data).values();
    assertThat(v[0]).isEqualTo(2);
    assertThat(v[1]).isCloseTo(data.mean() / 2, within(1e-12));
  }

  @Test
  void gammaScaleFixedSolvesTheDigammaEquation() {
    FitData data = data(draw("gamma", new double[] {2, 3}, 200, 6));
    double[] v = formula(problem("gamma", FixedParameters.none().with("scale", 3)), data).values();
    double meanLog = data.weightedSum(Math::log) / data.totalWeight();
    assertThat(org.apache.commons.numbers.gamma.Digamma.value(v[0]))
        .isCloseTo(meanLog - Math.log(3), within(1e-12));
  }

  @Test
  void binomialTrialsWithoutFiniteEstimateAskToFixThem() {
    // variance above the mean: no binomial with finite trials fits better than the Poisson limit
    FitData data = data(draw("negativebinomial", new double[] {2, 0.3}, 200, 7));
    Estimation e = formula(FitProblem.allFree(MleTestData.family("binomial")), data);
    assertThat(e.succeeded()).isFalse();
    assertThat(e.failure().orElseThrow().reason()).isEqualTo(FitFailure.Reason.NOT_AVAILABLE);
    assertThat(e.failure().orElseThrow().detail()).contains("fix trials");
  }

  @Test
  void hypergeometricWithTwoFreeCountsAsksToFixThem() {
    FitData data = data(draw("hypergeometric", new double[] {50, 10, 10}, 100, 8));
    Estimation e =
        formula(problem("hypergeometric", FixedParameters.none().with("population", 50)), data);
    assertThat(e.failure().orElseThrow().reason()).isEqualTo(FitFailure.Reason.NOT_AVAILABLE);
    assertThat(e.failure().orElseThrow().detail()).contains("population", "draws");
  }

  @Test
  void fixedBoundsThatExcludeDataAreFailures() {
    FitData data = data(new double[] {0.5, 1, 2, 3});
    Estimation e = formula(problem("uniform", FixedParameters.none().with("lower", 1)), data);
    assertThat(e.failure().orElseThrow().reason()).isEqualTo(FitFailure.Reason.OUTSIDE_SUPPORT);
    assertThat(e.failure().orElseThrow().offending()).isEqualTo(1);
    Estimation pareto = formula(problem("pareto", FixedParameters.none().with("scale", 1)), data);
    assertThat(pareto.failure().orElseThrow().reason())
        .isEqualTo(FitFailure.Reason.OUTSIDE_SUPPORT);
  }

  @Test
  void negativeBinomialOnUnderdispersedCountsStopsAtTheLimit() {
    // binomial counts have variance below the mean: the profile in r rises to its limit
    FitData data = data(draw("binomial", new double[] {10, 0.5}, 300, 9));
    double[] v = formula(FitProblem.allFree(MleTestData.family("negativebinomial")), data).values();
    assertThat(v[0]).isEqualTo(1e6);
    assertThat(v[1]).isCloseTo(1e6 / (1e6 + data.mean()), within(1e-15));
  }

  @Test
  void laplaceCovarianceIsTheAsymptoticOne() {
    FitData data = data(draw("laplace", new double[] {0, 2}, 301, 10));
    Estimation e = formula(FitProblem.allFree(MleTestData.family("laplace")), data);
    double b = e.values()[1];
    double[][] c = e.covariance().orElseThrow();
    assertThat(c[0][0]).isCloseTo(b * b / 301, within(1e-15));
    assertThat(c[1][1]).isCloseTo(b * b / 301, within(1e-15));
    assertThat(c[0][1]).isZero();
  }

  @Test
  void boundaryEstimatesHaveNoStandardError() {
    FitData data = data(draw("pareto", new double[] {1, 3}, 100, 11));
    double[][] c =
        formula(FitProblem.allFree(MleTestData.family("pareto")), data).covariance().orElseThrow();
    assertThat(c[0][0]).isNaN();
    assertThat(c[1][1]).isPositive();
    double[][] u =
        formula(FitProblem.allFree(MleTestData.family("uniform")), data).covariance().orElseThrow();
    assertThat(u[0][0]).isNaN();
    assertThat(u[1][1]).isNaN();
  }

  @Test
  void gammaCovarianceMatchesTheNumericalObservedInformation() {
    FitData data = data(draw("gamma", new double[] {2, 3}, 500, 12));
    FitProblem p = FitProblem.allFree(MleTestData.family("gamma"));
    Estimation e = formula(p, data);
    double[][] analytic = e.covariance().orElseThrow();
    double[][] numeric =
        ObservedInformation.covariance(
            p, data, e.values(), StartingValues.typicalSteps(p.family(), data));
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        assertThat(analytic[i][j]).isCloseTo(numeric[i][j], within(1e-4 * Math.abs(numeric[i][i])));
      }
    }
  }

  @Test
  void weibullCovarianceMatchesTheNumericalObservedInformation() {
    FitData data = data(draw("weibull", new double[] {1.5, 2}, 500, 13));
    FitProblem p = FitProblem.allFree(MleTestData.family("weibull"));
    Estimation e = formula(p, data);
    double[][] analytic = e.covariance().orElseThrow();
    double[][] numeric =
        ObservedInformation.covariance(
            p, data, e.values(), StartingValues.typicalSteps(p.family(), data));
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        assertThat(analytic[i][j]).isCloseTo(numeric[i][j], within(1e-4 * Math.abs(numeric[i][i])));
      }
    }
  }

  @Test
  void everyFamilyHasAStartInsideItsDomain() {
    for (var family : org.probscope.model.distribution.Families.all()) {
      FixedParameters fixed = FixedParameters.none();
      for (var parameter : family.parameters()) {
        if (parameter.integer()) {
          fixed = fixed.with(parameter.name(), family.defaults()[family.indexOf(parameter.name())]);
        }
      }
      FitProblem p = FitProblem.of(family, fixed).orElseThrow();
      FitData data = data(draw(family.name(), family.defaults(), 200, 14));
      if (Applicability.check(p, data).isPresent()) {
        continue;
      }
      assertThat(MomentStarts.of(p, data)).as(family.name()).isPresent();
    }
  }

  @Test
  void binomialTrialsFromManyCounts() {
    // 2·10⁵ counts: the old profile difference lost its sign to rounding beyond 10⁷ trials
    FitData data = data(draw("binomial", new double[] {10, 0.5}, 200_000, 15));
    double[] v = formula(FitProblem.allFree(MleTestData.family("binomial")), data).values();
    assertThat(v[0]).isEqualTo(10);
    assertThat(v[1]).isCloseTo(data.mean() / 10, within(1e-15));
  }

  @Test
  void fitterReportsTheAnalyticStandardErrors() {
    FitData data = data(draw("gamma", new double[] {2, 3}, 400, 16));
    var gamma = MleTestData.family("gamma");
    FitResult r = Fitter.fit(gamma, data, FitOptions.defaults().withGoodnessOfFit(false));
    double[][] c = formula(FitProblem.allFree(gamma), data).covariance().orElseThrow();
    assertThat(r.parameters().get(0).standardError()).isCloseTo(Math.sqrt(c[0][0]), within(1e-15));
    assertThat(r.parameters().get(1).standardError()).isCloseTo(Math.sqrt(c[1][1]), within(1e-15));
    FitResult u =
        Fitter.fit(
            MleTestData.family("uniform"), data, FitOptions.defaults().withGoodnessOfFit(false));
    assertThat(u.parameters().get(0).standardError()).isNaN();
  }
}
