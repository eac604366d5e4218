package org.probscope.model.twosample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.probscope.model.sample.Sample;
import org.probscope.model.twosample.AndersonDarlingTwoSample.PValueClipping;

/**
 * Invariants of the two-sample figures. Samples are 1 to 40 values on the grid k/8 with |k| ≤ 400,
 * so that ties are common and a strictly increasing transform keeps every value distinct in
 * floating point.
 */
class TwoSampleComparisonPropertiesTest {

  /** Relative slack for quantities that only the order of floating-point sums can change. */
  private static final double ROUNDING = 1e-12;

  @Provide
  Arbitrary<double[]> samples() {
    Arbitrary<Integer> spread = Arbitraries.of(3, 40, 400);
    return spread.flatMap(
        s ->
            Arbitraries.integers()
                .between(-s, s)
                .map(k -> k / 8.0)
                .array(double[].class)
                .ofMinSize(1)
                .ofMaxSize(40));
  }

  @Property(tries = 300)
  void everyFigureIsSymmetricInTheTwoSamples(
      @ForAll("samples") double[] x, @ForAll("samples") double[] y) {
    TwoSampleComparison ab = TwoSampleComparison.of(sample(x), sample(y));
    TwoSampleComparison ba = TwoSampleComparison.of(sample(y), sample(x));

    assertThat(ab.kolmogorovSmirnov().statistic()).isEqualTo(ba.kolmogorovSmirnov().statistic());
    assertClose(ab.kolmogorovSmirnov().pValue(), ba.kolmogorovSmirnov().pValue());
    assertThat(ab.andersonDarling().isValid()).isEqualTo(ba.andersonDarling().isValid());
    ab.andersonDarling()
        .value()
        .ifPresent(
            ad -> {
              AndersonDarlingTwoSample other = ba.andersonDarling().orElseThrow();
              assertClose(ad.statistic(), other.statistic());
              assertClose(ad.pValue(), other.pValue());
            });
    assertThat(ab.cramerVonMises().isValid()).isEqualTo(ba.cramerVonMises().isValid());
    ab.cramerVonMises()
        .value()
        .ifPresent(
            cvm -> {
              assertThat(cvm.statistic()).isEqualTo(ba.cramerVonMises().orElseThrow().statistic());
              assertThat(cvm.pValue()).isEqualTo(ba.cramerVonMises().orElseThrow().pValue());
            });
    assertClose(ab.distances().wasserstein1(), ba.distances().wasserstein1());
    assertClose(ab.distances().wasserstein2(), ba.distances().wasserstein2());
    assertClose(ab.distances().energyDistance(), ba.distances().energyDistance());
  }

  @Property(tries = 300)
  void identicalSamplesAreAtDistanceZeroWithPValueOne(@ForAll("samples") double[] x) {
    TwoSampleComparison same = TwoSampleComparison.of(sample(x), sample(x));

    assertThat(same.kolmogorovSmirnov().statistic()).isZero();
    assertThat(same.kolmogorovSmirnov().pValue()).isEqualTo(1);
    assertThat(same.distances().wasserstein1()).isZero();
    assertThat(same.distances().wasserstein2()).isZero();
    assertThat(same.distances().energyDistance()).isZero();
    same.cramerVonMises().value().ifPresent(cvm -> assertThat(cvm.pValue()).isEqualTo(1));
    // The Anderson–Darling table stops at 0.25: the largest p-value it can report.
    same.andersonDarling()
        .value()
        .ifPresent(ad -> assertThat(ad.pValueClipping()).isEqualTo(PValueClipping.CAPPED));
  }

  @Property(tries = 300)
  void wasserstein1IsAtMostWasserstein2(
      @ForAll("samples") double[] x, @ForAll("samples") double[] y) {
    EmpiricalDistances d = EmpiricalDistances.of(sample(x), sample(y));

    assertThat(d.wasserstein1()).isLessThanOrEqualTo(d.wasserstein2() * (1 + ROUNDING));
  }

  @Property(tries = 300)
  void everyPValueIsAProbability(@ForAll("samples") double[] x, @ForAll("samples") double[] y) {
    TwoSampleComparison c = TwoSampleComparison.of(sample(x), sample(y));

    assertThat(c.kolmogorovSmirnov().pValue()).isBetween(0.0, 1.0);
    c.andersonDarling().value().ifPresent(ad -> assertThat(ad.pValue()).isBetween(0.0, 1.0));
    c.cramerVonMises().value().ifPresent(cvm -> assertThat(cvm.pValue()).isBetween(0.0, 1.0));
  }

