package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/**
 * KS@N decides each chunk by one shared critical value; this checks that it counts exactly the
 * chunks whose own exact p-value is at least α, on samples that straddle the boundary.
 */
class KsAtNCriticalValueTest {

  @ParameterizedTest
  @CsvSource({
    "'normal(mean=0, sd=1)', 20, 0.05, 1",
    "'normal(mean=0.2, sd=1)', 50, 0.05, 2",
    "'normal(mean=0.1, sd=1.1)', 100, 0.01, 3",
    "'normal(mean=0.3, sd=1)', 7, 0.10, 4"
  })
  void countsTheSameChunksAsTheirOwnExactPValues(String drawFrom, int n, double alpha, long seed) {
    Distribution target = DistributionSpec.parse("normal(mean=0, sd=1)").orElseThrow();
    Sample sample =
        SampleGenerator.draw(DistributionSpec.parse(drawFrom).orElseThrow(), 400 * n, seed);

    KsAtN score = KsAtN.of(sample, target, n, alpha);

    int passing = 0;
    for (int c = 0; c < sample.size() / n; c++) {
      double[] chunk = new double[n];
      for (int j = 0; j < n; j++) {
        chunk[j] = sample.original(c * n + j);
      }
      Arrays.sort(chunk);
      double d = 0;
      for (int i = 0; i < n; i++) {
        double f = target.cdf(chunk[i]);
        d = Math.max(d, Math.max((i + 1.0) / n - f, f - (double) i / n));
      }
      if (KolmogorovSmirnovPValue.pValue(d, n) >= alpha) {
        passing++;
      }
    }
    assertThat(score.chunks()).isEqualTo(400);
    assertThat(score.notRejected()).isEqualTo(passing);
    // the cases are chosen so that both decisions occur
    assertThat(passing).isBetween(1, 399);
  }
}
