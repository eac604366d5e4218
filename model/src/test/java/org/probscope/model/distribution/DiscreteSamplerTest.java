package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.probscope.model.TestScale;
import org.probscope.model.sample.SampleGenerator;

/**
 * Every discrete sampler against its own law, as Commons RNG tests its samplers: a seeded sample
 * (2·10⁴ values in verify, 10⁶ with -Pexhaustive) counted into {@value #BINS} cells cut at the
 * law's quantiles j/{@value #BINS} (merged where two quantiles coincide), the cell probabilities
 * from the law's tails, and Pearson's chi-square compared with its 1 − {@value #ALPHA} quantile.
 * The samplers differ by family (guide-table inversion over the window for the binomial and the
 * hypergeometric, the gamma–Poisson mixture for the negative binomial, Commons RNG's own for the
 * others), so each is tested at ordinary and at its widest parameters. With the law true, each case
 * fails with probability {@value #ALPHA}, so the {@value #CASES} cases of one run together fail by
 * chance with probability about 0.17%; the seeds are fixed, so a run that passes keeps passing.
 */
class DiscreteSamplerTest {

  private static final int BINS = 40;
  private static final double ALPHA = 1e-4;
  private static final int CASES = 17;

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "binomial(trials=10, p=0.5)",
        "binomial(trials=1000, p=0.001)",
        "binomial(trials=1e9, p=0.5)",
        "poisson(mean=4)",
        "poisson(mean=1e9)",
        "geometric(p=0.3)",
        "geometric(p=2e-8)",
        "negativebinomial(successes=5, p=0.5)",
        "negativebinomial(successes=10, p=1e-6)",
        "negativebinomial(successes=1000000, p=5e-4)",
        "hypergeometric(population=50, successes=10, draws=10)",
        "hypergeometric(population=1e9, successes=5e8, draws=5e8)",
        "uniformdiscrete(lower=-1e9, upper=1e9)",
        "zipf(elements=100000, exponent=1)",
        "zipf(elements=100000, exponent=0)",
        "zipf(elements=10, exponent=2)",
        "bernoulli(p=0.3)"
      })
  void samplesFollowTheLaw(String spec) {
    Distribution d = DistributionSpec.parse(spec).orElseThrow();
    int n = TestScale.of(20_000, 1_000_000);
    double[] values = SampleGenerator.drawValues(d, n, spec.hashCode());
    Arrays.sort(values);
    double[] edges = cellEdges(d);
    double statistic = 0;
    int cells = 0;
    int from = 0;
    double previous = d.supportLower() - 1;
    for (double edge : edges) {
      // cell (previous, edge]: its probability on the smaller tail, its count from the sample
      double probability =
          edge <= d.median()
              ? d.cdf(edge) - d.cdf(previous)
              : d.survival(previous) - d.survival(edge);
      int to = upperIndex(values, edge);
      double expected = n * probability;
      double observed = to - from;
      statistic += (observed - expected) * (observed - expected) / expected;
      cells++;
      from = to;
      previous = edge;
    }
    assertThat(from).as("every value inside the support").isEqualTo(n);
    double critical = ChiSquaredDistribution.of(cells - 1).inverseSurvivalProbability(ALPHA);
    assertThat(statistic).as("%s: chi-square over %d cells", spec, cells).isLessThan(critical);
  }

  /** Distinct quantiles j/BINS (the last is the support's upper end). */
  private static double[] cellEdges(Distribution d) {
    double[] edges = new double[BINS];
    int count = 0;
    for (int j = 1; j < BINS; j++) {
      double q = d.quantile((double) j / BINS);
      if (count == 0 || q > edges[count - 1]) {
        edges[count++] = q;
      }
    }
    if (count == 0 || d.supportUpper() > edges[count - 1]) {
      edges[count++] = d.supportUpper();
    }
    return Arrays.copyOf(edges, count);
  }

  /** The number of values at or below x. */
  private static int upperIndex(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
