package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.probscope.model.distribution.Families;
import org.probscope.model.sample.Sample;

/**
 * Data at the ends of the double range: the moments are formed on values scaled by a power of two,
 * so a variance that underflows (1e-400) or squares that overflow (1e616) still give the sd.
 */
class FitExtremeScalesTest {

  private static FitResult fit(String family, double... x) {
    return Fitter.fit(
        Families.byName(family).orElseThrow(),
        FitData.of(Sample.of("x", x)),
        FitOptions.defaults());
  }

  @Test
  void normalAtTinyScaleWhoseVarianceUnderflows() {
    // mpmath, mp.dps = 50, on the doubles x: m = sum(x)/4, sqrt(sum((a - m)**2 for a in x)/4)
    // → 1.9250000000000000453e-200, 9.8329802196485689021e-201
    FitResult r = fit("normal", 1e-200, 2e-200, 3.5e-200, 1.2e-200);
    assertThat(r.isOk()).as(r.status()).isTrue();
    assertThat(r.parameters().get(0).value()).isCloseTo(1.9250000000000000453e-200, within(1e-212));
    assertThat(r.parameters().get(1).value())
        .isCloseTo(9.8329802196485689021e-201, within(9.83e-213));
  }

  @Test
  void normalAtHugeScaleWhoseSquaresOverflow() {
    // the same mpmath call → 1.3499999999999999749e+308, 2.6925824035672518969e+307
    FitData data = FitData.of(Sample.of("x", new double[] {1e308, 1.5e308, 1.2e308, 1.7e308}));
    assertThat(data.mean()).isCloseTo(1.3499999999999999749e+308, within(1.35e296));
    assertThat(data.sd()).isCloseTo(2.6925824035672518969e+307, within(2.69e295));
    FitResult r = fit("normal", 1e308, 1.5e308, 1.2e308, 1.7e308);
    assertThat(r.status()).doesNotContain("equal");
    if (r.isOk()) {
      assertThat(r.parameters().get(1).value())
          .isCloseTo(2.6925824035672518969e+307, within(2.69e295));
    }
  }

  @Test
  void skewnessAndKurtosisAreScaleFree() {
    FitData tiny = FitData.of(Sample.of("x", new double[] {1e-200, 2e-200, 3.5e-200, 1.2e-200}));
    FitData unit = FitData.of(Sample.of("x", new double[] {1, 2, 3.5, 1.2}));
    assertThat(tiny.skewness()).isCloseTo(unit.skewness(), within(1e-12));
    assertThat(tiny.kurtosis()).isCloseTo(unit.kurtosis(), within(1e-12));
  }
}