  @Property(tries = 300)
  void rankTestsAreUnchangedByACommonIncreasingTransform(
      @ForAll("samples") double[] x, @ForAll("samples") double[] y) {
    TwoSampleComparison plain = TwoSampleComparison.of(sample(x), sample(y));
    TwoSampleComparison transformed =
        TwoSampleComparison.of(sample(increasing(x)), sample(increasing(y)));

    KolmogorovSmirnovTwoSample ks = plain.kolmogorovSmirnov();
    KolmogorovSmirnovTwoSample ksT = transformed.kolmogorovSmirnov();
    assertThat(ksT.statistic()).isEqualTo(ks.statistic());
    assertThat(ksT.pValue()).isEqualTo(ks.pValue());
    assertThat(ksT.location()).isEqualTo(transform(ks.location()));
    assertThat(transformed.andersonDarling().value().map(AndersonDarlingTwoSample::pValue))
        .isEqualTo(plain.andersonDarling().value().map(AndersonDarlingTwoSample::pValue));
    assertThat(transformed.andersonDarling().value().map(AndersonDarlingTwoSample::statistic))
        .isEqualTo(plain.andersonDarling().value().map(AndersonDarlingTwoSample::statistic));
    assertThat(transformed.cramerVonMises().value().map(CramerVonMisesTwoSample::statistic))
        .isEqualTo(plain.cramerVonMises().value().map(CramerVonMisesTwoSample::statistic));
    assertThat(transformed.cramerVonMises().value().map(CramerVonMisesTwoSample::pValue))
        .isEqualTo(plain.cramerVonMises().value().map(CramerVonMisesTwoSample::pValue));
  }

  @Property(tries = 300)
  void kolmogorovSmirnovStatisticAndTieFlagMatchCommons(
      @ForAll("samples") double[] x, @ForAll("samples") double[] y) {
    if (x.length < 2 || y.length < 2) {
      return; // Commons needs two values per sample
    }
    KolmogorovSmirnovTest.TwoResult commons = KolmogorovSmirnovTest.withDefaults().test(x, y);
    KolmogorovSmirnovTwoSample ours = KolmogorovSmirnovTwoSample.of(sample(x), sample(y));

    assertThat(ours.statistic()).isEqualTo(commons.getStatistic());
    assertThat(ours.tiesMayChangeStatistic()).isEqualTo(commons.hasSignificantTies());
  }

  @Property(tries = 300)
  void energyDistanceMatchesTheDoubleSumDefinition(
      @ForAll("samples") double[] x, @ForAll("samples") double[] y) {
    // D² = 2E|X − Y| − E|X − X'| − E|Y − Y'| over the empirical distributions, O(n·m)
    double squared =
        2 * meanAbsDifference(x, y) - meanAbsDifference(x, x) - meanAbsDifference(y, y);
    double scale = Math.max(maxAbs(x), maxAbs(y)) + 1;

    double energy = EmpiricalDistances.of(sample(x), sample(y)).energyDistance();

    // the double sum cancels terms of the size of the data, so compare squares on that scale
    assertThat(energy * energy).isCloseTo(squared, within(1e-12 * scale));
  }

  private static double meanAbsDifference(double[] x, double[] y) {
    double sum = 0;
    for (double xi : x) {
      for (double yj : y) {
        sum += Math.abs(xi - yj);
      }
    }
    return sum / ((double) x.length * y.length);
  }

  private static double maxAbs(double[] x) {
    double max = 0;
    for (double v : x) {
      max = Math.max(max, Math.abs(v));
    }
    return max;
  }

  /** Strictly increasing on [−50, 50], and far from merging values 1/8 apart. */
  private static double transform(double v) {
    return Math.exp(v / 4) + v;
  }

  private static double[] increasing(double[] values) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = transform(values[i]);
    }
    return out;
  }

  private static void assertClose(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(ROUNDING * Math.abs(expected) + 1e-300));
  }

  private static Sample sample(double[] values) {
    return Sample.of("s", values);
  }
}
