package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Families;

/**
 * The method of moments' defining property: the fit's matched moments equal the sample's (mean to
 * 1e-10 of the standard deviation, variance to 1e-10 relative, skewness and kurtosis to 1e-10
 * absolute), on seeded samples of each family, closed forms and the numerical solve alike.
 */
class MomentMatchingTest {

  /** spec drawn from, n, fixed parameters ("name=value" or ""), the 0-based orders matched. */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("normal(mean=3, sd=2)", "", new int[] {0, 1}),
        Arguments.of("lognormal(mu=0.2, sigma=0.7)", "", new int[] {0, 1}),
        Arguments.of("exponential(rate=2)", "", new int[] {0}),
        Arguments.of("gamma(shape=3, scale=0.5)", "", new int[] {0, 1}),
        Arguments.of("beta(alpha=2, beta=3)", "", new int[] {0, 1}),
        Arguments.of("uniform(lower=-1, upper=4)", "", new int[] {0, 1}),
        Arguments.of("logistic(location=1, scale=2)", "", new int[] {0, 1}),
        Arguments.of("laplace(location=-2, scale=0.5)", "", new int[] {0, 1}),
        Arguments.of("gumbel(location=1, scale=3)", "", new int[] {0, 1}),
        Arguments.of("weibull(shape=0.8, scale=2)", "", new int[] {0, 1}),
        Arguments.of("weibull(shape=12, scale=2)", "", new int[] {0, 1}),
        Arguments.of("chisquared(df=4)", "", new int[] {0}),
        Arguments.of("studentt(df=7)", "", new int[] {1}),
        Arguments.of("pareto(scale=2, shape=5)", "", new int[] {0, 1}),
        Arguments.of("f(df1=6, df2=20)", "", new int[] {0, 1}),
        Arguments.of("triangular(lower=0, mode=1, upper=5)", "", new int[] {0, 1, 2}),
        Arguments.of("poisson(mean=3.5)", "", new int[] {0}),
        Arguments.of("geometric(p=0.3)", "", new int[] {0}),
        Arguments.of("bernoulli(p=0.3)", "", new int[] {0}),
        Arguments.of("binomial(trials=12, p=0.3)", "trials=12", new int[] {0}),
        Arguments.of("negativebinomial(successes=4, p=0.4)", "successes=4", new int[] {0}),
        Arguments.of("zipf(elements=20, exponent=1.3)", "elements=20", new int[] {0}),
        Arguments.of("normal(mean=3, sd=2)", "mean=3", new int[] {1}),
        Arguments.of("gamma(shape=3, scale=0.5)", "shape=3", new int[] {0}),
        Arguments.of("gamma(shape=3, scale=0.5)", "scale=0.5", new int[] {0}),
        Arguments.of("weibull(shape=2, scale=1)", "scale=1", new int[] {0}));
  }

  @ParameterizedTest(name = "{0} fixed {1}")
  @MethodSource("cases")
  void matchesTheSampleMoments(String spec, String fixed, int[] orders) {
    FitData data = MethodSamples.draw(spec, 400, spec.hashCode());
    FixedParameters f = FixedParameters.none();
    if (!fixed.isEmpty()) {
      String[] kv = fixed.split("=");
      f = f.with(kv[0], Double.parseDouble(kv[1]));
    }
    Distribution family = MethodSamples.parse(spec);
    FitProblem problem = FitProblem.of(family.family(), f).orElseThrow();
    Estimation e = MomentMatching.INSTANCE.estimate(problem, data);
    assertThat(e.failure()).isEmpty();
    double[] fit = MomentMatching.moments(problem, e.values());
    double[] sample = MomentMatching.sampleMoments(data);
    double sd = Math.sqrt(sample[1]);
    for (int o : orders) {
      double tolerance =
          switch (o) {
            case 0 -> 1e-10 * sd;
            case 1 -> 1e-10 * sample[1];
            default -> 1e-10;
          };
      assertThat(fit[o]).as("moment %d", o).isCloseTo(sample[o], within(tolerance));
    }
  }

  @Test
  void refusesFamiliesWithoutMoments() {
    FitData data = MethodSamples.draw("cauchy(location=0, scale=1)", 100, 1);
    for (String name : new String[] {"cauchy", "levy"}) {
      Estimation e =
          MomentMatching.INSTANCE.estimate(
              FitProblem.allFree(Families.byName(name).orElseThrow()), data);
      assertThat(e.failure().orElseThrow().reason()).isEqualTo(FitFailure.Reason.NOT_AVAILABLE);
      assertThat(e.failure().orElseThrow().detail()).contains("no mean");
    }
  }

  @Test
  void studentTNeedsAVarianceAboveOne() {
    FitData data = MethodSamples.draw("normal(mean=0, sd=0.8)", 200, 2);
    Estimation e =
        MomentMatching.INSTANCE.estimate(
            FitProblem.allFree(Families.byName("studentt").orElseThrow()), data);
    FitFailure f = e.failure().orElseThrow();
    assertThat(f.reason()).isEqualTo(FitFailure.Reason.DID_NOT_CONVERGE);
    assertThat(f.detail()).contains("at most 1");
  }

  @Test
  void binomialWithFreeTrialsIsRefusedWithTheMomentSolution() {
    var binomial = Families.byName("binomial").orElseThrow();
    FitData under = MethodSamples.draw("binomial(trials=10, p=0.4)", 300, 3);
    FitFailure f =
        MomentMatching.INSTANCE
            .estimate(FitProblem.allFree(binomial), under)
            .failure()
            .orElseThrow();
    assertThat(f.reason()).isEqualTo(FitFailure.Reason.NOT_AVAILABLE);
    double m = under.mean();
    double trials = m * m / (m - under.variance());
    assertThat(Double.parseDouble(f.detail().replaceAll(".*trials = ", ""))).isEqualTo(trials);

    FitData over = MethodSamples.draw("negativebinomial(successes=2, p=0.3)", 300, 4);
    FitFailure g =
        MomentMatching.INSTANCE
            .estimate(FitProblem.allFree(binomial), over)
            .failure()
            .orElseThrow();
    assertThat(g.reason()).isEqualTo(FitFailure.Reason.DID_NOT_CONVERGE);
    assertThat(g.detail()).contains("not below the mean");
  }

  @Test
  void paretoWithShapeFixedBelowTwoHasNoVarianceButMatchesTheMean() {
    var pareto = Families.byName("pareto").orElseThrow();
    FitData data = MethodSamples.draw("pareto(scale=1, shape=3)", 300, 5);
    FitProblem shapeFixed =
        FitProblem.of(pareto, FixedParameters.none().with("shape", 1.5)).orElseThrow();
    Estimation e = MomentMatching.INSTANCE.estimate(shapeFixed, data);
    assertThat(MomentMatching.moments(shapeFixed, e.values())[0])
        .isCloseTo(data.mean(), within(1e-10 * data.mean()));
    FitProblem noMean =
        FitProblem.of(pareto, FixedParameters.none().with("shape", 0.8)).orElseThrow();
    FitFailure f = MomentMatching.INSTANCE.estimate(noMean, data).failure().orElseThrow();
    assertThat(f.reason())
        .isIn(FitFailure.Reason.NOT_AVAILABLE, FitFailure.Reason.DID_NOT_CONVERGE);
  }
}
