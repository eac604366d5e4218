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
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;
import org.probscope.model.fit.BootstrapGof;
import org.probscope.model.fit.BootstrapProgress;
import org.probscope.model.fit.BootstrapResult;
import org.probscope.model.fit.BootstrapSettings;
import org.probscope.model.fit.FitData;
import org.probscope.model.fit.FitOptions;
import org.probscope.model.fit.FitResult;
import org.probscope.model.fit.Fitter;
import org.probscope.model.fit.ParametricBootstrap;
import org.probscope.model.sample.SampleGenerator;

/**
 * Issue 8's budget: a 1000-refit parametric bootstrap of a gamma at n = 10³ in ≤ 1 s on the two
 * cores. The data are gamma(shape = 2, scale = 1), seed 42, fitted once before timing; each
 * invocation draws, refits and (with {@code goodnessOfFit}) computes the KS, Kuiper, CvM and AD
 * statistics of every refit and the corrected p-values.
 *
 * <p>Run: {@code mvn -B -o -pl model test-compile exec:exec -Dbench.args=BootstrapBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class BootstrapBenchmark {

  @Param({"1000"})
  public int n;

  @Param({"1000"})
  public int refits;

  @Param({"true", "false"})
  public boolean goodnessOfFit;

  private FitData data;
  private FitResult fit;
  private FitOptions options;

  @Setup
  public void setUp() {
    Family gamma = Families.byName("gamma").orElseThrow();
    data = FitData.of(SampleGenerator.draw(gamma.create(2, 1).orElseThrow(), n, 42));
    options = FitOptions.defaults();
    fit = Fitter.fit(gamma, data, options);
  }

  @Benchmark
  public Object gammaBootstrap() {
    BootstrapResult result =
        ParametricBootstrap.run(
            fit,
            data,
            options,
            BootstrapSettings.of(refits, 7).withGoodnessOfFit(goodnessOfFit),
            BootstrapProgress.NONE);
    return goodnessOfFit ? BootstrapGof.of(result).orElseThrow() : result;
  }
}
