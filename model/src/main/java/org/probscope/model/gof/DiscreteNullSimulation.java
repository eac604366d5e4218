package org.probscope.model.gof;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeded Monte-Carlo null distributions of D = max(D⁺, D⁻) and V = D⁺ + D⁻ for a discrete target,
 * where D⁺ = maxⱼ(Fn(tⱼ) − F(tⱼ)) and D⁻ = maxⱼ(F(tⱼ) − Fn(tⱼ)) over the cells' ends tⱼ (both at
 * least 0): the supremum over x of a difference of two step functions that jump only there.
 *
 * <ul>
 *   <li>For n·B ≤ {@value #FINITE_WORK} the replicates are samples of size n from the cells
 *       (finite-n null, exact up to Monte-Carlo error).
 *   <li>Beyond, √n(Fn − F) at the tⱼ is replaced by its limit, the Brownian bridge B(F(tⱼ)),
 *       simulated step by step through its Markov transition.
 * </ul>
 *
 * <p>The p-value is (1 + #{replicates ≥ observed}) / (B + 1), which is valid (never below the true
 * Monte-Carlo p-value in expectation); its standard error is √(p(1 − p)/B). The seed is fixed, so
 * the same data and target always give the same figure.
 */
final class DiscreteNullSimulation {

  static final int REPLICATES = 2000;
  static final long SEED = 20_261_202L;
  static final double FINITE_WORK = 1e6;

  /** A replicate within this of the observed statistic counts as reaching it (rounding of F). */
  private static final double SLACK = 1e-12;

  private final double[] sortedD;
  private final double[] sortedV;
  private final boolean finite;

  private DiscreteNullSimulation(double[] sortedD, double[] sortedV, boolean finite) {
    this.sortedD = sortedD;
    this.sortedV = sortedV;
    this.finite = finite;
  }

  static DiscreteNullSimulation of(DiscreteCells cells) {
    int n = cells.n();
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(SEED);
    double[] d = new double[REPLICATES];
    double[] v = new double[REPLICATES];
    boolean finite = (double) n * REPLICATES <= FINITE_WORK;
    double[] pair = new double[2];
    int[] counts = new int[cells.size()];
    ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
    double[] cdf = new double[cells.size()];
    Arrays.setAll(cdf, cells::cdf);
    for (int b = 0; b < REPLICATES; b++) {
      if (finite) {
        finiteReplicate(cells, cdf, rng, counts, pair);
      } else {
        bridgeReplicate(cells, gauss, pair);
      }
      d[b] = Math.max(pair[0], pair[1]);
      v[b] = pair[0] + pair[1];
    }
    Arrays.sort(d);
    Arrays.sort(v);
    return new DiscreteNullSimulation(d, v, finite);
  }

  private static void finiteReplicate(
      DiscreteCells cells, double[] cdf, UniformRandomProvider rng, int[] counts, double[] out) {
    int n = cells.n();
    Arrays.fill(counts, 0);
    for (int i = 0; i < n; i++) {
      int at = Arrays.binarySearch(cdf, rng.nextDouble());
      counts[at >= 0 ? at + 1 : -at - 1 >= cdf.length ? cdf.length - 1 : -at - 1]++;
    }
    double plus = 0;
    double minus = 0;
    long cumulative = 0;
    for (int j = 0; j < cells.size() - 1; j++) {
      cumulative += counts[j];
      double gap =
          cells.cdf(j) < 0.5
              ? (double) cumulative / n - cells.cdf(j)
              : cells.survival(j) - (double) (n - cumulative) / n;
      plus = Math.max(plus, gap);
      minus = Math.max(minus, -gap);
    }
    out[0] = plus;
    out[1] = minus;
  }

  /** B(t) at the cells' ends t = F(tⱼ); D⁺ and D⁻ of √n(Fn − F) divided back by √n. */
  private static void bridgeReplicate(
      DiscreteCells cells, ZigguratSampler.NormalizedGaussian gauss, double[] out) {
    double scale = 1 / Math.sqrt(cells.n());
    double value = 0;
    double t = 0;
    double rest = 1;
    double plus = 0;
    double minus = 0;
    for (int j = 0; j < cells.size() - 1; j++) {
      double next = cells.cdf(j);
      double nextRest = cells.survival(j);
      if (nextRest <= 0 || rest <= 0) {
        break;
      }
      double step = next - t;
      // B(t') | B(t) = b ~ N(b (1 − t')/(1 − t), (t' − t)(1 − t')/(1 − t))
      value =
          value * nextRest / rest + Math.sqrt(Math.max(0, step * nextRest / rest)) * gauss.sample();
      t = next;
      rest = nextRest;
      plus = Math.max(plus, value * scale);
      minus = Math.max(minus, -value * scale);
    }
    out[0] = plus;
    out[1] = minus;
  }

  /** Whether the replicates are finite-n samples (else the Brownian-bridge limit). */
  boolean finite() {
    return finite;
  }

  double pValueKs(double d) {
    return pValue(sortedD, d);
  }

  double pValueKuiper(double v) {
    return pValue(sortedV, v);
  }

  /** The smallest statistic whose Monte-Carlo p-value is below α (+∞ when none is). */
  double criticalKs(double alpha) {
    return critical(sortedD, alpha);
  }

  double criticalKuiper(double alpha) {
    return critical(sortedV, alpha);
  }

  /** √(p(1 − p)/B). */
  static double standardError(double p) {
    return Math.sqrt(p * (1 - p) / REPLICATES);
  }

  private static double pValue(double[] sorted, double observed) {
    if (Double.isNaN(observed)) {
      return Double.NaN;
    }
    double threshold = observed - SLACK * Math.max(1, Math.abs(observed));
    int below = lowerBound(sorted, threshold);
    return (1.0 + (sorted.length - below)) / (sorted.length + 1.0);
  }

  private static double critical(double[] sorted, double alpha) {
    int b = sorted.length;
    // reject when 1 + #{≥ s} < α (B + 1), i.e. #{≥ s} ≤ allowed
    int allowed = (int) Math.ceil(alpha * (b + 1)) - 2;
    if (allowed < 0) {
      return Double.POSITIVE_INFINITY;
    }
    return sorted[b - allowed - 1];
  }

  /** The first index whose value is ≥ x. */
  private static int lowerBound(double[] sorted, double x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
