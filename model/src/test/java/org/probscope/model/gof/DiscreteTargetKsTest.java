package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/**
 * For a discrete target both Fn and F are step functions that only jump at whole numbers, so sup|Fn
 * − F| is the largest |Fn(k) − F(k)| over the integers k: this checks D⁺, D⁻ and D against that
 * brute-force definition, on samples with many ties.
 */
class DiscreteTargetKsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "poisson(mean=3); poisson(mean=3); 200; 5",
        "poisson(mean=3); poisson(mean=3.6); 500; 6",
        "binomial(trials=10, p=0.4); binomial(trials=10, p=0.4); 300; 7",
        "geometric(p=0.3); geometric(p=0.25); 400; 8",
        "bernoulli(p=0.3); bernoulli(p=0.5); 50; 9"
      })
  void statisticsAreTheSupremumOverTheIntegers(
      String drawFrom, String targetSpec, int n, long seed) {
    Distribution target = DistributionSpec.parse(targetSpec).orElseThrow();
    Sample sample = SampleGenerator.draw(DistributionSpec.parse(drawFrom).orElseThrow(), n, seed);

    GoodnessOfFit gof = GoodnessOfFit.of(sample, target);

    double plus = 0;
    double minus = 0;
    for (int k = (int) sample.min() - 2; k <= (int) sample.max() + 2; k++) {
      double gap = sample.ecdf(k) - target.cdf(k);
      plus = Math.max(plus, gap);
      minus = Math.max(minus, -gap);
    }
    assertThat(gof.dPlus()).isCloseTo(plus, within(1e-12));
    assertThat(gof.dMinus()).isCloseTo(minus, within(1e-12));
    assertThat(gof.ks().statistic()).isCloseTo(Math.max(plus, minus), within(1e-12));
    KsGap g = gof.ksGap();
    assertThat(g.segmentHigh() - g.segmentLow()).isCloseTo(gof.ks().statistic(), within(1e-12));
  }

  @ParameterizedTest
  @CsvSource({"1", "2", "3", "4"})
  void aSampleFromTheTargetItselfIsNotRejectedByKs(long seed) {
    Distribution target = DistributionSpec.parse("poisson(mean=3)").orElseThrow();
    Sample sample = SampleGenerator.draw(target, 200, seed);
    // the exact p-value of the discrete null, not the continuous one (and not the 6e-7 that the
    // left-limit bug gave)
    TestResult ks = GoodnessOfFit.of(sample, target).ks();
    assertThat(ks.pValueMethod()).startsWith("exact for a discrete null");
    assertThat(ks.pValue()).isGreaterThan(0.05);
  }

  /** KS@N's chunk statistic is the same routine: one chunk of the whole sample gives its D. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"poisson(mean=3); 5", "binomial(trials=10, p=0.4); 6", "bernoulli(p=0.3); 7"})
  void ksStatisticOfAChunkIsTheWholeSampleStatistic(String spec, long seed) {
    Distribution target = DistributionSpec.parse(spec).orElseThrow();
    Sample sample = SampleGenerator.draw(target, 300, seed);
    double[] pm = KsStatistic.of(sample.sortedValues(), new TailSafeCdf(target));
    GoodnessOfFit gof = GoodnessOfFit.of(sample, target);
    assertThat(pm[0]).isCloseTo(gof.dPlus(), within(1e-15));
    assertThat(pm[1]).isCloseTo(gof.dMinus(), within(1e-15));
  }
}
