package org.probscope.model.twosample;

import java.math.BigInteger;
import org.probscope.model.distribution.Validated;
import org.probscope.model.distribution.Violation;
import org.probscope.model.sample.Sample;

/**
 * Two-sample Cramér–von Mises test; agrees with {@code scipy.stats.cramervonmises_2samp(a, b)}
 * ({@code method='auto'}).
 *
 * <p>With r<sub>i</sub> the midranks in the pooled sample of the sorted a<sub>i</sub> and
 * s<sub>j</sub> those of the sorted b<sub>j</sub>, N = n + m and k = n·m (Anderson 1962, eqs. 9 and
 * 10):
 *
 * <pre>
 * U = n Σᵢ (rᵢ − i)² + m Σⱼ (sⱼ − j)²,     T = U/(k·N) − (4k − 1)/(6N)
 * </pre>
 *
 * <p>T is the difference of two numbers near 2k/(3N), which grow with the sizes, so U is summed
 * exactly in integers (the doubled midrank differences are integers) and T is rounded once.
 *
 * <p>p-value, by SciPy's rule: exact when max(n, m) ≤ 20, from the distribution of U over all C(N,
 * n) splits of the pooled ranks (Xiao, Gordon &amp; Yakovlev 2006, {@link
 * CramerVonMisesExactDistribution}); otherwise asymptotic: T is normalised with its exact mean and
 * variance, T<sub>n</sub> = 1/6 + (T − E T)/√(45 Var T) (Anderson 1962, eqs. 11, 14, 15), and
 * compared with the limiting one-sample distribution ({@link CramerVonMisesLimit}). With ties the
 * midranks enter U as in SciPy, but both p-values assume continuous data.
 *
 * @param statistic T
 * @param pValue P(T ≥ statistic) under the null hypothesis
 * @param pValueMethod {@link PValueMethod#EXACT} or {@link PValueMethod#ASYMPTOTIC}
 */
public record CramerVonMisesTwoSample(double statistic, double pValue, PValueMethod pValueMethod) {

  /** Largest sample size for which SciPy's {@code method='auto'} uses the exact p-value. */
  public static final int MAX_EXACT_SIZE = 20;

  /** Runs the test; invalid when a sample has fewer than two values, as in SciPy. */
  public static Validated<CramerVonMisesTwoSample> of(Sample a, Sample b) {
    int n = a.size();
    int m = b.size();
    if (n < 2 || m < 2) {
      return Validated.invalid(
          Violation.ofSpec("Cramér–von Mises needs at least two values in each sample"));
    }
    BigInteger fourU = fourTimesU(a, b);
    BigInteger k = BigInteger.valueOf((long) n * m);
    long total = (long) n + m;
    // T = (3·4U − 2k(4k − 1)) / (12·k·N), exact numerator, one rounding in the division.
    BigInteger numerator =
        fourU
            .multiply(BigInteger.valueOf(3))
            .subtract(k.shiftLeft(1).multiply(k.shiftLeft(2).subtract(BigInteger.ONE)));
    double statistic = numerator.doubleValue() / (12.0 * k.doubleValue() * total);
    if (Math.max(n, m) <= MAX_EXACT_SIZE) {
      double u = fourU.doubleValue() / 4;
      return Validated.valid(
          new CramerVonMisesTwoSample(
              statistic, CramerVonMisesExactDistribution.pValue(u, n, m), PValueMethod.EXACT));
    }
    return Validated.valid(
        new CramerVonMisesTwoSample(
            statistic, asymptoticPValue(statistic, n, m), PValueMethod.ASYMPTOTIC));
  }

  /**
   * 4U = n Σ (2rᵢ − 2i)² + m Σ (2sⱼ − 2j)². In a group of equal values that follows p pooled values
   * and holds l of them, twice the midrank is 2p + l + 1.
   */
  private static BigInteger fourTimesU(Sample a, Sample b) {
    ExactSum squaresA = new ExactSum();
    ExactSum squaresB = new ExactSum();
    TieGroupWalk walk = new TieGroupWalk(a, b);
    while (walk.next()) {
      long twiceMidrank = 2 * walk.below() + walk.ties() + 1;
      for (long i = walk.belowA() + 1; i <= walk.throughA(); i++) {
        squaresA.addSquare(twiceMidrank - 2 * i);
      }
      for (long j = walk.belowB() + 1; j <= walk.throughB(); j++) {
        squaresB.addSquare(twiceMidrank - 2 * j);
      }
    }
    return squaresA
        .value()
        .multiply(BigInteger.valueOf(a.size()))
        .add(squaresB.value().multiply(BigInteger.valueOf(b.size())));
  }

  /** SciPy's {@code _pval_cvm_2samp_asymptotic}, Anderson (1962) eqs. 11, 14 and 15. */
  static double asymptoticPValue(double statistic, int n, int m) {
    double total = (double) n + m;
    double k = (double) n * m;
    double mean = (1 + 1 / total) / 6;
    double variance =
        (total + 1)
            * (4 * k * total - 3 * ((double) n * n + (double) m * m) - 2 * k)
            / (45 * total * total * 4 * k);
    double normalised = 1.0 / 6 + (statistic - mean) / Math.sqrt(45 * variance);
    // Below 0.003 the limiting CDF is under 1.3e-18: SciPy returns 1 there without evaluating it.
    if (normalised < 0.003) {
      return 1;
    }
    return Math.max(1 - CramerVonMisesLimit.cdf(normalised), 0);
  }

  /**
   * An exact sum of squares of integers: a long that is moved into a BigInteger before it could
   * overflow, so the loop stays on primitive arithmetic.
   */
  private static final class ExactSum {
    private static final long FLUSH_AT = 1L << 62;
    private BigInteger flushed = BigInteger.ZERO;
    private long pending;

    void addSquare(long x) {
      // |x| < 2N, and N < 2^30 for any two samples that fit in memory, so x² < 2^62 and
      // pending + x² < 2^63.
      pending += x * x;
      if (pending >= FLUSH_AT) {
        flushed = flushed.add(BigInteger.valueOf(pending));
        pending = 0;
      }
    }

    BigInteger value() {
      return flushed.add(BigInteger.valueOf(pending));
    }
  }
}
