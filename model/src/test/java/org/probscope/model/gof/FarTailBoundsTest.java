package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/**
 * What an independent tester found on 2026-12-02, each a figure shown as a number where only a
 * bound is known: the limit-law CvM tail near W²'s maximum, discrete p-values that underflowed to 0
 * or a subnormal, a Monte-Carlo p-value at its floor, and a chi-square that walked 10⁵ atoms.
 */
class FarTailBoundsTest {

  private static Distribution of(String spec) {
    return DistributionSpec.parse(spec).orElseThrow();
  }

  @Test
  void cramerVonMisesNearItsMaximumIsABound() {
    // 300 draws of N(0, 1) against normal(mean=10): W² = n/3 − 1e-11; the limit law said 1.6e-216
    Sample sample = SampleGenerator.draw(of("normal(mean=0, sd=1)"), 300, 1);
    GoodnessOfFit gof = GoodnessOfFit.of(sample, of("normal(mean=10, sd=1)"));
    PValue p = gof.cramerVonMises().p();
    assertThat(p.bound()).isTrue();
    // Massart through W² ≤ 1/(12n) + n·D²: 2·exp(−2(100 − 1/3600)) = 2.8e-87
    assertThat(p.value()).isLessThan(1e-80);
    assertThat(gof.kuiper().p().bound()).isTrue();
    assertThat(gof.decisions(1e-12)).allSatisfy(d -> assertThat(d.reject()).isTrue());
  }

  @Test
  void aModerateCramerVonMisesStaysANumber() {
    assertThat(CramerVonMisesPValue.of(1.0, 1000).bound()).isFalse();
    assertThat(CramerVonMisesPValue.of(1.0, 1000).value()).isBetween(1e-4, 1e-2);
  }

  @Test
  void discreteTestsBelowTheSmallestShownAreBounds() {
    // 1000 draws of binomial(1e9, 0.5) against poisson(1e9): CvM, AD, Watson read a bare 0.0
    Sample sample = SampleGenerator.draw(of("binomial(trials=1000000000, p=0.5)"), 1000, 2);
    GoodnessOfFit gof = GoodnessOfFit.of(sample, of("poisson(mean=1000000000)"));
    for (GofTest test :
        new GofTest[] {GofTest.CRAMER_VON_MISES, GofTest.ANDERSON_DARLING, GofTest.WATSON}) {
      PValue p = gof.test(test).p();
      assertThat(p.bound()).as(test.label()).isTrue();
      assertThat(p.value()).isEqualTo(PValue.SMALLEST_SHOWN);
      assertThat(p.boundReason()).isEqualTo(PValue.BELOW_SHOWN);
    }
    ChiSquareGoodnessOfFit chi = ChiSquareGoodnessOfFit.of(sample, of("poisson(mean=1000000000)"));
    assertThat(chi.p().bound()).isTrue();
    assertThat(chi.rejects(1e-12)).isTrue();
  }

  @Test
  void aMonteCarloPValueAtItsFloorIsABound() {
    // binomial(1e9) data against zipf(1e5, 1): D = 1, no replicate reaches it; 1/2001 read as p
    Sample sample = SampleGenerator.draw(of("binomial(trials=1000000000, p=0.5)"), 1000, 2);
    GoodnessOfFit gof = GoodnessOfFit.of(sample, of("zipf(elements=100000, exponent=1)"));
    PValue kuiper = gof.kuiper().p();
    assertThat(kuiper.bound()).isTrue();
    assertThat(kuiper.value()).isEqualTo(1.0 / 2001);
    assertThat(kuiper.boundReason()).contains("no simulated statistic");
    assertThat(gof.decisions(0.05)).allSatisfy(d -> assertThat(d.reject()).isTrue());
  }

  @Test
  void chiSquareBinsOfAWideTargetAreFoundByTheInverseNotAtomByAtom() {
    // negativebinomial(1e6, 0.001) has a body 10⁵ atoms wide: 15 s before, one inverse per bin now
    Distribution target = of("negativebinomial(successes=1000000, p=0.001)");
    Sample sample = SampleGenerator.draw(target, 100, 1);
    ChiSquareGoodnessOfFit chi = ChiSquareGoodnessOfFit.of(sample, target);
    assertThat(chi.applicable()).isTrue();
    assertThat(chi.bins()).isBetween(2, 20);
    assertThat(chi.expected()).allSatisfy(e -> assertThat(e).isGreaterThanOrEqualTo(5.0));
    assertThat(chi.expected().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(100, org.assertj.core.api.Assertions.within(1e-6));
    // each bin but the last is the smallest that reaches 5: one atom less would not
    for (int b = 1; b < chi.bins() - 1; b++) {
      double lo = chi.upperEdges().get(b - 1);
      double hi = chi.upperEdges().get(b);
      assertThat(100 * (target.survival(lo) - target.survival(hi - 1))).isLessThan(5);
    }
  }
}
