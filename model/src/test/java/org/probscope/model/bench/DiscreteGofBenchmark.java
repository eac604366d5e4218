package org.probscope.model.bench;

import java.util.List;
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
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.gof.Decision;
import org.probscope.model.gof.GoodnessOfFit;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/**
 * The live goodness-of-fit table against a discrete target (issue 7, item 1): all tests with their
 * discrete-null p-values, and the decisions with critical values at α = 0.05, at n = 10³, 10⁴ and
 * 10⁶. Targets: poisson(mean=3) (about 20 support points: exact KS up to n of a few thousand, then
 * Monte Carlo) and binomial(trials=1e9, p=0.5) (support merged to 1000 cells). The sample is drawn
 * once per trial from the target itself (seed 42); the budget is ≤ ~50 ms for the whole table.
 *
 * <p>Run: {@code mvn -B -o -pl model test-compile exec:exec -Dbench.args=DiscreteGofBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DiscreteGofBenchmark {

  @Param({"1000", "10000", "1000000"})
  public int n;

  @Param({"poisson(mean=3)", "binomial(trials=1e9, p=0.5)"})
  public String targetSpec;

  private Sample sample;
  private Distribution target;

  @Setup
  public void setUp() {
    target = DistributionSpec.parse(targetSpec).orElseThrow();
    sample = SampleGenerator.draw(target, n, 42);
  }

  /** Every statistic and p-value: what a slider move recomputes. */
  @Benchmark
  public GoodnessOfFit allMetrics() {
    return GoodnessOfFit.of(sample, target);
  }

  /** The table as shown: statistics, p-values, critical values and decisions. */
  @Benchmark
  public List<Decision> table() {
    return GoodnessOfFit.of(sample, target).decisions(0.05);
  }
}
