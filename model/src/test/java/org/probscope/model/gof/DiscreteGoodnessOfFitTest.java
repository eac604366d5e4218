package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.probscope.model.TestScale;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/**
 * Issue 7, item 1: a sample of a discrete target tested against that target itself.
 *
 * <p>Regression: a Poisson(3) sample of 200 against poisson(mean=3) was rejected by CvM and AD for
 * 20 seeds of 20 (W² = 1.79, p = 3.5e-5: the continuous formulas on tied data) and KS@N scored 0 of
 * 10 chunks (F(x) where the left limit F(x−) belongs).
 *
 * <p>Calibration: under the true null the p-values must be stochastically no smaller than uniform,
 * P(p ≤ α) ≤ α + 3·SE for α ∈ {0.01, 0.05, 0.1}, SE = √(α(1−α)/R), and the exact KS must not be
 * absurdly conservative on a support of ≥ 10 points, P(p ≤ 0.05) ≥ 0.02. Seeded (replicate r of a
 * family uses seed 1000 + r), so a run is deterministic; the false-failure rate of one upper check
 * for a test of size exactly α is the binomial tail beyond 3 SE, ≤ 0.2%, and discrete tests have a
 * size below α, which makes it smaller; the lower check at R = 400 and a true size of 0.03 fails
 * with probability ≈ 1% (P(Bin(400, 0.03) &lt; 8)). R = 400 by default, 4000 under -Pexhaustive.
 */
class DiscreteGoodnessOfFitTest {

  private static Distribution spec(String text) {
    return DistributionSpec.parse(text).orElseThrow();
  }

  @Test
  void aPoissonSampleIsNotRejectedByItsOwnLaw() {
    Distribution poisson = spec("poisson(mean=3)");
    Map<GofTest, Integer> rejections = new EnumMap<>(GofTest.class);
    for (long seed = 1; seed <= 20; seed++) {
      GoodnessOfFit gof = GoodnessOfFit.of(SampleGenerator.draw(poisson, 200, seed), poisson);
      for (TestResult t : gof.tests()) {
        rejections.merge(t.test(), t.rejects(0.05) ? 1 : 0, Integer::sum);
      }
    }
    // P(Bin(20, 0.05) ≥ 5) = 0.26%: a valid test of level 0.05 rejects at most 4 of 20 seeds
    assertThat(rejections)
        .hasSize(5)
        .allSatisfy((test, count) -> assertThat(count).as(test.label()).isLessThanOrEqualTo(4));
  }

  @Test
  void ksAtNPassesMostChunksOfAPoissonSample() {
    Distribution poisson = spec("poisson(mean=3)");
    Sample sample = SampleGenerator.draw(poisson, 2000, 7);
    KsAtN score = KsAtN.of(sample, poisson, 200, 0.05);
    assertThat(score.chunks()).isEqualTo(10);
    // each chunk rejects with probability ≤ 0.05: P(≥ 3 of 10) < 1.2%
    assertThat(score.notRejected()).isGreaterThanOrEqualTo(8);
  }

  @Test
  void ksAtNOfADiscreteTargetUsesTheDiscreteNullForEachChunk() {
    Distribution poisson = spec("poisson(mean=3)");
    Sample sample = SampleGenerator.draw(poisson, 600, 11);
    KsAtN score = KsAtN.of(sample, poisson, 200, 0.05);
    int passed = 0;
    for (int c = 0; c < 3; c++) {
      double[] chunk = new double[200];
      for (int j = 0; j < 200; j++) {
        chunk[j] = sample.original(200 * c + j);
      }
      GoodnessOfFit whole = GoodnessOfFit.of(Sample.of("chunk", chunk), poisson);
      passed += whole.ks().rejects(0.05) ? 0 : 1;
    }
    assertThat(score.notRejected()).isEqualTo(passed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "poisson(mean=3)",
        "binomial(trials=10, p=0.4)",
        "geometric(p=0.3)",
        "negativebinomial(successes=3, p=0.4)",
        "uniformdiscrete(lower=1, upper=10)",
        "bernoulli(p=0.3)"
      })
  void pValuesAreNoSmallerThanUniformUnderTheNull(String text) {
    Distribution target = spec(text);
    int replicates = TestScale.of(400, 4000);
    double[] alphas = {0.01, 0.05, 0.1};
    Map<GofTest, int[]> below = new EnumMap<>(GofTest.class);
    for (int r = 0; r < replicates; r++) {
      GoodnessOfFit gof = GoodnessOfFit.of(SampleGenerator.draw(target, 50, 1000 + r), target);
      for (TestResult t : gof.tests()) {
        int[] counts = below.computeIfAbsent(t.test(), k -> new int[alphas.length]);
        for (int a = 0; a < alphas.length; a++) {
          counts[a] += t.pValue() <= alphas[a] ? 1 : 0;
        }
      }
    }
    assertThat(below).hasSize(5);
    below.forEach(
        (test, counts) -> {
          for (int a = 0; a < alphas.length; a++) {
            double alpha = alphas[a];
            double se = Math.sqrt(alpha * (1 - alpha) / replicates);
            assertThat((double) counts[a] / replicates)
                .as("%s P(p <= %s) for %s", test.label(), alpha, text)
                .isLessThanOrEqualTo(alpha + 3 * se);
          }
        });
    if (target.supportUpper() - target.supportLower() >= 9) {
      assertThat((double) below.get(GofTest.KOLMOGOROV_SMIRNOV)[1] / replicates)
          .as("exact KS P(p <= 0.05) for %s", text)
          .isGreaterThanOrEqualTo(0.02);
    }
  }

