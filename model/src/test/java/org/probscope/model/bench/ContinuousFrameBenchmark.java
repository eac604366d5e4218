package org.probscope.model.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.distribution.SummaryFigure;

/**
 * DESIGN.md budget: one frame of a family's curves, 960 density + 960 cdf + 960 quantile
 * evaluations and the summary figures, ≤ 50 ms at any valid parameters. Each continuous family at
 * its most expensive valid parameters: the shape limits (1e-10 and 1e10, where Commons' continued
 * fractions and series converge slowest and the quantile polisher starts furthest from the root),
 * the widest location-scale spans, and the truncations whose masses are taken in the far tail. A
 * frame starts from a freshly parsed spec, as a slider drag does; density and cdf at 960 points
 * across the 0.1%–99.9% quantiles, quantiles at (i + ½)/960, then {@link SummaryFigure#of}. {@code
 * singleFarTail} is one call each of inverse survival 1e-300, cdf, log survival and hazard there,
 * on an already built distribution.
 *
 * <p>Run: {@code mvn -B -o -pl model test-compile exec:exec
 * -Dbench.args="ContinuousFrameBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ContinuousFrameBenchmark {

  private static final int PIXELS = 960;

  @Param({
    "normal(mean=1e300, sd=1e-300)",
    "lognormal(mu=-1e300, sigma=1e300)",
    "exponential(rate=1e-300)",
    "gamma(shape=1e10, scale=1e300)",
    "gamma(shape=1e-10, scale=1e-300)",
    "beta(alpha=1e10, beta=1e10)",
    "beta(alpha=1e-10, beta=1e-10)",
    "beta(alpha=1e-10, beta=1e10)",
    "uniform(lower=-1e300, upper=1e300)",
    "studentt(df=1e-10)",
    "studentt(df=1e10)",
    "chisquared(df=1e10)",
    "chisquared(df=1e-10)",
    "f(df1=1e10, df2=1e10)",
    "f(df1=1e-10, df2=1e-10)",
    "f(df1=1e-10, df2=1e10)",
    "cauchy(location=1e300, scale=1e300)",
    "weibull(shape=1e-10, scale=1e300)",
    "weibull(shape=1e10, scale=1e-300)",
    "laplace(location=-1e300, scale=1e-300)",
    "logistic(location=1e300, scale=1e300)",
    "gumbel(location=-1e300, scale=1e300)",
    "pareto(scale=1e-300, shape=1e-10)",
    "pareto(scale=1e300, shape=1e10)",
    "triangular(lower=-1e300, mode=1e300, upper=1e300)",
    "levy(location=-1e300, scale=1e-300)",
    "truncatednormal(mean=0, sd=1, lower=30, upper=40)",
    "truncatednormal(mean=0, sd=1e-300, lower=-1e300, upper=1e300)",
    "truncatednormal(mean=0, sd=1, lower=2, upper=2.000001)"
  })
  public String spec;

  private Distribution built;

  @Setup
  public void setUp() {
    built = DistributionSpec.parse(spec).orElseThrow();
    built.cdf(built.median());
  }

  @Benchmark
  public void frame(Blackhole sink) {
    Distribution d = DistributionSpec.parse(spec).orElseThrow();
    double lo = d.quantile(0.001);
    double hi = d.quantile(0.999);
    for (int i = 0; i < PIXELS; i++) {
      double x = lo + (hi - lo) * i / (PIXELS - 1);
      sink.consume(d.density(x));
      sink.consume(d.cdf(x));
      sink.consume(d.quantile((i + 0.5) / PIXELS));
    }
    sink.consume(SummaryFigure.of(d));
  }

  @Benchmark
  public void singleFarTail(Blackhole sink) {
    double x = built.inverseSurvival(1e-300);
    sink.consume(x);
    sink.consume(built.cdf(x));
    sink.consume(built.logSurvival(x));
    sink.consume(built.hazard(x));
  }
}
