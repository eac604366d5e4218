package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Families;

/**
 * Quantile matching's defining property: with one probability per free parameter the fit's
 * quantiles hit the sample's type-7 quantiles (to 1e-9 of the data's spread), closed forms and the
 * numerical solve alike, at the default and at chosen probabilities.
 */
class QuantileMatchingTest {

  static Stream<Arguments> cases() {
    List<Double> none = List.of();
    return Stream.of(
        Arguments.of("normal(mean=3, sd=2)", none),
        Arguments.of("normal(mean=3, sd=2)", List.of(0.05, 0.9)),
        Arguments.of("logistic(location=1, scale=2)", none),
        Arguments.of("cauchy(location=1, scale=2)", List.of(0.25, 0.75)),
        Arguments.of("laplace(location=1, scale=2)", none),
        Arguments.of("gumbel(location=1, scale=2)", none),
        Arguments.of("levy(location=1, scale=2)", none),
        Arguments.of("uniform(lower=1, upper=2)", List.of(0.1, 0.9)),
        Arguments.of("exponential(rate=3)", none),
        Arguments.of("lognormal(mu=1, sigma=0.4)", none),
        Arguments.of("weibull(shape=3, scale=2)", List.of(0.2, 0.6)),
        Arguments.of("pareto(scale=1, shape=2)", none),
        Arguments.of("gamma(shape=0.5, scale=2)", none),
        Arguments.of("gamma(shape=4, scale=2)", List.of(0.1, 0.95)),
        Arguments.of("beta(alpha=0.5, beta=0.6)", none),
        Arguments.of("chisquared(df=5)", none),
        Arguments.of("studentt(df=4)", List.of(0.8)),
        Arguments.of("f(df1=5, df2=12)", none),
        Arguments.of("triangular(lower=0, mode=1, upper=5)", none));
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("cases")
  void hitsTheSampleQuantiles(String spec, List<Double> probabilities) {
    FitData data = MethodSamples.draw(spec, 300, spec.hashCode());
    Distribution drawn = MethodSamples.parse(spec);
    QuantileMatching qme = new QuantileMatching(probabilities);
    FitProblem problem = FitProblem.allFree(drawn.family());
    Estimation e = qme.estimate(problem, data);
    assertThat(e.failure()).isEmpty();
    Distribution fit = problem.distribution(e.values()).orElseThrow();
    double spread = data.quantile(0.75) - data.quantile(0.25);
    double[] p = qme.probabilities(problem.freeCount());
    for (double pi : p) {
      assertThat(fit.quantile(pi))
          .as("p = %s", pi)
          .isCloseTo(data.quantile(pi), within(1e-9 * spread));
    }
  }

  @Test
  void defaultProbabilitiesAreEquallySpaced() {
    assertThat(new QuantileMatching(List.of()).probabilities(3)).containsExactly(0.25, 0.5, 0.75);
  }

  @Test
  void wrongNumberOfProbabilitiesIsAClearFailure() {
    FitData data = MethodSamples.draw("normal(mean=0, sd=1)", 50, 1);
    FitFailure f =
        new QuantileMatching(List.of(0.5))
            .estimate(FitProblem.allFree(Families.normal()), data)
            .failure()
            .orElseThrow();
    assertThat(f.reason()).isEqualTo(FitFailure.Reason.NOT_AVAILABLE);
    assertThat(f.detail()).contains("2 free, 1 given");
  }

  @Test
  void fixedParameterLeavesOneProbability() {
    FitData data = MethodSamples.draw("gamma(shape=2, scale=3)", 200, 2);
    var gamma = Families.byName("gamma").orElseThrow();
    FitProblem problem =
        FitProblem.of(gamma, FixedParameters.none().with("shape", 2)).orElseThrow();
    Estimation e = new QuantileMatching(List.of(0.5)).estimate(problem, data);
    Distribution fit = problem.distribution(e.values()).orElseThrow();
    assertThat(fit.parameter("shape")).isEqualTo(2);
    assertThat(fit.quantile(0.5)).isCloseTo(data.quantile(0.5), within(1e-10 * data.quantile(0.5)));
  }
}