  /** On two cells W², U² and A² are all multiples of Z₁², so their p-values coincide. */
  @ParameterizedTest
  @ValueSource(strings = {"bernoulli(p=1e-6)", "bernoulli(p=0.3)", "bernoulli(p=0.999999)"})
  void onTwoCellsTheThreeQuadraticStatisticsAgree(String text) {
    Distribution target = spec(text);
    GoodnessOfFit gof = GoodnessOfFit.of(SampleGenerator.draw(target, 100_000, 3), target);
    double w2 = gof.test(GofTest.CRAMER_VON_MISES).pValue();
    assertThat(gof.test(GofTest.WATSON).pValue()).isCloseTo(w2, within(1e-9));
    assertThat(gof.test(GofTest.ANDERSON_DARLING).pValue()).isCloseTo(w2, within(1e-9));
  }

  @Test
  void aValueOffTheSupportMakesTheNullImpossibleAndSaysSo() {
    GoodnessOfFit gof =
        GoodnessOfFit.of(Sample.of("x", new double[] {2.5, 3, 4}), spec("poisson(mean=3)"));
    for (GofTest test :
        new GofTest[] {GofTest.CRAMER_VON_MISES, GofTest.WATSON, GofTest.ANDERSON_DARLING}) {
      assertThat(gof.test(test).statistic()).isInfinite();
      assertThat(gof.test(test).pValue()).isZero();
      assertThat(gof.test(test).pValueMethod()).contains("probability 0");
    }
    assertThat(gof.ks().pValue()).isBetween(0.0, 1.0);
  }

  @Test
  void aValueFarBeyondTheTargetKeepsTheTargetsCells() {
    GoodnessOfFit gof =
        GoodnessOfFit.of(Sample.of("x", new double[] {0, 1, 2, 3, 1e9}), spec("poisson(mean=3)"));
    assertThat(gof.tests()).allSatisfy(t -> assertThat(t.pValueMethod()).doesNotContain("merged"));
    assertThat(gof.andersonDarling().pValue()).isLessThan(1e-5);
  }

  @Test
  void aHugeSupportIsMergedAndTheMethodSaysSo() {
    Distribution target = spec("binomial(trials=1e9, p=0.5)");
    GoodnessOfFit gof = GoodnessOfFit.of(SampleGenerator.draw(target, 500, 4), target);
    assertThat(gof.tests()).allSatisfy(t -> assertThat(t.pValueMethod()).contains("merged"));
    assertThat(gof.tests()).allSatisfy(t -> assertThat(t.pValue()).isBetween(0.01, 1.0));
  }

  /**
   * Every discrete family at extreme valid parameters (those of ExtremeTargets among them, the
   * degenerate binomial(1, 0) and geometric(1) too) and sample sizes from 1 to 10⁵: every statistic
   * is a number (finite, or +∞ with its reason), every p-value a probability, every decision made,
   * every method named.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "poisson(mean=1e-3)",
        "poisson(mean=1e9)",
        "binomial(trials=1e9, p=0.5)",
        "binomial(trials=5, p=0.999)",
        "geometric(p=0.999)",
        "geometric(p=1e-4)",
        "negativebinomial(successes=1000, p=0.5)",
        "hypergeometric(population=100, successes=30, draws=20)",
        "uniformdiscrete(lower=0, upper=1000000)",
        "zipf(elements=1000, exponent=1)",
        "bernoulli(p=1e-6)",
        "bernoulli(p=0.5)",
        "binomial(trials=1, p=0)",
        "geometric(p=1)",
        "poisson(mean=1e6)",
        "uniformdiscrete(lower=-1000000, upper=1000000)",
        "zipf(elements=100000, exponent=1)",
        "zipf(elements=1000, exponent=3)"
      })
  void everyFigureIsDefinedAtExtremeParameters(String text) {
    Distribution target = spec(text);
    for (int n : new int[] {1, 10, 1000, TestScale.of(10_000, 100_000)}) {
      GoodnessOfFit gof = GoodnessOfFit.of(SampleGenerator.draw(target, n, n), target);
      assertThat(gof.tests()).hasSize(5);
      for (TestResult t : gof.tests()) {
        assertThat(t.statistic())
            .as("%s n=%d %s", text, n, t.test())
            .isNotNaN()
            .isGreaterThanOrEqualTo(0);
        // a number in [0, 1], or a bound in (0, 1] (a Monte-Carlo floor, a p below 1e-300)
        assertThat(t.p().value()).as("%s n=%d %s", text, n, t.test()).isBetween(0.0, 1.0);
        assertThat(t.pValueMethod()).isNotBlank();
      }
      for (Decision d : gof.decisions(0.05)) {
        assertThat(d.reject())
            .isEqualTo(d.p().value() < 0.05 || d.p().bound() && d.p().value() <= 0.05);
        assertThat(d.criticalValue())
            .as("%s n=%d %s", text, n, d.test())
            .isNotNaN()
            .isGreaterThanOrEqualTo(0);
      }
    }
  }
}
