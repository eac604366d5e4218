package org.probscope.model.bench;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.NormalDistribution;
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
import org.probscope.model.distribution.Families;
import org.probscope.model.gof.GoodnessOfFit;
import org.probscope.model.gof.KsAtN;
import org.probscope.model.sample.Sample;

/**
 * DESIGN.md budget: all one-sample metrics with p-values at sorted n = 10⁶ against a normal target
 * in ≤ 60 ms. The sample is drawn once per trial (seed 42) and sorted before timing; the target is
 * normal(targetMean, 1): 0.01 is a near miss, as when a slider moves, 10 a target ten standard
 * deviations away, where every F(xᵢ) is in a far tail and W₁ is mostly the gap between means.
 *
 * <p>{@link #sliderEventAllFigures} is issue 7 item 4's "slider-to-figures" cost: everything the
 * goodness-of-fit tab recomputes in the model when a parameter moves (statistics, p-values,
 * decisions with their critical values, the DKW band, KS@100), with the critical-value cache warm
 * as it is after the first event at a given n and α (before the cache, the root searches alone took
 * 63 ms at n = 10³ and 178 ms at 10⁴).
 *
 * <p>Run: {@code mvn -B -o -pl model test-compile exec:exec -Dbench.args=GofBenchmark}. The
 * annotations already say {@code -f 1 -wi 3 -i 5}; the exec configuration passes {@code bench.args}
 * as one argument, so JMH options cannot be added after the regexp there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GofBenchmark {

  @Param({"1000", "10000", "100000", "1000000"})
  public int n;

  @Param({"0.01", "10"})
  public double targetMean;

  private static final double ALPHA = 0.05;
  private static final int KS_AT_N_CHUNK = 100;

  private Sample sample;
  private Distribution target;

  @Setup
  public void setUp() {
    var sampler =
        NormalDistribution.of(0, 1).createSampler(RandomSource.XO_RO_SHI_RO_128_PP.create(42L));
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = sampler.sample();
    }
    sample = Sample.ofOwned("bench", values);
    target = Families.normal().create(targetMean, 1).orElseThrow();
    warmCriticalValueCache();
  }

  /** KS, Kuiper, CvM, AD with p-values and W₁: what a slider move recomputes. */
  @Benchmark
  public GoodnessOfFit allMetrics() {
    return GoodnessOfFit.of(sample, target);
  }

  /** One slider event to every model figure of the tab, critical values from the warm cache. */
  @Benchmark
  public void sliderEventAllFigures(Blackhole sink) {
    GoodnessOfFit gof = GoodnessOfFit.of(sample, target);
    sink.consume(gof.decisions(ALPHA));
    sink.consume(gof.dkwBand(ALPHA));
    sink.consume(KsAtN.of(sample, target, KS_AT_N_CHUNK, ALPHA));
  }

  /** The first event at (n, α) fills the critical-value cache; later ones read it. */
  private void warmCriticalValueCache() {
    GoodnessOfFit gof = GoodnessOfFit.of(sample, target);
    gof.decisions(ALPHA);
    KsAtN.of(sample, target, KS_AT_N_CHUNK, ALPHA);
  }
}
