package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;
import org.probscope.model.gof.GofStatistics;
import org.probscope.model.gof.GofTest;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/**
 * The bootstrap's bookkeeping: determinism whatever the thread count, each refit reproducible from
 * its own stream, failed and cancelled refits counted, and the summaries and p-values equal to
 * their formulas applied by hand to the cloud.
 */
class ParametricBootstrapTest {

  private static final Family NORMAL = Families.byName("normal").orElseThrow();
  private static final Family POISSON = Families.byName("poisson").orElseThrow();

  private static final FitOptions MLE = FitOptions.defaults();

  @Test
  void sameSeedGivesTheSameResultOnOneThreadAndOnTwo() throws Exception {
    FitData data = normalData(25, 1);
    FitResult fit = Fitter.fit(NORMAL, data, MLE);
    BootstrapSettings settings = BootstrapSettings.of(60, 42);

    BootstrapResult one = inPool(1, fit, data, settings);
    BootstrapResult two = inPool(2, fit, data, settings);

    assertThat(one.estimates()).isDeepEqualTo(two.estimates());
    for (GofTest t : BootstrapResult.TESTS) {
      assertThat(one.simulatedStatistics(t)).isEqualTo(two.simulatedStatistics(t));
    }
    BootstrapGof gofOne = BootstrapGof.of(one).orElseThrow();
    BootstrapGof gofTwo = BootstrapGof.of(two).orElseThrow();
    assertThat(gofOne.pValues()).isEqualTo(gofTwo.pValues());

    BootstrapResult otherSeed = inPool(2, fit, data, BootstrapSettings.of(60, 43));
    assertThat(otherSeed.estimates()[0]).isNotEqualTo(one.estimates()[0]);
  }

  @Test
  void refitIDrawsFromTheIthJumpedStreamAndFitsAsFitterDoes() {
    FitData data = normalData(30, 2);
    FitResult fit = Fitter.fit(NORMAL, data, MLE);
    BootstrapResult boot = run(fit, data, BootstrapSettings.of(12, 7));

    List<UniformRandomProvider> streams = ParametricBootstrap.streams(7, 12);
    Distribution fitted = fit.distribution().orElseThrow();
    for (int i = 0; i < 12; i++) {
      Distribution.Sampler sampler = fitted.sampler(streams.get(i));
      double[] x = new double[30];
      Arrays.setAll(x, k -> sampler.sample());
      Sample sample = Sample.of("x", x);
      FitResult refit = Fitter.fit(NORMAL, FitData.of(sample), MLE.withGoodnessOfFit(false));
      assertThat(boot.estimates()[i])
          .containsExactly(refit.parameters().get(0).value(), refit.parameters().get(1).value());
      assertThat(boot.simulatedStatistics(GofTest.ANDERSON_DARLING)[i])
          .isEqualTo(
              GofStatistics.of(sample, refit.distribution().orElseThrow()).andersonDarling());
    }
    assertThat(boot.observedStatistics().orElseThrow().ks())
        .isEqualTo(fit.test(Criterion.KS).orElseThrow().statistic());
  }

  /**
   * A gamma of shape 0.01 puts about 6e-4 of its mass below the smallest double, 4.9e-324: a
   * simulated sample of 300 holds an exact 0 with probability about 16%, and its refit fails
   * (outside the support (0, ∞)). The failures must equal the number of simulated samples holding a
   * value ≤ 0, counted here from the same streams, and be excluded from the cloud and from B.
   */
  @Test
  void refitsThatFailAreCountedWithTheirReasonAndExcludedFromTheCloud() {
    Family gamma = Families.byName("gamma").orElseThrow();
    double[] x = SampleGenerator.drawValues(gamma.create(0.01, 1).orElseThrow(), 300, 1);
    FitData data = FitData.of(Sample.of("x", x));
    FitResult fit = Fitter.fit(gamma, data, MLE);
    assertThat(fit.isOk()).as(fit.status()).isTrue();
    int b = 100;
    BootstrapResult boot = run(fit, data, BootstrapSettings.of(b, 3));

    int withZero = 0;
    for (UniformRandomProvider rng : ParametricBootstrap.streams(3, b)) {
      Distribution.Sampler s = fit.distribution().orElseThrow().sampler(rng);
      boolean zero = false;
      for (int k = 0; k < 300; k++) {
        zero |= s.sample() <= 0;
      }
      withZero += zero ? 1 : 0;
    }
    assertThat(withZero).isBetween(5, 40);
    assertThat(boot.failed()).isEqualTo(withZero);
    assertThat(boot.failures()).containsOnlyKeys(FitFailure.Reason.OUTSIDE_SUPPORT);
    assertThat(boot.failures().get(FitFailure.Reason.OUTSIDE_SUPPORT)).isEqualTo(withZero);
    assertThat(boot.firstFailure(FitFailure.Reason.OUTSIDE_SUPPORT).orElseThrow().example())
        .isZero();
    assertThat(boot.succeeded()).isEqualTo(b - withZero);
    assertThat(boot.estimates("shape")).hasSize(b - withZero);
    assertThat(boot.estimates()).hasDimensions(b - withZero, 2);
    assertThat(boot.isComplete()).isTrue();

    BootstrapPValue ks = BootstrapGof.of(boot).orElseThrow().ks();
    assertThat(ks.refitsUsed()).isEqualTo(b - withZero);
    assertThat(ks.failedRefits()).isEqualTo(withZero);
    assertThat(ks.p().method()).contains(withZero + " failed, excluded");
  }

