package org.probscope.model.distribution;

import java.util.List;
import java.util.stream.Stream;

/**
 * Targets of all 26 families for sweeps: each family's defaults plus valid parameters at the ends
 * of their ranges (tiny and huge shapes, narrow and wide scales, densities unbounded at a support
 * end, heavy tails just on either side of a finite mean).
 */
public final class ExtremeTargets {

  private static final List<String> EXTREMES =
      List.of(
          "normal(mean=1e6, sd=1e-3)",
          "normal(mean=-3, sd=1e5)",
          "lognormal(mu=0, sigma=1e-6)",
          "lognormal(mu=1, sigma=3)",
          "lognormal(mu=0, sigma=40)",
          "exponential(rate=1e-3)",
          "exponential(rate=1e6)",
          "gamma(shape=0.3, scale=1)",
          "gamma(shape=1e-3, scale=2)",
          "gamma(shape=1e6, scale=1)",
          "beta(alpha=0.5, beta=0.5)",
          "beta(alpha=1e-3, beta=5)",
          "beta(alpha=200, beta=300)",
          "uniform(lower=5, upper=6)",
          "uniform(lower=-1e6, upper=1e6)",
          "studentt(df=1.5)",
          "studentt(df=1)",
          "studentt(df=1e4)",
          "chisquared(df=1)",
          "chisquared(df=1000)",
          "f(df1=1, df2=3)",
          "f(df1=50, df2=2)",
          "f(df1=100, df2=100)",
          "cauchy(location=5, scale=1e-3)",
          "weibull(shape=0.5, scale=1)",
          "weibull(shape=50, scale=2)",
          "weibull(shape=1e-3, scale=1)",
          "laplace(location=-2, scale=1e-3)",
          "logistic(location=1e3, scale=1e2)",
          "gumbel(location=0, scale=1e-3)",
          "pareto(scale=1, shape=1.01)",
          "pareto(scale=1e-3, shape=10)",
          "pareto(scale=1, shape=0.5)",
          "triangular(lower=0, mode=0, upper=1)",
          "triangular(lower=-1, mode=1, upper=1)",
          "levy(location=0, scale=1e-3)",
          "truncatednormal(mean=0, sd=1, lower=5, upper=6)",
          "truncatednormal(mean=0, sd=1, lower=-1e-3, upper=1e-3)",
          "binomial(trials=1000000000, p=0.5)",
          "binomial(trials=1, p=0)",
          "poisson(mean=1e-3)",
          "poisson(mean=1e6)",
          "geometric(p=0.001)",
          "geometric(p=1)",
          "negativebinomial(successes=1000, p=0.5)",
          "hypergeometric(population=1000, successes=500, draws=100)",
          "uniformdiscrete(lower=-1000000, upper=1000000)",
          "zipf(elements=100000, exponent=1)",
          "zipf(elements=1000, exponent=3)",
          "bernoulli(p=0.999)");

  private ExtremeTargets() {}

  /** Every family's default distribution, then the extremes above. */
  public static List<Distribution> all() {
    return Stream.concat(
            Families.all().stream().map(Family::createDefault),
            EXTREMES.stream().map(s -> DistributionSpec.parse(s).orElseThrow()))
        .toList();
  }
}
