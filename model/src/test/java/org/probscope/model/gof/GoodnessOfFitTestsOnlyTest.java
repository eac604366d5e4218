package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/**
 * {@link GoodnessOfFit#tests} is {@link GoodnessOfFit#of} without W₁: every test it computes must
 * be the same statistic and the same p-value (value, bound flag and method), bit for bit, for
 * continuous and discrete targets, the sample's own law and another, small and large n.
 */
class GoodnessOfFitTestsOnlyTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "gamma(shape=2.5, scale=1.5)     | gamma(shape=2.4982, scale=1.5012) | 20000 | 1",
        "gamma(shape=2.5, scale=1.5)     | normal(mean=3, sd=2)              | 500   | 2",
        "normal(mean=0, sd=1)            | normal(mean=0.1, sd=1)            | 1     | 3",
        "cauchy(location=0, scale=1)     | cauchy(location=0, scale=1)       | 3000  | 4",
        "poisson(mean=3)                 | poisson(mean=3.2)                 | 400   | 5",
        "binomial(trials=20, p=0.3)      | binomial(trials=20, p=0.3)        | 50    | 6",
        "uniform(lower=0, upper=1)       | uniform(lower=0.1, upper=0.9)     | 200   | 7",
      })
  void theTestsAreThoseOfTheFullComputation(String law, String target, int n, long seed) {
    Distribution from = DistributionSpec.parse(law).orElseThrow();
    Distribution to = DistributionSpec.parse(target).orElseThrow();
    Sample sample = SampleGenerator.draw(from, n, seed);

    GoodnessOfFit full = GoodnessOfFit.of(sample, to);
    Map<GofTest, TestResult> only = GoodnessOfFit.tests(sample, to);

    List<TestResult> expected = full.tests();
    assertThat(only.values()).hasSameSizeAs(expected);
    for (TestResult t : expected) {
      TestResult got = only.get(t.test());
      assertThat(got).as(t.test().label()).isNotNull();
      assertThat(got.statistic()).as(t.test().label()).isEqualTo(t.statistic());
      assertThat(got.p()).as(t.test().label()).isEqualTo(t.p());
    }
  }
}
