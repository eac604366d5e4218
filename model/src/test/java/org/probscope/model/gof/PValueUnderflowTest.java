package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.probscope.model.distribution.Families;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/**
 * Issue 7 items 3 and 4: p-values that underflowed, stuck or rose, and uncached critical values.
 */
class PValueUnderflowTest {

  /** n = 10⁵ from N(0, 1) against normal(mean=5) gave CvM p = null and "do not reject". */
  @Test
  void aFarTargetGivesBoundsAndRejectsEverywhere() {
    Sample sample = SampleGenerator.draw(Families.normal().createDefault(), 100_000, 1);
    GoodnessOfFit gof = GoodnessOfFit.of(sample, Families.normal().create(5, 1).orElseThrow());
    assertThat(gof.tests())
        .allSatisfy(
            t -> {
              assertThat(t.p().bound()).as(t.test().label()).isTrue();
              assertThat(t.p().value()).isEqualTo(PValue.SMALLEST_SHOWN);
              assertThat(t.p().boundReason()).isEqualTo(PValue.BELOW_SHOWN);
              assertThat(t.p().logEstimate()).isLessThan(Math.log(1e-300));
            });
    assertThat(gof.decisions(0.05)).allSatisfy(d -> assertThat(d.reject()).isTrue());
    assertThat(gof.decisions(1e-12)).allSatisfy(d -> assertThat(d.reject()).isTrue());
  }

  /** Above A² ≈ 17 the AD p-value stuck at 6e-7 (n = 1000). */
  @Test
  void andersonDarlingKeepsFallingPastSeventeen() {
    double previous = AndersonDarlingPValue.pValue(17, 1000);
    assertThat(previous).isLessThan(1e-7); // 6.0e-7 before: Marsaglia's errfix floor
    for (double a2 : new double[] {20, 30, 60, 120, 400}) {
      double p = AndersonDarlingPValue.pValue(a2, 1000);
      assertThat(p).as("A² = %s", a2).isLessThan(previous * 0.1); // e^{-ΔA²} and less
      previous = p;
    }
    assertThat(AndersonDarlingPValue.pValue(60, 10)).isLessThan(1e-20); // was 6e-10
  }

  /** The CvM p-value rose with W²: 9.6e-10 at W² = 7.6, 9.4e-8 at 211. */
  @Test
  void cramerVonMisesFallsWithTheStatistic() {
    int n = 100_000;
    double at76 = CramerVonMisesPValue.pValue(7.6, n);
    assertThat(at76).isBetween(6e-18, 7e-18); // limit-law tail: 6.655e-18 (pvalue-tails.csv)
    PValue at211 = CramerVonMisesPValue.of(211, n);
    assertThat(at211.bound()).isTrue();
    assertThat(at211.logEstimate()).isLessThan(-1000);
    assertThat(CramerVonMisesPValue.pValue(20, n)).isLessThan(at76);
  }

  @Test
  void aBoundAboveAlphaIsDecidedByTheExtrapolatedTailNeverKeptForWantOfANumber() {
    PValue bound = PValue.below(1e-10, Math.log(1e-40), "m", "beyond the table");
    assertThat(bound.rejects(0.05)).isTrue();
    assertThat(bound.rejects(1e-12)).isTrue(); // e^{-92} < 1e-12
    assertThat(bound.rejects(1e-50)).isFalse();
    assertThat(PValue.ofLog(-1000, "m").rejects(Double.MIN_NORMAL)).isTrue();
    assertThat(PValue.ofLog(-1000, "m").knownValue()).isNaN();
    assertThat(PValue.ofLog(Math.log(0.2), "m").rejects(0.05)).isFalse();
  }

  /** 63 ms at n = 10³ and 178 ms at 10⁴ on every slider event: the critical values are cached. */
  @Test
  void criticalValuesAreComputedOncePerTestNAndAlpha() {
    double alpha = 0.0123456789;
    int before = CriticalValues.size();
    double first = CriticalValues.of(GofTest.KOLMOGOROV_SMIRNOV, 1234, alpha);
    int after = CriticalValues.size();
    assertThat(after).isEqualTo(Math.min(before + 1, CriticalValues.CAPACITY));
    assertThat(CriticalValues.of(GofTest.KOLMOGOROV_SMIRNOV, 1234, alpha)).isEqualTo(first);
    assertThat(CriticalValues.size()).isEqualTo(after);
    assertThat(KolmogorovSmirnovPValue.pValue(first, 1234)).isCloseTo(alpha, within(1e-9));
  }

  @Test
  void theCacheStaysBoundedUnderConcurrentUse() {
    IntStream.range(0, 4 * CriticalValues.CAPACITY)
        .parallel()
        .forEach(i -> CriticalValues.of(GofTest.KUIPER, 10 + i, 0.05));
    assertThat(CriticalValues.size()).isLessThanOrEqualTo(CriticalValues.CAPACITY);
    double v = CriticalValues.of(GofTest.KUIPER, 500, 0.05);
    assertThat(KuiperPValue.pValue(v, 500)).isCloseTo(0.05, within(1e-9));
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.api.Assertions.within(d);
  }
}
