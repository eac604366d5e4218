package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Families;
import org.probscope.model.sample.Sample;

/** Invariants of the one-sample metrics that hold for every sample and target. */
class GoodnessOfFitPropertiesTest {

  @Provide
  Arbitrary<List<Double>> values() {
    return Arbitraries.doubles().between(-8, 8).ofScale(4).list().ofMinSize(1).ofMaxSize(300);
  }

  @Provide
  Arbitrary<Distribution> targets() {
    Arbitrary<Distribution> normals =
        Arbitraries.doubles()
            .between(-2, 2)
            .flatMap(
                mean ->
                    Arbitraries.doubles()
                        .between(0.2, 4)
                        .map(sd -> Families.normal().create(mean, sd).orElseThrow()));
    Arbitrary<Distribution> poissons =
        Arbitraries.doubles()
            .between(0.5, 20)
            .map(mean -> Families.byName("poisson").orElseThrow().create(mean).orElseThrow());
    return Arbitraries.oneOf(normals, poissons);
  }

  @Property(tries = 200)
  void statisticsDoNotDependOnTheOrderOfTheInput(
      @ForAll("values") List<Double> values,
      @ForAll("targets") Distribution target,
      @ForAll long seed) {
    List<Double> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, new Random(seed));
    GoodnessOfFit a = GoodnessOfFit.of(sample(values), target);
    GoodnessOfFit b = GoodnessOfFit.of(sample(shuffled), target);
    assertThat(b.tests()).isEqualTo(a.tests());
    assertThat(b.wasserstein1()).isEqualTo(a.wasserstein1());
    assertThat(b.ksGap()).isEqualTo(a.ksGap());
  }

  @Property(tries = 300)
  void kuiperLiesBetweenDAndTwiceD(
      @ForAll("values") List<Double> values, @ForAll("targets") Distribution target) {
    GoodnessOfFit gof = GoodnessOfFit.of(sample(values), target);
    double d = gof.ks().statistic();
    double v = gof.kuiper().statistic();
    assertThat(v).isBetween(d, 2 * d);
  }

  @Property(tries = 300)
  void wassersteinIsNonNegativeAndPValuesAreProbabilities(
      @ForAll("values") List<Double> values, @ForAll("targets") Distribution target) {
    GoodnessOfFit gof = GoodnessOfFit.of(sample(values), target);
    assertThat(gof.wasserstein1().value()).isGreaterThanOrEqualTo(0);
    assertThat(gof.tests()).allSatisfy(t -> assertThat(t.p().value()).isBetween(0.0, 1.0));
  }

  @Property(tries = 300)
  void pValuesDoNotIncreaseWithTheStatistic(
      @ForAll @IntRange(min = 1, max = 20_000) int n,
      @ForAll @DoubleRange(min = 0, max = 3) double s,
      @ForAll @DoubleRange(min = 0, max = 1) double step) {
    double t = s + step;
    assertThat(KolmogorovSmirnovPValue.pValue(Math.min(t, 1), n))
        .isLessThanOrEqualTo(KolmogorovSmirnovPValue.pValue(Math.min(s, 1), n));
    assertThat(KuiperPValue.pValue(t, n)).isLessThanOrEqualTo(KuiperPValue.pValue(s, n));
    assertThat(CramerVonMisesPValue.pValue(t, n))
        .isLessThanOrEqualTo(CramerVonMisesPValue.pValue(s, n));
    assertThat(AndersonDarlingPValue.pValue(4 * t, n))
        .isLessThanOrEqualTo(AndersonDarlingPValue.pValue(4 * s, n));
  }

  @Property(tries = 200)
  void dkwBandContainsTheEcdfsOwnValues(
      @ForAll("values") List<Double> values,
      @ForAll @DoubleRange(min = 1e-6, max = 0.999) @Scale(8) double alpha) {
    Sample sample = sample(values);
    DkwBand band = DkwBand.of(sample.size(), alpha);
    for (int i = 0; i < sample.size(); i++) {
      double fn = sample.ecdf(sample.sorted(i));
      assertThat(band.lower(fn)).isBetween(0.0, fn);
      assertThat(band.upper(fn)).isBetween(fn, 1.0);
    }
  }

  @Property(tries = 100)
  void ksAtNIsAFraction(
      @ForAll("values") List<Double> values,
      @ForAll("targets") Distribution target,
      @ForAll @IntRange(min = 1, max = 100) int chunkSize) {
    KsAtN score = KsAtN.of(sample(values), target, chunkSize, 0.05);
    assertThat(score.chunks()).isEqualTo(values.size() / chunkSize);
    if (score.chunks() > 0) {
      assertThat(score.fraction()).isBetween(0.0, 1.0);
    } else {
      assertThat(score.reason()).isNotEmpty();
    }
  }

  private static Sample sample(List<Double> values) {
    return Sample.of("property", values.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
