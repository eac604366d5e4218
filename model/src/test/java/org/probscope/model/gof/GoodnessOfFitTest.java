package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Families;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

class GoodnessOfFitTest {

  private static final Distribution STANDARD_NORMAL = Families.normal().createDefault();

  @Test
  void resultsHaveTheSameBitsOnOneThreadOrMany() throws Exception {
    // 100 000 values span 7 blocks of the pass, so the pool size changes how blocks are scheduled.
    Sample sample =
        SampleGenerator.draw(Families.normal().create(0.02, 1.1).orElseThrow(), 100_000, 7);
    GoodnessOfFit one = inPool(1, sample);
    GoodnessOfFit four = inPool(4, sample);
    assertThat(four.tests()).isEqualTo(one.tests());
    assertThat(four.wasserstein1()).isEqualTo(one.wasserstein1());
    assertThat(four.ksGap()).isEqualTo(one.ksGap());
  }

  private static GoodnessOfFit inPool(int threads, Sample sample)
      throws InterruptedException, ExecutionException {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> GoodnessOfFit.of(sample, STANDARD_NORMAL)).get();
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aDiscreteTargetIsFlaggedWithANoteAndAContinuousOneIsNot() {
    Distribution poisson = Families.byName("poisson").orElseThrow().create(3).orElseThrow();
    GoodnessOfFit discrete =
        GoodnessOfFit.of(Sample.of("counts", new double[] {1, 2, 2, 3, 5}), poisson);
    assertThat(discrete.discreteTarget()).isTrue();
    assertThat(discrete.note()).contains("discrete null").doesNotContain("conservative");
    GoodnessOfFit continuous =
        GoodnessOfFit.of(Sample.of("x", new double[] {-1, 0.5, 2}), STANDARD_NORMAL);
    assertThat(continuous.discreteTarget()).isFalse();
    assertThat(continuous.note()).isEmpty();
  }

  @Test
  void decisionsAgreeWithPValuesAndCriticalValues() {
    Sample shifted = SampleGenerator.draw(Families.normal().create(0.3, 1).orElseThrow(), 400, 11);
    GoodnessOfFit gof = GoodnessOfFit.of(shifted, STANDARD_NORMAL);
    List<Decision> decisions = gof.decisions(0.05);
    assertThat(decisions).hasSize(4);
    for (Decision d : decisions) {
      assertThat(d.reject()).isEqualTo(d.pValue() < 0.05);
      assertThat(d.reject()).isEqualTo(d.statistic() > d.criticalValue());
    }
  }

  @Test
  void criticalValuesApproachTheClassicalAsymptoticTables() {
    // Asymptotic 5% points for a fully specified target (Stephens 1974, Table 1A):
    // CvM 0.461, AD 2.492, Kuiper √n·V* 1.747; KS √n·D 1.358.
    int n = 1_000_000;
    GoodnessOfFit gof =
        GoodnessOfFit.of(SampleGenerator.draw(STANDARD_NORMAL, 1000, 3), STANDARD_NORMAL);
    assertThat(CramerVonMisesPValue.criticalValue(n, 0.05)).isCloseTo(0.461, within(1e-3));
    assertThat(AndersonDarlingPValue.criticalValue(n, 0.05)).isCloseTo(2.492, within(2e-3));
    double sqrtN = Math.sqrt(n);
    assertThat(KuiperPValue.criticalValue(n, 0.05) * (sqrtN + 0.155 + 0.24 / sqrtN))
        .isCloseTo(1.747, within(1e-3));
    assertThat(KolmogorovSmirnovPValue.criticalValue(n, 0.05) * sqrtN)
        .isCloseTo(1.358, within(1e-3));
    assertThat(gof.criticalValue(GofTest.KOLMOGOROV_SMIRNOV, 0.05) * Math.sqrt(1000))
        .isBetween(1.30, 1.36);
  }

  @Test
  void aLevelOutsideTheUnitIntervalIsRejectedWithItsValue() {
    GoodnessOfFit gof = GoodnessOfFit.of(Sample.of("x", new double[] {0, 1}), STANDARD_NORMAL);
    assertThatThrownBy(() -> gof.decisions(1.5)).hasMessageContaining("1.5");
    assertThatThrownBy(() -> gof.dkwBand(0)).hasMessageContaining("(0, 1)");
  }

