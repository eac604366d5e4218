package org.probscope.model.twosample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.probscope.model.sample.Sample;

class TwoSampleEdgeCasesTest {

  @Test
  void largestGapIsReportedWithBothEcdfValuesForTheVerticalSegment() {
    // a = {1, 2, 3}, b = {2.5, 4, 5, 6}: at x = 3 F_a = 1 and F_b = 1/4, the largest gap
    TwoSampleComparison c =
        TwoSampleComparison.of(
            Sample.of("a", new double[] {3, 1, 2}), Sample.of("b", new double[] {6, 2.5, 5, 4}));

    KolmogorovSmirnovTwoSample ks = c.kolmogorovSmirnov();
    assertThat(ks.statistic()).isEqualTo(0.75);
    assertThat(ks.location()).isEqualTo(3);
    assertThat(ks.ecdfA()).isEqualTo(1);
    assertThat(ks.ecdfB()).isEqualTo(0.25);
    assertThat(ks.tiesMayChangeStatistic()).isFalse();
    assertThat(c.nameA()).isEqualTo("a");
    assertThat(c.sizeB()).isEqualTo(4);
  }

  @Test
  void sharedTiesThatCouldRaiseTheStatisticAreFlagged() {
    // D = 0 after the tied group {1, 1}, but putting a's copy first would give a gap of 1/2.
    KolmogorovSmirnovTwoSample ks =
        KolmogorovSmirnovTwoSample.of(
            Sample.of("a", new double[] {1, 2}), Sample.of("b", new double[] {1, 2}));

    assertThat(ks.statistic()).isZero();
    assertThat(ks.tiesMayChangeStatistic()).isTrue();
    assertThat(ks.pValue()).isEqualTo(1);
  }

  @Test
  void singleValueSampleUsesTheExactDistributionOfItsPosition() {
    // a = {10} above all of b (m = 4): D = 1, reached by 2 of the 5 positions, p = 2/5
    KolmogorovSmirnovTwoSample ks =
        KolmogorovSmirnovTwoSample.of(
            Sample.of("a", new double[] {10}), Sample.of("b", new double[] {1, 2, 3, 4}));

    assertThat(ks.statistic()).isEqualTo(1);
    assertThat(ks.pValue()).isEqualTo(0.4);
    assertThat(ks.pValueMethod()).isEqualTo(PValueMethod.EXACT);
  }

  @Test
  void andersonDarlingExplainsWhyItIsUndefined() {
    Sample three = Sample.of("three", new double[] {1, 2, 3});
    Sample one = Sample.of("one", new double[] {4});
    Sample constant = Sample.of("constant", new double[] {7, 7, 7});

    // SciPy returns NaN for N = 3 (a division by zero in the variance) and raises for one value
    assertThat(AndersonDarlingTwoSample.of(one, Sample.of("two", new double[] {1, 2})).message())
        .contains("at least 4 values");
    assertThat(AndersonDarlingTwoSample.of(constant, constant).message())
        .contains("more than one distinct value");
    assertThat(AndersonDarlingTwoSample.of(three, one).isValid()).isTrue();
  }

  @Test
  void cramerVonMisesNeedsTwoValuesPerSample() {
    var result =
        CramerVonMisesTwoSample.of(
            Sample.of("one", new double[] {1}), Sample.of("b", new double[] {1, 2, 3}));

    assertThat(result.isValid()).isFalse();
    assertThat(result.message()).contains("at least two values in each sample");
  }

  @Test
  void besselKMatchesScipySpecialKv() {
    // scipy.special.kv(0.25, q) and kv(0.75, q), SciPy 1.17.1; 1e-13 relative: the trapezoidal
    // rule is accurate to rounding, the rest is the summation of ~100 terms.
    double[][] reference = {
      {1e-3, 11.756476271934451, 183.23463852175817},
      {0.0625, 3.2859630047053363, 8.09605188016782},
      {0.5, 0.9603163249318826, 1.2917498162179113},
      {1.0, 0.4307397744485814, 0.5157753006959168},
      {2.5, 0.06301715899861954, 0.06861752809748949},
      {10.0, 1.7833184439806395e-05, 1.8263751436705318e-05},
      {50.0, 3.412278887574886e-23, 3.429214804693558e-23},
    };
    for (double[] row : reference) {
      assertThat(BesselK.value(0.25, row[0])).isCloseTo(row[1], within(1e-13 * row[1]));
      assertThat(BesselK.value(0.75, row[0])).isCloseTo(row[2], within(1e-13 * row[2]));
    }
  }

  @Test
  void smirnovLargeDeviationBranchMatchesScipyKstwo() {
    // scipy.stats.kstwo.sf(d, N), SciPy 1.17.1, on the branch SciPy computes as 2 * smirnov(N, d);
    // 1e-8 relative: the windowed sum drops terms below 1e-17 of the total, the rest is log-gamma
    // rounding on numbers near ln N!.
    double[][] reference = {
      {0.005458, 500_000, 2.300592546847151e-13},
      {0.003, 500_000, 0.00024632301239186754},
      {0.01, 200_000, 8.433125699870092e-18},
      {0.03, 6000, 3.992056156256368e-05},
      {0.2, 150, 9.805366045892556e-06},
      {0.4, 1000, 6.634569013150445e-145},
      {0.05, 1000, 0.013012074781090332},
    };
    for (double[] row : reference) {
      long size = (long) row[1];
      assertThat(SmirnovTail.covers(row[0], size)).isTrue();
      assertThat(SmirnovTail.twoSidedPValue(row[0], size)).isCloseTo(row[2], within(1e-8 * row[2]));
    }
    // kstwo.sf(0.6, 5000) underflows to 0; below the branch (N d² < 2.2) Commons takes over
    assertThat(SmirnovTail.twoSidedPValue(0.6, 5000)).isZero();
    assertThat(SmirnovTail.covers(0.0176, 6667)).isFalse();
  }

  @Test
  void floorDivideFollowsNumpy() {
    // numpy.floor_divide(7.0, 2.0) = 3.0, (-7.0, 2.0) = -4.0, (6.0, 3.0) = 2.0, (-0.5, 3.0) = -1.0
    assertThat(CramerVonMisesExactDistribution.floorDivide(7, 2)).isEqualTo(3);
    assertThat(CramerVonMisesExactDistribution.floorDivide(-7, 2)).isEqualTo(-4);
    assertThat(CramerVonMisesExactDistribution.floorDivide(6, 3)).isEqualTo(2);
    assertThat(CramerVonMisesExactDistribution.floorDivide(-0.5, 3)).isEqualTo(-1);
  }
}
