package org.probscope.model.bench;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
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
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;
import org.probscope.model.fit.FitData;
import org.probscope.model.fit.FitOptions;
import org.probscope.model.fit.FitResult;
import org.probscope.model.fit.Fitter;
import org.probscope.model.sample.Sample;

/**
 * DESIGN.md budget: a gamma MLE at n = 10⁶ in ≤ 50 ms. {@link #fit} times {@link Fitter#fit}
 * without the goodness-of-fit tests (estimate, log-likelihood and the analytic covariance) on a
 * gamma sample of the given shape (scale 1, seed 42), prepared as {@link FitData} before timing, as
 * the Fit tab prepares it once for every family.
 *
 * <p>Run: {@code mvn -B -o -pl model test-compile exec:exec -Dbench.args=MleBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MleBenchmark {

  @Param({"1000000"})
  public int n;

  @Param({"0.05", "2", "50"})
  public double shape;

  private Family gamma;
  private FitData data;
  private FitOptions options;

  @Setup
  public void setUp() {
    gamma = Families.byName("gamma").orElseThrow();
    Distribution d = gamma.create(shape, 1).orElseThrow();
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
    var sampler = d.sampler(rng);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = sampler.sample();
    }
    data = FitData.of(Sample.of("gamma", x));
    options = FitOptions.defaults().withGoodnessOfFit(false);
  }

  @Benchmark
  public FitResult fit() {
    return Fitter.fit(gamma, data, options);
  }
}