  @Test
  void dkwHalfWidthIsMassartsEpsilon() {
    // sqrt(log(2 / 0.05) / (2 * 100)) in Python's math module
    assertThat(DkwBand.of(100, 0.05).epsilon()).isCloseTo(0.13581015157406195, within(1e-16));
  }

  @Test
  void ksAtNCountsTheChunksOfTheOriginalOrder() {
    // Ten chunks of the 50 normal quantiles (i - 1/2)/50, each shuffled (D = 1/100, p = 1), then
    // ten chunks at 10 sd (D ≈ 1, p ≈ 0): half the chunks pass whatever the order inside a chunk.
    int size = 50;
    List<Double> values = new ArrayList<>();
    Random random = new Random(5);
    for (int c = 0; c < 10; c++) {
      List<Double> chunk = new ArrayList<>();
      for (int i = 1; i <= size; i++) {
        chunk.add(STANDARD_NORMAL.quantile((i - 0.5) / size));
      }
      Collections.shuffle(chunk, random);
      values.addAll(chunk);
    }
    for (int i = 0; i < 10 * size; i++) {
      values.add(10.0 + i * 1e-3);
    }
    Sample sample =
        Sample.of("ordered", values.stream().mapToDouble(Double::doubleValue).toArray());
    KsAtN score = KsAtN.of(sample, STANDARD_NORMAL, size, 0.05);
    assertThat(score.chunks()).isEqualTo(20);
    assertThat(score.notRejected()).isEqualTo(10);
    assertThat(score.fraction()).isEqualTo(0.5);
    assertThat(KsAtN.of(sample, STANDARD_NORMAL, 5000, 0.05).reason()).contains("fewer than one");
  }

  @Test
  void chiSquareExplainsWhyItCannotRun() {
    Distribution poisson = Families.byName("poisson").orElseThrow().create(3).orElseThrow();
    ChiSquareGoodnessOfFit tooSmall =
        ChiSquareGoodnessOfFit.of(Sample.of("few", new double[] {1, 2, 3, 4, 5, 6}), poisson);
    assertThat(tooSmall.applicable()).isFalse();
    assertThat(tooSmall.reason()).contains("too small");
    assertThat(tooSmall.rejects(0.05)).isFalse();
  }

  @Test
  void aPointFortySdOutGivesAFiniteAndersonDarlingStatistic() {
    double[] values = {-1.2, -0.4, 0.1, 0.3, 0.9, 40};
    GoodnessOfFit gof = GoodnessOfFit.of(Sample.of("far", values), STANDARD_NORMAL);
    // S(40) ≈ 1e-349 underflows to 0, but ln S(40) = -804.608... is finite. Reference: DESIGN.md's
    // A² formula in mpmath (mp.dps = 40, mp.ncdf) -> 133.78636021565237; 1e-9 relative.
    assertThat(gof.andersonDarling().statistic())
        .isCloseTo(133.78636021565237, within(133.8 * 1e-9));
    // Issue 7 item 3: Marsaglia & Marsaglia's errfix is -0.0006/n at ADinf = 1, so their p-value
    // stuck at about 0.0006/n (here 1e-4) however large A² was. The limit-law tail in log space:
    // ln p = ln √3 − A² − ½ln(πA²) + ..., shifted by the finite-n ratio at A² = 6: about 1e-59.
    assertThat(gof.andersonDarling().p().known()).isTrue();
    assertThat(gof.andersonDarling().pValue()).isBetween(1e-62, 1e-56);
    assertThat(gof.andersonDarling().rejects(1e-50)).isTrue();
  }

  @Test
  void aValueOutsideTheSupportMakesAndersonDarlingInfinite() {
    Distribution poisson = Families.byName("poisson").orElseThrow().create(3).orElseThrow();
    GoodnessOfFit gof = GoodnessOfFit.of(Sample.of("neg", new double[] {-1, 2, 3}), poisson);
    assertThat(gof.andersonDarling().statistic()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(gof.andersonDarling().pValue()).isEqualTo(0);
    assertThat(gof.wasserstein1().isFinite()).isTrue();
  }
}
