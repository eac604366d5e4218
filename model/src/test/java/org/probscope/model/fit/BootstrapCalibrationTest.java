package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;
import org.probscope.model.gof.GoodnessOfFit;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/**
 * Whether the bootstrap does what it is for, over seeded repetitions: corrected p-values are
 * uniform under a true null while the as-if-known ones are far too large, and percentile intervals
 * cover the true parameter at about their nominal rate.
 */
class BootstrapCalibrationTest {

  private static final FitOptions MLE = FitOptions.defaults();

  /**
   * 200 normal data sets of n = 20, each fitted by a normal and bootstrapped with B = 99. For a
   * location-scale family the null law of D with estimated parameters does not depend on the
   * parameters (Lilliefors 1967), so p = (1 + #{D* ≥ D})/(B + 1) is an exact Monte-Carlo test: P(p
   * ≤ j/100) = j/100, uniform on the grid. Checked by the KS test of the 200 p-values against
   * uniform(0, 1) at level 0.001: the grid's steps of 0.01 make the test conservative, so the
   * false-failure rate over seeds is at most 0.1%. The as-if-known p-values of the same fits
   * (Kolmogorov's null, no estimation) have mean about 0.8 here (Lilliefors' point): asserted above
   * 0.6, while uniform p-values would have mean 0.5 ± 0.02 (sd of a mean of 200).
   */
  @Test
  void correctedKsPValuesAreUniformUnderATrueNullAndTheAsIfKnownOnesAreTooLarge() {
    Family normal = Families.byName("normal").orElseThrow();
    Distribution truth = normal.create(5, 3).orElseThrow();
    int sets = 200;
    double[] corrected = new double[sets];
    double[] asIfKnown = new double[sets];
    double[] correctedAd = new double[sets];
    for (int s = 0; s < sets; s++) {
      FitData data = FitData.of(SampleGenerator.draw(truth, 20, 1000L + s));
      FitResult fit = Fitter.fit(normal, data, MLE);
      BootstrapResult boot =
          ParametricBootstrap.run(
              fit, data, MLE, BootstrapSettings.of(99, 5000L + s), BootstrapProgress.NONE);
      assertThat(boot.failed()).isZero();
      BootstrapGof gof = BootstrapGof.of(boot).orElseThrow();
      corrected[s] = gof.ks().p().value();
      correctedAd[s] = gof.andersonDarling().p().value();
      asIfKnown[s] = fit.test(Criterion.KS).orElseThrow().pValue();
    }
    System.out.printf(
        "null calibration: KS of corrected p-values p = %.3g (AD %.3g), mean corrected %.3f,"
            + " mean as-if-known %.3f%n",
        ksPValueAgainstUniform(corrected),
        ksPValueAgainstUniform(correctedAd),
        Arrays.stream(corrected).average().orElseThrow(),
        Arrays.stream(asIfKnown).average().orElseThrow());
    assertThat(ksPValueAgainstUniform(corrected)).isGreaterThan(0.001);
    assertThat(ksPValueAgainstUniform(correctedAd)).isGreaterThan(0.001);
    assertThat(Arrays.stream(corrected).average().orElseThrow()).isBetween(0.44, 0.56);
    assertThat(Arrays.stream(asIfKnown).average().orElseThrow()).isGreaterThan(0.6);
  }

  /**
   * 100 gamma(shape = 2, scale = 1) data sets of n = 50, each bootstrapped with B = 199; the 95%
   * percentile interval of the shape covers 2 in about 95 of them. The percentile interval's
   * coverage is nominal only asymptotically (the shape's MLE is biased upward by about 3k/n = 12%
   * here, which the percentile interval does not correct), so the tolerance allows a true coverage
   * from 0.88 to 0.99: the count must lie in [80, 100], outside which a Binomial(100, 0.88) count
   * falls below with probability 0.003 and a Binomial(100, 0.99) cannot go above.
   */
  @Test
  void percentileIntervalsOfAGammaShapeCoverTheTrueValueAtAboutTheNominalRate() {
    Family gamma = Families.byName("gamma").orElseThrow();
    Distribution truth = gamma.create(2, 1).orElseThrow();
    int sets = 100;
    int covered = 0;
    for (int s = 0; s < sets; s++) {
      Sample sample = SampleGenerator.draw(truth, 50, 3000L + s);
      FitData data = FitData.of(sample);
      FitResult fit = Fitter.fit(gamma, data, MLE.withGoodnessOfFit(false));
      BootstrapResult boot =
          ParametricBootstrap.run(
              fit,
              data,
              MLE,
              BootstrapSettings.of(199, 7000L + s).withGoodnessOfFit(false),
              BootstrapProgress.NONE);
      double[] interval = boot.percentileInterval("shape", 0.95);
      covered += interval[0] <= 2 && 2 <= interval[1] ? 1 : 0;
    }
    System.out.println("gamma shape 95% percentile coverage: " + covered + " of " + sets);
    assertThat(covered).isBetween(80, 100);
  }

  /** The exact KS p-value of a sample against uniform(0, 1), by the model's own test. */
  private static double ksPValueAgainstUniform(double[] p) {
    Distribution uniform = Families.byName("uniform").orElseThrow().create(0, 1).orElseThrow();
    return GoodnessOfFit.of(Sample.of("p", p), uniform).ks().pValue();
  }
}