  @Test
  void summariesAreTheFormulasAppliedToTheCloud() {
    FitData data = normalData(40, 3);
    FitResult fit = Fitter.fit(NORMAL, data, MLE);
    BootstrapResult boot = run(fit, data, BootstrapSettings.of(101, 5));

    double[] sd = boot.estimates("sd");
    double[] sorted = sd.clone();
    Arrays.sort(sorted);
    // m = 101: type 7 puts the 2.5% quantile at h = 2.5, the 97.5% at h = 97.5, the median at 50
    assertThat(boot.percentileInterval("sd", 0.95))
        .containsExactly(
            sorted[2] + 0.5 * (sorted[3] - sorted[2]),
            sorted[97] + 0.5 * (sorted[98] - sorted[97]));
    assertThat(boot.median("sd")).isEqualTo(sorted[50]);
    double mean = Arrays.stream(sd).average().orElseThrow();
    double ss = Arrays.stream(sd).map(v -> (v - mean) * (v - mean)).sum();
    assertThat(boot.standardError("sd")).isCloseTo(Math.sqrt(ss / 100), within(1e-15));
    assertThat(boot.parameterNames()).containsExactly("mean", "sd");
    assertThat(boot.estimates()).hasDimensions(101, 2);
    // the bootstrap SE of the mean is about sd/√n, that of the sd about sd/√(2n)
    double sigma = fit.parameters().get(1).value();
    assertThat(boot.standardError("mean"))
        .isCloseTo(sigma / Math.sqrt(40), within(0.3 * sigma / Math.sqrt(40)));

    BootstrapGof gof = BootstrapGof.of(boot).orElseThrow();
    for (BootstrapPValue p : gof.pValues()) {
      double t = boot.observedStatistics().orElseThrow().statistic(p.test());
      long exceed = Arrays.stream(boot.simulatedStatistics(p.test())).filter(v -> v >= t).count();
      assertThat(p.exceedances()).isEqualTo(exceed);
      assertThat(p.statistic()).isEqualTo(t);
      if (exceed > 0) {
        assertThat(p.p().value()).isEqualTo((1.0 + exceed) / 102.0);
        assertThat(p.p().bound()).isFalse();
      } else {
        assertThat(p.p().bound()).isTrue();
        assertThat(p.p().value()).isEqualTo(1.0 / 102);
      }
      double pv = (1.0 + exceed) / 102.0;
      assertThat(p.monteCarloError()).isEqualTo(Math.sqrt(pv * (1 - pv) / 101));
      assertThat(p.p().method()).startsWith(BootstrapGof.LABEL).contains("B = 101", "seed 5");
    }
  }

