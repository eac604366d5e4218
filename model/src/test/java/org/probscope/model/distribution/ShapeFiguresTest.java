package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Modes, undefined and diverging moments, degenerate cases and wide-support entropies. Modes are
 * the closed forms on each family's Wikipedia page; NaN marks a mode that is not unique.
 */
class ShapeFiguresTest {

  private static Distribution of(String spec) {
    return DistributionSpec.parse(spec).orElseThrow();
  }

  @ParameterizedTest(name = "{0} has mode {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "uniform(lower=0, upper=1); NaN",
        "uniformdiscrete(lower=1, upper=6); NaN",
        "uniformdiscrete(lower=3, upper=3); 3",
        "beta(alpha=0.5, beta=0.5); NaN",
        "beta(alpha=1, beta=1); NaN",
        "beta(alpha=2, beta=5); 0.2",
        "beta(alpha=1, beta=3); 0",
        "beta(alpha=3, beta=1); 1",
        "poisson(mean=4); NaN",
        "poisson(mean=4.5); 4",
        "binomial(trials=9, p=0.5); NaN",
        "binomial(trials=10, p=0.5); 5",
        "binomial(trials=10, p=1); 10",
        "bernoulli(p=0.5); NaN",
        "bernoulli(p=0.2); 0",
        "hypergeometric(population=50, successes=10, draws=10); 2",
        "hypergeometric(population=10, successes=3, draws=2); NaN",
        "negativebinomial(successes=5, p=0.5); NaN",
        "negativebinomial(successes=5, p=0.3); 9",
        "geometric(p=0.3); 0",
        "gamma(shape=0.5, scale=1); 0",
        "gamma(shape=3, scale=2); 4",
        "lognormal(mu=0, sigma=0.5); 0.7788007830714049",
        "weibull(shape=1.5, scale=1); 0.48074985676913606",
        "levy(location=0, scale=1); 0.3333333333333333",
        "f(df1=5, df2=10); 0.5",
        "chisquared(df=3); 1",
        "chisquared(df=1); 0",
        "triangular(lower=0, mode=0.25, upper=1); 0.25",
        "truncatednormal(mean=0, sd=1, lower=3, upper=5); 3",
        "truncatednormal(mean=0, sd=1, lower=-1, upper=2); 0",
        "zipf(elements=10, exponent=0); NaN",
        "zipf(elements=10, exponent=1); 1",
        "pareto(scale=2, shape=3); 2"
      })
  void modeIsTheClosedFormOrNaNWhenNotUnique(String spec, double mode) {
    if (Double.isNaN(mode)) {
      assertThat(of(spec).mode()).isNaN();
    } else {
      assertThat(of(spec).mode()).isCloseTo(mode, within(1e-14));
    }
  }

  @Test
  void momentsThatDoNotExistAreNaNAndDivergingOnesInfinite() {
    assertThat(of("cauchy(location=0, scale=1)").mean()).isNaN();
    assertThat(of("cauchy(location=0, scale=1)").variance()).isNaN();
    assertThat(of("studentt(df=0.8)").mean()).isNaN();
    assertThat(of("studentt(df=1.5)").variance()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(of("studentt(df=3)").excessKurtosis()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(of("studentt(df=3)").skewness()).isNaN();
    assertThat(of("levy(location=0, scale=1)").mean()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(of("pareto(scale=1, shape=0.8)").mean()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(of("pareto(scale=1, shape=1.5)").variance()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(of("f(df1=5, df2=1.5)").mean()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(of("f(df1=5, df2=3)").variance()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(SummaryFigure.of(of("cauchy(location=0, scale=1)")).get(0).text(4))
        .isEqualTo("undefined");
  }

  @Test
  void distributionsOnOneValueHaveNoShapeAndNoEntropy() {
    Distribution none = of("binomial(trials=0, p=0.5)");
    assertThat(none.variance()).isZero();
    assertThat(none.skewness()).isNaN();
    assertThat(none.excessKurtosis()).isNaN();
    assertThat(none.entropy()).isZero();
    assertThat(of("bernoulli(p=1)").entropy()).isZero();
    assertThat(of("geometric(p=1)").entropy()).isZero();
    assertThat(of("hypergeometric(population=10, successes=10, draws=4)").skewness()).isNaN();
  }

  @Test
  void wideSupportEntropyIsIntegratedNotNaN() {
    // a negative binomial with one success is the geometric distribution, whose entropy has a
    // closed form; the support spans ~4e6 values, so DiscreteEntropy integrates the tail
    double integrated = of("negativebinomial(successes=1, p=1e-5)").entropy();
    assertThat(integrated)
        .isCloseTo(of("geometric(p=1e-5)").entropy(), Percentage.withPercentage(1e-5));
    // Poisson: 0.5 ln(2πeλ) - 1/(12λ) + O(λ⁻²) (Wikipedia "Poisson distribution")
    double lambda = 1e9;
    assertThat(of("poisson(mean=1e9)").entropy())
        .isCloseTo(
            0.5 * Math.log(2 * Math.PI * Math.E * lambda) - 1 / (12 * lambda),
            Percentage.withPercentage(1e-5));
  }

  @Test
  void farTailQuantilesScipyCannotGiveRoundTrip() {
    for (String spec : new String[] {"studentt(df=5)", "f(df1=5, df2=10)"}) {
      Distribution d = of(spec);
      assertThat(d.cdf(d.quantile(1e-300))).as(spec).isCloseTo(1e-300, within(1e-306));
    }
  }
}
