package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probscope.model.distribution.AffineDistribution;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/**
 * The one-sample metrics against an affine target X = s + c·Y are those against Y on the
 * standardised sample (x − s)/c: KS, Kuiper, Cramér–von Mises and Anderson–Darling depend on the
 * data only through F(xᵢ), which the transform leaves unchanged; W₁ = ∫|Fₙ − F| dx scales by c.
 */
class AffineGoodnessOfFitTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        // a sample of the target itself, and one from another law (large statistics)
        "affine(studentt(df=3), shift=5, scale=2); affine(studentt(df=3), shift=5, scale=2)",
        "affine(studentt(df=2.5), shift=-40, scale=0.01); normal(mean=-40, sd=0.02)",
        "affine(chisquared(df=4), shift=-1, scale=0.5); affine(chisquared(df=4), shift=-1, scale=0.5)",
        "affine(chisquared(df=4), shift=-1, scale=0.5); uniform(lower=-0.5, upper=3)",
        "affine(f(df1=3, df2=7), shift=100, scale=30); gamma(shape=2, scale=40)",
        "affine(cauchy(location=0, scale=1), shift=2, scale=3); normal(mean=2, sd=3)"
      })
  void statisticsAreTheBasesOnTheStandardisedSample(String targetSpec, String drawnFrom) {
    AffineDistribution target =
        (AffineDistribution) DistributionSpec.parse(targetSpec).orElseThrow();
    Distribution source = DistributionSpec.parse(drawnFrom).orElseThrow();
    double[] xs = SampleGenerator.drawValues(source, 2000, 42);
    double[] zs = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      zs[i] = (xs[i] - target.shift()) / target.scale();
    }
    GoodnessOfFit onX = GoodnessOfFit.of(Sample.of("x", xs), target);
    GoodnessOfFit onZ = GoodnessOfFit.of(Sample.of("z", zs), target.base());
    assertThat(onX.tests()).hasSameSizeAs(onZ.tests());
    for (int i = 0; i < onX.tests().size(); i++) {
      TestResult x = onX.tests().get(i);
      TestResult z = onZ.tests().get(i);
      assertThat(x.test()).isEqualTo(z.test());
      assertThat(x.statistic())
          .as("%s %s", targetSpec, x.test())
          .isCloseTo(z.statistic(), within(1e-12 * Math.max(1, z.statistic())));
      assertThat(x.p().bound()).isEqualTo(z.p().bound());
      assertThat(x.p().method()).isEqualTo(z.p().method());
      assertThat(x.p().value())
          .as("%s %s p", targetSpec, x.test())
          .isCloseTo(z.p().value(), within(1e-9 * z.p().value()));
    }
    assertThat(onX.wasserstein1().isFinite()).isEqualTo(onZ.wasserstein1().isFinite());
    if (onZ.wasserstein1().isFinite()) {
      double expected = target.scale() * onZ.wasserstein1().value();
      assertThat(onX.wasserstein1().value())
          .as("%s W1", targetSpec)
          .isCloseTo(expected, within(1e-9 * expected));
    } else {
      assertThat(onX.wasserstein1().reason()).isNotBlank();
    }
  }
}
