package org.probscope.model.bench;

import java.util.concurrent.TimeUnit;
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
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;
import org.probscope.model.fit.Criterion;
import org.probscope.model.fit.FitData;
import org.probscope.model.fit.FitOptions;
import org.probscope.model.fit.FitProgress;
import org.probscope.model.fit.FitRanking;
import org.probscope.model.fit.FitResult;
import org.probscope.model.fit.Fitter;
import org.probscope.model.sample.Sample;

/**
 * DESIGN.md budgets: gamma MLE at n = 10⁶ in ≤ 50 ms; all 26 families at n = 10⁶ in ≤ 1.5 s on the
 * two cores. The data are gamma(shape=2.5, scale=3) (seed 42), grouped into {@link FitData} before
 * timing, as the Fit tab holds them. {@link #gammaMle} is the estimate with its log-likelihood and
 * standard errors but without the goodness-of-fit tests; {@link #allFamilies} is a whole ranking,
 * tests included, as the Fit tab's button runs it.
 *
 * <p>Run: {@code mvn -B -o -pl model test-compile exec:exec -Dbench.args=FitBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class FitBenchmark {

  @Param({"1000", "1000000"})
  public int n;

  /** Location and scale for t, χ² and F, as the Fit tab and {@code fit} do by default. */
  @Param({"true"})
  public boolean locationScale;

  private FitData data;
  private Family gamma;

  @Setup
  public void setUp() {
    var sampler =
        DistributionSpec.parse("gamma(shape=2.5, scale=3)")
            .orElseThrow()
            .sampler(RandomSource.XO_RO_SHI_RO_128_PP.create(42L));
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = sampler.sample();
    }
    data = FitData.of(Sample.ofOwned("bench", values));
    gamma = Families.byName("gamma").orElseThrow();
  }

  @Benchmark
  public FitResult gammaMle() {
    return Fitter.fit(gamma, data, FitOptions.defaults().withGoodnessOfFit(false));
  }

  @Benchmark
  public FitRanking allFamilies() {
    return Fitter.rank(
        Families.all(),
        data,
        FitOptions.defaults().withLocationScale(locationScale),
        Criterion.AIC,
        FitProgress.NONE);
  }
}
