package org.probscope.model.gof;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * The exact two-sided Kolmogorov–Smirnov p-value P(D ≥ d) for a discrete null, the quantity R's
 * {@code dgof::ks.test(exact = TRUE)} (Conover 1972) and {@code KSgeneral::disc_ks_test} compute.
 *
 * <p>Both Fn and F are step functions that jump only at the target's support points t₁ &lt; … &lt;
 * t_m, so D ≥ d exactly when some cumulative count S_j = n·Fn(t_j) leaves the band |S_j − n F(t_j)|
 * &lt; n d. Under the null the counts are multinomial; sequentially, given S_{j−1} = s the count of
 * cell j is Binomial(n − s, p_j / (1 − F(t_{j−1}))). The recursion carries the distribution of S_j
 * over the band and adds up the probability that leaves it at each step, which is P(D ≥ d) itself
 * (a sum of positive terms, so small p-values keep their relative accuracy). Cost: Σ_j (band
 * width)² ≈ m (2nd)² operations, which {@link #cost} estimates for choosing this method.
 */
final class DiscreteKsPValue {

  /**
   * Relative slack on the band: a D within 1e-12 of d counts as reaching it, so the observed
   * configuration is counted in P(D ≥ d) despite the rounding of F.
   */
  private static final double SLACK = 1e-12;

  /** Below this the fast pass (1 − stay) is redone with accurate binomial tails. */
  private static final double ACCURATE_BELOW = 1e-8;

  private DiscreteKsPValue() {}

  /** Σ_j (band width of S_{j−1}) × (band width of S_j), the work of {@link #pValue}. */
  static double cost(DiscreteCells cells, double d) {
    int n = cells.n();
    double width = Math.min(n + 1.0, 2 * n * d + 2);
    return cells.size() * width * width;
  }

  /** P(D ≥ d) for a sample of the cells' n under the null; 1 when d ≤ 0. */
  static double pValue(DiscreteCells cells, double d) {
    if (!(d > 0)) {
      return Double.isNaN(d) ? Double.NaN : 1;
    }
    if (d > 1) {
      return 0;
    }
    double fast = run(cells, d, false);
    return fast < ACCURATE_BELOW ? run(cells, d, true) : fast;
  }

  private static double run(DiscreteCells cells, double d, boolean accurateTails) {
    int n = cells.n();
    int m = cells.size();
    double band = n * d * (1 - SLACK);
    double[] previous = new double[n + 1];
    double[] current = new double[n + 1];
    previous[0] = 1;
    int prevLow = 0;
    int prevHigh = 0;
    double left = 0;
    double remaining = 1;
    for (int j = 0; j < m; j++) {
      int low;
      int high;
      if (j == m - 1) {
        low = n;
        high = n;
      } else {
        // S allowed when n F − band < S < n F + band; in the upper half n F = n − n S(t)
        double centre = cells.cdf(j) < 0.5 ? n * cells.cdf(j) : n - n * cells.survival(j);
        low = (int) Math.max(0, Math.floor(centre - band) + 1);
        high = (int) Math.min(n, Math.ceil(centre + band) - 1);
      }
      double q = remaining > 0 ? Math.min(1, cells.mass(j) / remaining) : 1;
      remaining = j == m - 1 ? 0 : cells.survival(j);
      int newLow = Integer.MAX_VALUE;
      int newHigh = -1;
      for (int s = Math.max(0, low); s <= high; s++) {
        current[s] = 0;
      }
      for (int s0 = prevLow; s0 <= prevHigh; s0++) {
        double weight = previous[s0];
        if (weight == 0) {
          continue;
        }
        int trials = n - s0;
        int cLow = Math.max(0, low - s0);
        int cHigh = Math.min(trials, high - s0);
        double stay = spread(weight, trials, q, cLow, cHigh, s0, current);
        if (accurateTails) {
          left += weight * outside(trials, q, cLow, cHigh);
        } else {
          left += Math.max(0, weight - stay);
        }
      }
      for (int s = Math.max(0, low); s <= high; s++) {
        if (current[s] > 0) {
          newLow = Math.min(newLow, s);
          newHigh = s;
        }
      }
      if (newHigh < 0) {
        return Math.min(1, left);
      }
      double[] swap = previous;
      previous = current;
      current = swap;
      prevLow = newLow;
      prevHigh = newHigh;
    }
    return Math.min(1, Math.max(0, left));
  }

  /**
   * Adds weight × P(C = c) for C ~ Binomial(trials, q), c in [cLow, cHigh], to target[s0 + c];
   * returns the added total. The pmf is evaluated once near the mode and carried by its ratio
   * recurrence in both directions, so nothing underflows where it matters.
   */
  private static double spread(
      double weight, int trials, double q, int cLow, int cHigh, int s0, double[] target) {
    if (cLow > cHigh) {
      return 0;
    }
    if (q >= 1 || trials == 0) {
      if (cLow <= trials && trials <= cHigh) {
        target[s0 + trials] += weight;
        return weight;
      }
      return 0;
    }
    if (q <= 0) {
      if (cLow == 0) {
        target[s0] += weight;
        return weight;
      }
      return 0;
    }
    int mode = (int) Math.min(trials, Math.floor((trials + 1) * q));
    int start = Math.max(cLow, Math.min(cHigh, mode));
    double pmf = BinomialDistribution.of(trials, q).probability(start);
    double odds = q / (1 - q);
    double total = 0;
    double value = pmf;
    for (int c = start; c <= cHigh && value > 0; c++) {
      target[s0 + c] += weight * value;
      total += value;
      value *= (trials - c) / (c + 1.0) * odds;
    }
    value = pmf;
    for (int c = start - 1; c >= cLow; c--) {
      value *= (c + 1.0) / (trials - c) / odds;
      if (value == 0) {
        break;
      }
      target[s0 + c] += weight * value;
      total += value;
    }
    return weight * total;
  }

  /** P(C &lt; cLow) + P(C &gt; cHigh) for C ~ Binomial(trials, q), from the library's tails. */
  private static double outside(int trials, double q, int cLow, int cHigh) {
    if (cLow > cHigh) {
      return 1;
    }
    if (q >= 1 || q <= 0 || trials == 0) {
      int certain = q >= 1 ? trials : 0;
      return certain >= cLow && certain <= cHigh ? 0 : 1;
    }
    BinomialDistribution c = BinomialDistribution.of(trials, q);
    double below = cLow > 0 ? c.cumulativeProbability(cLow - 1) : 0;
    double above = cHigh < trials ? c.survivalProbability(cHigh) : 0;
    return below + above;
  }
}
