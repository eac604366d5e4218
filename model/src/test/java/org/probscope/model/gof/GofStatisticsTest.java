package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/**
 * The statistics without p-values are, bit for bit, those {@link GoodnessOfFit} reports: the same
 * pass (W₁ skipped) and the same formulas, for continuous targets and for the discrete forms.
 */
class GofStatisticsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "normal(mean=0, sd=1); normal(mean=0.1, sd=1.2); 50",
        "gamma(shape=2, scale=1); gamma(shape=2.2, scale=0.9); 1000",
        "normal(mean=0, sd=1); normal(mean=0, sd=1); 40000",
        "cauchy(location=0, scale=1); cauchy(location=0, scale=1); 300",
        "poisson(mean=3); poisson(mean=3.2); 200",
        "binomial(trials=20, p=0.3); binomial(trials=20, p=0.3); 5000",
        "geometric(p=0.2); geometric(p=0.25); 80"
      })
  void sameStatisticsAsGoodnessOfFit(String drawn, String target, int n) {
    Sample sample = SampleGenerator.draw(spec(drawn), n, 20261202L);
    Distribution d = spec(target);

    GofStatistics s = GofStatistics.of(sample, d);
    GoodnessOfFit full = GoodnessOfFit.of(sample, d);

    assertThat(s.n()).isEqualTo(n);
    assertThat(s.discreteTarget()).isEqualTo(full.discreteTarget());
    assertThat(s.dPlus()).isEqualTo(full.dPlus());
    assertThat(s.dMinus()).isEqualTo(full.dMinus());
    for (GofTest test : full.tests().stream().map(TestResult::test).toList()) {
      assertThat(s.statistic(test)).as(test.label()).isEqualTo(full.test(test).statistic());
    }
    assertThat(s.ks()).isEqualTo(full.ks().statistic());
    assertThat(s.kuiper()).isEqualTo(full.kuiper().statistic());
    assertThat(s.cramerVonMises()).isEqualTo(full.cramerVonMises().statistic());
    assertThat(s.andersonDarling()).isEqualTo(full.andersonDarling().statistic());
  }

  @Test
  void aValueOutsideADiscreteSupportMakesTheQuadraticStatisticsInfinite() {
    Sample sample = Sample.of("x", new double[] {0, 1, 2, 2.5, 3});
    GofStatistics s = GofStatistics.of(sample, spec("poisson(mean=2)"));

    assertThat(s.cramerVonMises()).isInfinite();
    assertThat(s.andersonDarling()).isInfinite();
    assertThat(s.statistic(GofTest.WATSON)).isInfinite();
    assertThat(s.ks())
        .isFinite()
        .isEqualTo(GoodnessOfFit.of(sample, spec("poisson(mean=2)")).ks().statistic());
  }

  @Test
  void watsonIsForDiscreteTargetsOnly() {
    GofStatistics s =
        GofStatistics.of(Sample.of("x", new double[] {0.1, 0.2}), spec("normal(mean=0, sd=1)"));
    assertThatThrownBy(() -> s.statistic(GofTest.WATSON))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Distribution spec(String text) {
    return DistributionSpec.parse(text).orElseThrow();
  }
}
