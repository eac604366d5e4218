package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.probscope.model.distribution.Families;
import org.probscope.model.sample.Sample;

/**
 * Lévy with the location free: with c profiled out ln L ≈ (W/2 − 1.5 w_min) ln u as the location
 * approaches the minimum (u → 0), unbounded when the minimum carries more than a third of the
 * weight.
 */
class LevyUnboundedTest {

  private static FitResult fit(double... x) {
    return Fitter.fit(
        Families.byName("levy").orElseThrow(),
        FitData.of(Sample.of("x", x)),
        FitOptions.defaults());
  }

  @Test
  void twoPointsHaveAnUnboundedLikelihood() {
    FitResult r = fit(1, 2.5);
    assertThat(r.isOk()).isFalse();
    assertThat(r.failure().orElseThrow().reason()).isEqualTo(FitFailure.Reason.TOO_FEW_POINTS);
    assertThat(r.status()).contains("unbounded");
  }

  @Test
  void aTiedMinimumWithMoreThanAThirdOfTheWeightIsUnbounded() {
    assertThat(fit(1, 1, 2.5).failure().orElseThrow().reason())
        .isEqualTo(FitFailure.Reason.TOO_FEW_POINTS);
  }

  @Test
  void threePointsReachAtLeastScipy() {
    // scipy.stats.levy.fit([1, 2.5, 4]) → (0.99994902, 0.00015359), sum(levy.logpdf) =
    // -4.865179650857051
    // (W = 3 w_min: the supremum is the limit at the minimum, approached from below)
    FitResult r = fit(1, 2.5, 4);
    assertThat(r.isOk()).as(r.status()).isTrue();
    assertThat(r.logLikelihood()).isGreaterThanOrEqualTo(-4.865179650857051 - 1e-9);
  }

  @Test
  void fourPointsReachThePolishedOptimum() {
    // scipy.stats.levy.fit([1, 2.5, 4, 7.5]) → lnL -9.464626304531123; mpmath (dps 30) root of
    // 3 S1² = W S2 by findroot from 0.85: mu 0.850029340119393, c 0.516670223451825,
    // lnL -9.46462630333471934016
    FitResult r = fit(1, 2.5, 4, 7.5);
    assertThat(r.isOk()).as(r.status()).isTrue();
    assertThat(r.logLikelihood()).isCloseTo(-9.46462630333471934016, within(1e-9));
    assertThat(r.parameters().get(0).value()).isCloseTo(0.850029340119393, within(1e-7));
    assertThat(r.parameters().get(1).value()).isCloseTo(0.516670223451825, within(1e-7));
  }
}
