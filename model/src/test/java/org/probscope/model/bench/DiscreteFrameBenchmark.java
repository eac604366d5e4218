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

/**
 * DESIGN.md budget: one frame of a family's curves, 960 mass + 960 cdf + 960 quantile evaluations,
 * ≤ 50 ms at any valid parameters. Each discrete family at its most expensive ones (the widest
 * supports the limits allow, where the tails need tables). A frame starts from a freshly parsed
 * spec, as a slider drag does, so it pays for building the distribution and its tail table; the
 * mass and cdf are taken at 960 whole numbers across the 0.1%–99.9% quantiles (the explorer's
 * view), the quantiles at (i + ½)/960. {@code singleFarTail} is one call each of cdf, log survival,
 * hazard and inverse survival 1e-300 in the far upper tail of an already built distribution, and
 * {@code entropy} the lazy entropy of a fresh one.
 *
 * <p>Run: {@code mvn -B -o -pl model test-compile exec:exec -Dbench.args="DiscreteFrameBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DiscreteFrameBenchmark {

  private static final int PIXELS = 960;

  @Param({
    "binomial(trials=1e9, p=0.5)",
    "poisson(mean=1e9)",
    "geometric(p=1.92e-8)",
    "negativebinomial(successes=10, p=1e-6)",
    "negativebinomial(successes=1000000, p=5e-4)",
    "hypergeometric(population=1e9, successes=5e8, draws=5e8)",
    "uniformdiscrete(lower=-1e9, upper=1e9)",
    "zipf(elements=100000, exponent=1)",
    "zipf(elements=100000, exponent=0.2)",
    "bernoulli(p=0.3)"
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
      double x = Math.floor(lo + (hi - lo) * i / (PIXELS - 1));
      sink.consume(d.density(x));
      sink.consume(d.cdf(x));
      sink.consume(d.quantile((i + 0.5) / PIXELS));
    }
  }

  @Benchmark
  public void singleFarTail(Blackhole sink) {
    double x = built.inverseSurvival(1e-300);
    sink.consume(x);
    sink.consume(built.cdf(x));
    sink.consume(built.logSurvival(x));
    sink.consume(built.hazard(x));
  }

  @Benchmark
  public double entropy() {
    return DistributionSpec.parse(spec).orElseThrow().entropy();
  }
}