  @Test
  void aFitWithAFixedParameterIsRefittedWithItFixed() {
    FitData data = normalData(30, 4);
    FitOptions fixedSd = MLE.withFixed(FixedParameters.none().with("sd", 1.0));
    FitResult fit = Fitter.fit(NORMAL, data, fixedSd);
    BootstrapResult boot = run(fit, data, BootstrapSettings.of(20, 9), fixedSd);

    assertThat(boot.parameterNames()).containsExactly("mean");
    assertThat(boot.estimates()).hasDimensions(20, 1);
    assertThatThrownBy(() -> boot.estimates("sd")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cancellingStopsTheRefitsNotYetStartedAndCountsThem() {
    FitData data = normalData(20, 5);
    FitResult fit = Fitter.fit(NORMAL, data, MLE);
    AtomicInteger heard = new AtomicInteger();
    BootstrapProgress cancelAfterFive =
        new BootstrapProgress() {
          @Override
          public void refitted(int done, int total) {
            heard.incrementAndGet();
          }

          @Override
          public boolean cancelled() {
            return heard.get() >= 5;
          }
        };
    BootstrapResult boot =
        ParametricBootstrap.run(fit, data, MLE, BootstrapSettings.of(500, 1), cancelAfterFive);

    assertThat(boot.isComplete()).isFalse();
    assertThat(boot.cancelled()).isPositive();
    assertThat(boot.succeeded() + boot.failed() + boot.cancelled()).isEqualTo(500);
    assertThat(heard.get()).isEqualTo(500);
    assertThat(BootstrapGof.of(boot).orElseThrow().ks().p().method())
        .contains(boot.cancelled() + " cancelled");
  }

  /**
   * A uniform MLE ends at the sample's extremes, so A² (a log of F(x₍₁₎) = 0) is infinite for the
   * data and for every refit: ∞ ≥ ∞ must not make a corrected p-value of 1.
   */
  @Test
  void anInfiniteObservedStatisticHasNoCorrectedPValue() {
    Family uniform = Families.byName("uniform").orElseThrow();
    FitData data = FitData.of(SampleGenerator.draw(uniform.create(0, 1).orElseThrow(), 50, 4L));
    FitResult fit = Fitter.fit(uniform, data, FitOptions.defaults());
    BootstrapGof gof =
        BootstrapGof.of(
                ParametricBootstrap.run(
                    fit,
                    data,
                    FitOptions.defaults(),
                    BootstrapSettings.of(20, 1),
                    BootstrapProgress.NONE))
            .orElseThrow();

    assertThat(gof.andersonDarling().statistic()).isInfinite();
    assertThat(gof.andersonDarling().p().value()).isNaN();
    assertThat(gof.andersonDarling().p().method()).contains("not defined");
    assertThat(gof.ks().p().value()).isBetween(0.0, 1.0);
  }

  @Test
  void weightedDataHaveNoBootstrappedGoodnessOfFit() {
    FitData data = FitData.weighted(new double[] {1, 2, 3, 4}, new double[] {2, 5, 7, 1});
    FitResult fit = Fitter.fit(NORMAL, data, MLE);
    BootstrapResult boot = run(fit, data, BootstrapSettings.of(10, 3));

    assertThat(boot.sampleSize()).isEqualTo(15);
    assertThat(boot.succeeded()).isEqualTo(10);
    assertThat(BootstrapGof.of(boot)).isEmpty();
  }

  @Test
  void badSettingsAndFailedFitsAreRefused() {
    assertThat(BootstrapSettings.refitsProblem(9)).isPresent();
    assertThat(BootstrapSettings.refitsProblem(100_001)).isPresent();
    assertThat(BootstrapSettings.refitsProblem(10)).isEmpty();
    assertThatThrownBy(() -> BootstrapSettings.of(0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    FitData negative = FitData.of(Sample.of("x", new double[] {-1, 2, 3}));
    FitResult failed = Fitter.fit(POISSON, negative, MLE);
    assertThatThrownBy(
            () ->
                ParametricBootstrap.run(
                    failed, negative, MLE, BootstrapSettings.of(10, 1), BootstrapProgress.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static FitData normalData(int n, long seed) {
    Distribution d = NORMAL.create(10, 2).orElseThrow();
    return FitData.of(SampleGenerator.draw(d, n, seed));
  }

  private static BootstrapResult run(FitResult fit, FitData data, BootstrapSettings settings) {
    return run(fit, data, settings, MLE);
  }

  private static BootstrapResult run(
      FitResult fit, FitData data, BootstrapSettings settings, FitOptions options) {
    return ParametricBootstrap.run(fit, data, options, settings, BootstrapProgress.NONE);
  }

  private static BootstrapResult inPool(
      int threads, FitResult fit, FitData data, BootstrapSettings settings) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      // a parallel stream started inside a pool's task runs in that pool
      return pool.submit(() -> run(fit, data, settings)).get();
    } finally {
      pool.shutdown();
    }
  }
}
