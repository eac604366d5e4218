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
 * mvn -B -o -pl model test-compile exec:exec -Dbench.args='TwoSampleBenchmark -f 1 -wi 2 -i 3'
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
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

  private static Sample normal(String name, int n, long seed, double shift) {
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
}
