package org.probscope.model.bench;

import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
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
import org.probscope.model.distribution.Validated;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;
import org.probscope.model.twosample.AndersonDarlingTwoSample;
import org.probscope.model.twosample.CramerVonMisesTwoSample;
import org.probscope.model.twosample.EmpiricalDistances;
import org.probscope.model.twosample.KolmogorovSmirnovTwoSample;
import org.probscope.model.twosample.TwoSampleComparison;

/**
 * Time for a whole two-sample comparison of n = m sorted normal samples (the second shifted by 0.01
 * sd), and for each of its parts. Run with
 *
 * <pre>
 * mvn -B -o -pl model test-compile exec:exec -Dbench.args=TwoSampleBenchmark
 * </pre>
 *
 * <p>The annotations already give one fork, 2 warm-up and 3 measured iterations of 5 s. The model
 * pom passes {@code bench.args} to JMH as a single argument, so JMH options cannot be added there:
 * {@code -Dbench.args='TwoSampleBenchmark -f 1'} is read as one (unmatched) pattern.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class TwoSampleBenchmark {

  @Param({"100000", "1000000"})
  int size;

  private Sample a;
  private Sample b;

  @Setup
  public void drawSamples() {
    a = normal("a", size, 1, 0);
    b = normal("b", size, 2, 0.01);
  }

  static Sample normal(String name, int n, long seed, double shift) {
    UniformRandomProvider rng = SampleGenerator.rng(seed);
    ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = gaussian.sample() + shift;
    }
    return Sample.ofOwned(name, values);
  }

  @Benchmark
  public TwoSampleComparison all() {
    return TwoSampleComparison.of(a, b);
  }

  @Benchmark
  public KolmogorovSmirnovTwoSample kolmogorovSmirnov() {
    return KolmogorovSmirnovTwoSample.of(a, b);
  }

  @Benchmark
  public Validated<AndersonDarlingTwoSample> andersonDarling() {
    return AndersonDarlingTwoSample.of(a, b);
  }

  @Benchmark
  public Validated<CramerVonMisesTwoSample> cramerVonMises() {
    return CramerVonMisesTwoSample.of(a, b);
  }

  @Benchmark
  public EmpiricalDistances distances() {
    return EmpiricalDistances.of(a, b);
  }

  /**
   * The dearest exact p-values SciPy's rules allow, for samples half a standard deviation apart:
   * Kolmogorov–Smirnov at 10 000 × 9 999 (n ≠ m takes the slower path) and Cramér–von Mises at 20 ×
   * 19.
   */
  @State(Scope.Benchmark)
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Fork(1)
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 3, time = 5)
  public static class ExactLimits {
    private Sample ksA;
    private Sample ksB;
    private Sample cvmA;
    private Sample cvmB;

    @Setup
    public void drawSamples() {
      ksA = normal("a", KolmogorovSmirnovTwoSample.MAX_EXACT_SIZE, 3, 0);
      ksB = normal("b", KolmogorovSmirnovTwoSample.MAX_EXACT_SIZE - 1, 4, 0.5);
      cvmA = normal("a", CramerVonMisesTwoSample.MAX_EXACT_SIZE, 5, 0);
      cvmB = normal("b", CramerVonMisesTwoSample.MAX_EXACT_SIZE - 1, 6, 0.5);
    }

    @Benchmark
    public KolmogorovSmirnovTwoSample kolmogorovSmirnovExact() {
      return KolmogorovSmirnovTwoSample.of(ksA, ksB);
    }

    @Benchmark
    public Validated<CramerVonMisesTwoSample> cramerVonMisesExact() {
      return CramerVonMisesTwoSample.of(cvmA, cvmB);
    }
  }
}
