package org.probscope.model.fit;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.gof.GofStatistics;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/**
 * The parametric bootstrap of a fit, as {@code fitdistrplus::bootdist(f, bootmethod = "param")}: B
 * times, n values are drawn from the fitted distribution and fitted again with the same family,
 * method and fixed parameters. The refits' estimates give percentile intervals, medians and
 * standard errors ({@link BootstrapResult}); their goodness-of-fit statistics, each of a simulated
 * sample against its own refit, give p-values that account for the parameters having been estimated
 * ({@link BootstrapGof}; Stute, González Manteiga &amp; Presedo Quindimil 1993). A refit that fails
 * is counted with its reason, never dropped silently.
 *
 * <p>Randomness: the generator of {@link SampleGenerator} (XO_RO_SHI_RO_128_PP) seeded with the
 * settings' seed; refit i draws from the i-th of B streams, each 2⁶⁴ draws after the previous one
 * (the generator's {@code jump()}), so the streams never overlap and the result is the same on one
 * thread or many. The refits run in parallel over the common pool (both cores).
 *
 * <p>n is the number of rows; for weighted data, Σw rounded (frequency weights), and the refits are
 * unweighted samples, which have no goodness-of-fit statistics to compare with: none are computed.
 */
public final class ParametricBootstrap {

  private ParametricBootstrap() {}

  /**
   * Runs the bootstrap of {@code fit}, which was made from {@code data} with {@code options}.
   *
   * @throws IllegalArgumentException when the fit failed (there is nothing to draw from) or was
   *     made with another method than {@code options}'
   */
  public static BootstrapResult run(
      FitResult fit,
      FitData data,
      FitOptions options,
      BootstrapSettings settings,
      BootstrapProgress progress) {
    if (!fit.isOk()) {
      throw new IllegalArgumentException("a failed fit has no bootstrap: " + fit.status());
    }
    if (fit.method() != options.method()) {
      throw new IllegalArgumentException(
          "the fit was made by " + fit.method().code() + ", the options say " + options.method());
    }
    Distribution fitted = fit.distribution().orElseThrow();
    int n = drawSize(data);
    int total = settings.refits();
    Optional<GofStatistics> observed =
        settings.goodnessOfFit()
            ? data.sample().map(s -> GofStatistics.of(s, fitted))
            : Optional.empty();
    FitOptions refitOptions = options.withGoodnessOfFit(false);
    List<UniformRandomProvider> streams = streams(settings.seed(), total);
    AtomicInteger done = new AtomicInteger();
    List<Refit> refits =
        IntStream.range(0, total)
            .parallel()
            .mapToObj(
                i -> {
                  Refit r =
                      progress.cancelled()
                          ? Refit.failed(
                              FitFailure.of(
                                  FitFailure.Reason.CANCELLED, "the bootstrap was cancelled"))
                          : refit(
                              fit, fitted, n, refitOptions, streams.get(i), observed.isPresent());
                  progress.refitted(done.incrementAndGet(), total);
                  return r;
                })
            .toList();
    return BootstrapResult.of(fit, settings, n, refits, observed);
  }

  /** The B streams: copies of the seeded generator, each jumped 2⁶⁴ draws past the previous. */
  static List<UniformRandomProvider> streams(long seed, int count) {
    JumpableUniformRandomProvider rng =
        (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    return rng.jumps(count).toList();
  }

  private static int drawSize(FitData data) {
    long n = data.isWeighted() ? Math.round(data.totalWeight()) : data.rows();
    return (int) Math.max(1, Math.min(SampleGenerator.MAX_SIZE, n));
  }

  /** One refit: n draws, the fit, and the statistics of the draws against the refit. */
  static Refit refit(
      FitResult fit,
      Distribution fitted,
      int n,
      FitOptions options,
      UniformRandomProvider rng,
      boolean statistics) {
    Distribution.Sampler sampler = fitted.sampler(rng);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = sampler.sample();
      if (!Double.isFinite(values[i])) {
        return Refit.failed(
            FitFailure.of(
                FitFailure.Reason.DID_NOT_CONVERGE,
                "a simulated value is not a finite number (" + values[i] + ")"));
      }
    }
    Sample sample = Sample.ofOwned("refit", values);
    FitResult r = Fitter.fit(fit.family(), FitData.of(sample), options);
    if (!r.isOk()) {
      return Refit.failed(r.failure().orElseThrow());
    }
    List<ParameterEstimate> free = r.parameters().stream().filter(p -> !p.fixed()).toList();
    double[] estimates = new double[free.size()];
    for (int j = 0; j < estimates.length; j++) {
      estimates[j] = free.get(j).value();
    }
    return Refit.of(
        estimates, statistics ? GofStatistics.of(sample, r.distribution().orElseThrow()) : null);
  }
}
