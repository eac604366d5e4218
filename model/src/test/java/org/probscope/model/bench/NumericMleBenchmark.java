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
import org.probscope.model.fit.FitData;
import org.probscope.model.fit.FitOptions;
import org.probscope.model.fit.FitResult;
import org.probscope.model.fit.Fitter;
import org.probscope.model.sample.Sample;

/**
 * The maximum-likelihood fit of each family that has no closed form (cauchy, logistic, studentt and
 * f with location and scale, triangular) at n = 10⁶, without the goodness-of-fit tests, on two data
 * sets: {@code gamma}, the data of {@link FitBenchmark#allFamilies} (gamma(shape=2.5, scale=3),
 * seed 42), where most of these families fit badly, and {@code own}, a sample of the family itself
 * (seed 42), where they fit well.
 *
 * <p>Run: {@code mvn -B -o -pl model test-compile exec:exec -Dbench.args="NumericMleBenchmark -f 1
 * -wi 2 -i 3"}; add {@code -p locationScale=true -p family=studentt,f} for the affine fits.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class NumericMleBenchmark {

  @Param({"cauchy", "logistic", "studentt", "triangular", "f"})
  public String family;

  @Param({"gamma", "own"})
  public String data;

  @Param({"1000000"})
  public int n;

  /** Whether studentt and f get SciPy's loc and scale ({@code affine(...)}); others ignore it. */
  @Param({"false"})
  public boolean locationScale;

  private FitData fitData;
  private Family fitted;
  private FitOptions options;

  @Setup
  public void setUp() {
    String spec =
        data.equals("gamma")
            ? "gamma(shape=2.5, scale=3)"
            : switch (family) {
              case "cauchy" -> "cauchy(location=1, scale=2)";
              case "logistic" -> "logistic(location=1, scale=2)";
              case "studentt" -> "affine(studentt(df=3), shift=1, scale=2)";
              case "triangular" -> "triangular(lower=0, mode=3, upper=10)";
              default -> "affine(f(df1=5, df2=12), shift=1, scale=2)";
            };
    var sampler =
        DistributionSpec.parse(spec)
            .orElseThrow()
            .sampler(RandomSource.XO_RO_SHI_RO_128_PP.create(42L));
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = sampler.sample();
    }
    fitData = FitData.of(Sample.ofOwned("bench", values));
    fitted = Families.byName(family).orElseThrow();
    options = FitOptions.defaults().withGoodnessOfFit(false).withLocationScale(locationScale);
  }

  @Benchmark
  public FitResult fit() {
    return Fitter.fit(fitted, fitData, options);
  }
}
