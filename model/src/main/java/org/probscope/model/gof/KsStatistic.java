package org.probscope.model.gof;

/**
 * The one Kolmogorov–Smirnov statistic of ProbScope, for a sorted sample x₁ ≤ … ≤ xₙ against any
 * target, continuous or discrete: D⁺ = maxᵢ(i/n − F(xᵢ)) and D⁻ = maxᵢ(F(xᵢ−) − (i−1)/n).
 *
 * <p>F(xᵢ−) is F(xᵢ) for a continuous target and the step CDF's left limit F(xᵢ) − P(X = xᵢ) for a
 * discrete one (above the median: S(xᵢ−) = S(xᵢ) + P(X = xᵢ), so nothing cancels). Over a run of
 * tied values the maximum of D⁺ falls at the last of them (Fn there is the count up to and
 * including the tie) and that of D⁻ at the first, so the statistic is sup_x |Fn(x) − F(x)| exactly.
 * {@link OrderStatisticPass} (the whole sample) and {@link KsAtN} (each chunk) both use {@link
 * #plus} and {@link #minus}.
 */
final class KsStatistic {

  private KsStatistic() {}

  /**
   * The D⁺ term at the order statistic of 1-based {@code rank}: rank/n − F, as S − (n − rank)/n
   * when S is the directly computed tail ({@code upper}).
   */
  static double plus(int rank, int n, double f, double s, boolean upper) {
    return upper ? s - (double) (n - rank) / n : (double) rank / n - f;
  }

  /**
   * The D⁻ term at the order statistic of 1-based {@code rank}: F(x−) − (rank − 1)/n, with {@code
   * mass} = P(X = x) (0 for a continuous target).
   */
  static double minus(int rank, int n, double f, double s, double mass, boolean upper) {
    int i = rank - 1;
    return upper ? (double) (n - i) / n - (s + mass) : (f - mass) - (double) i / n;
  }

  /**
   * {D⁺, D⁻}, each at least 0, of a sorted array against the target of {@code cdf}.
   *
   * @param sorted values in ascending order (not modified)
   */
  static double[] of(double[] sorted, TailSafeCdf cdf) {
    int n = sorted.length;
    boolean discrete = cdf.target().isDiscrete();
    double[] pair = new double[2];
    double dPlus = 0;
    double dMinus = 0;
    for (int i = 0; i < n; i++) {
      double x = sorted[i];
      if (i == 0 || x != sorted[i - 1]) {
        cdf.evaluate(x, pair);
        double mass = discrete ? cdf.target().density(x) : 0;
        dMinus = Math.max(dMinus, minus(i + 1, n, pair[0], pair[1], mass, cdf.isUpper(x)));
      }
      if (i + 1 == n || sorted[i + 1] != x) {
        dPlus = Math.max(dPlus, plus(i + 1, n, pair[0], pair[1], cdf.isUpper(x)));
      }
    }
    return new double[] {dPlus, dMinus};
  }
}
