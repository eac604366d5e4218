package org.probscope.model.twosample;

import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.probscope.model.sample.Sample;

/**
 * Two-sample Kolmogorov–Smirnov test: D = sup<sub>x</sub> |F<sub>a</sub>(x) − F<sub>b</sub>(x)| for
 * the right-continuous empirical CDFs, with the place where the gap is largest so that the UI can
 * draw it as a vertical segment from {@code (location, ecdfA)} to {@code (location, ecdfB)}.
 *
 * <p>Agrees with {@code scipy.stats.ks_2samp(a, b)} (two-sided, {@code method='auto'}): the p-value
 * P(D<sub>n,m</sub> ≥ d) is exact when max(n, m) ≤ 10 000 and otherwise Smirnov's asymptotic one,
 * the two-sided one-sample Kolmogorov distribution with n·m/(n + m) rounded to an integer (Hodges
 * 1958). Both come from Commons Statistics {@link KolmogorovSmirnovTest}: exact by Viehmann's
 * (2021) stabilised inner method (Hodges' formula for n = m), asymptotic by Simard &amp; L'Ecuyer
 * (2011), except for the large-deviation branch below. The exact p-value costs O(max(n, m)·D·min(n,
 * m)): about 0.7 s at 10 000 × 9 999 with D ≈ 0.2, as long as SciPy takes. Where it differs from
 * SciPy, on purpose or not:
 *
 * <ul>
 *   <li>At max(n, m) = 10 000 SciPy is still exact while Commons' own AUTO rule has switched to the
 *       asymptotic p-value; this class picks the method by SciPy's rule and asks Commons for it
 *       explicitly.
 *   <li>SciPy's exact two-sided p-value for n ≠ m is one minus the probability of staying inside
 *       the band, so below about 1e-14 it has no correct digits; Commons computes the tail directly
 *       and stays accurate there.
 *   <li>When n·m/(n + m) is exactly half an integer (n = m odd, n &gt; 10 000) Commons rounds it up
 *       and NumPy rounds it to even, so the asymptotic p-values differ slightly (not on the
 *       large-deviation branch below, which rounds as NumPy).
 *   <li>For large samples with a clear difference (N·d² ≥ 2.2 with N = n·m/(n + m) &gt; 140) both
 *       SciPy and Commons sum all of Smirnov's N(1 − d) terms, most of a second at n = m = 10⁶;
 *       {@code SmirnovTail} sums a hundred of them by the trapezoidal rule, same value to about
 *       1e-10.
 *   <li>Commons needs two values per sample. A sample of one value is handled here: its exact
 *       distribution puts the value at each of the m + 1 gaps of the other sample with equal
 *       probability, so P(D ≥ h/m) = 2(m − h + 1)/(m + 1) when 2h &gt; m, and 1 otherwise;
 *       asymptotically it is SciPy's min(1, 2(1 − d)).
 * </ul>
 *
 * <p>Ties. D is evaluated after each whole group of equal values, as both SciPy and Commons do, and
 * the p-value is the one for continuous data. When a group of values shared by both samples could
 * raise D if its order were resolved (Commons' "significant ties"), {@link #tiesMayChangeStatistic}
 * is true and the p-value is only approximate.
 *
 * <p>Location. Among the points where the largest gap is reached, the first value of {@code a}, or
 * else the first value of {@code b}, as {@code statistic_location} in SciPy; the gap where {@code
 * a}'s ECDF is above wins a tie with the gap where it is below. SciPy compares the gaps as the
 * floating-point differences #a/n − #b/m, so where the same gap is reached at several points their
 * rounding picks one; the location is chosen by that same expression (D itself is computed in
 * integers).
 *
 * @param statistic D in [0, 1]
 * @param location the x where the largest gap sits
 * @param ecdfA F<sub>a</sub>(location) = #{a<sub>i</sub> ≤ location}/n
 * @param ecdfB F<sub>b</sub>(location) = #{b<sub>j</sub> ≤ location}/m
 * @param pValue P(D<sub>n,m</sub> ≥ statistic) under the null hypothesis of equal continuous
 *     distributions
 * @param pValueMethod {@link PValueMethod#EXACT} or {@link PValueMethod#ASYMPTOTIC}
 * @param tiesMayChangeStatistic true when some ordering of tied values would give a larger D
 */
public record KolmogorovSmirnovTwoSample(
    double statistic,
    double location,
    double ecdfA,
    double ecdfB,
    double pValue,
    PValueMethod pValueMethod,
    boolean tiesMayChangeStatistic) {

  /** Largest sample size for which SciPy's {@code method='auto'} uses the exact p-value. */
  public static final int MAX_EXACT_SIZE = 10_000;

  /** Runs the test; O(n + m) for the statistic, see the class comment for the p-value's cost. */
  public static KolmogorovSmirnovTwoSample of(Sample a, Sample b) {
    LargestGap gap = LargestGap.of(a, b);
    int n = a.size();
    int m = b.size();
    PValueMethod method =
        Math.max(n, m) <= MAX_EXACT_SIZE ? PValueMethod.EXACT : PValueMethod.ASYMPTOTIC;
    double d = gap.scaledGap() / ((double) n * m);
    // SciPy's effective size for the asymptotic distribution, rounded half to even as NumPy does
    long effectiveSize = (long) Math.rint((double) n * m / ((double) n + m));
    double p;
    if (Math.min(n, m) == 1) {
      p = singleValuePValue(gap.scaledGap(), Math.max(n, m), d, method);
    } else if (method == PValueMethod.ASYMPTOTIC && SmirnovTail.covers(d, effectiveSize)) {
      p = SmirnovTail.twoSidedPValue(d, effectiveSize);
    } else {
      p = commonsPValue(a, b, method);
    }
    return new KolmogorovSmirnovTwoSample(
        d,
        gap.location(),
        (double) gap.throughA() / n,
        (double) gap.throughB() / m,
        p,
        method,
        gap.tiesMayChangeStatistic());
  }

  /**
   * The p-value from Commons. It copies and sorts its inputs; on values that are already sorted the
   * JDK's sort finds a single run and returns after one linear pass.
   */
  private static double commonsPValue(Sample a, Sample b, PValueMethod method) {
    KolmogorovSmirnovTest test =
        KolmogorovSmirnovTest.withDefaults()
            .with(
                method == PValueMethod.EXACT
                    ? org.apache.commons.statistics.inference.PValueMethod.EXACT
                    : org.apache.commons.statistics.inference.PValueMethod.ASYMPTOTIC);
    return test.test(a.sortedValues(), b.sortedValues()).getPValue();
  }

  /** P(D ≥ d) when one sample holds a single value; {@code h} = d·m, m the other size. */
  private static double singleValuePValue(long h, int m, double d, PValueMethod method) {
    if (method == PValueMethod.ASYMPTOTIC) {
      return Math.min(1, 2 * (1 - d));
    }
    return 2 * h > m ? 2.0 * (m - h + 1) / (m + 1) : 1;
  }

  /**
   * One pass over the pooled groups of equal values, in integers: the gap after a group is
   * n·m·(F<sub>a</sub> − F<sub>b</sub>) = #a·m − #b·n.
   */
  private record LargestGap(
      long scaledGap, double location, int throughA, int throughB, boolean tiesMayChangeStatistic) {

    static LargestGap of(Sample a, Sample b) {
      long n = a.size();
      long m = b.size();
      Extreme highest = new Extreme(1);
      Extreme lowest = new Extreme(-1);
      long tiedHighest = 0;
      long tiedLowest = 0;
      TieGroupWalk walk = new TieGroupWalk(a, b);
      while (walk.next()) {
        long gap = walk.throughA() * m - walk.throughB() * n;
        double scipyGap = (double) walk.throughA() / n - (double) walk.throughB() / m;
        highest.offer(gap, scipyGap, walk);
        lowest.offer(gap, scipyGap, walk);
        if (walk.tiesA() > 0 && walk.tiesB() > 0) {
          // The most extreme orders of a shared group: all of a's copies first, or all of b's.
          long before = walk.belowA() * m - walk.belowB() * n;
          tiedHighest = Math.max(tiedHighest, before + walk.tiesA() * m);
          tiedLowest = Math.min(tiedLowest, before - walk.tiesB() * n);
        }
      }
      Extreme chosen = lowest.score() > highest.score() ? lowest : highest;
      long d = Math.abs(chosen.gap());
      boolean tiesMatter = Math.max(tiedHighest, -tiedLowest) > d;
      return new LargestGap(d, chosen.location(), chosen.throughA(), chosen.throughB(), tiesMatter);
    }
  }

  /**
   * The most extreme gap in one direction, remembering where SciPy would report it: the first value
   * of a reaching it, otherwise the first value of b.
   */
  private static final class Extreme {
    private final int direction;
    private final Candidate fromA = new Candidate();
    private final Candidate fromB = new Candidate();

    Extreme(int direction) {
      this.direction = direction;
    }

    void offer(long gap, double scipyGap, TieGroupWalk walk) {
      if (walk.tiesA() > 0) {
        fromA.offer(gap, scipyGap * direction, walk);
      }
      if (walk.tiesB() > 0) {
        fromB.offer(gap, scipyGap * direction, walk);
      }
    }

    private Candidate best() {
      return fromA.score >= fromB.score ? fromA : fromB;
    }

    /** The largest gap in this direction as SciPy's floating-point difference sees it. */
    double score() {
      return best().score;
    }

    long gap() {
      return best().gap;
    }

    double location() {
      return best().location;
    }

    int throughA() {
      return best().throughA;
    }

    int throughB() {
      return best().throughB;
    }
  }

  private static final class Candidate {
    private double score = Double.NEGATIVE_INFINITY;
    private long gap;
    private double location;
    private int throughA;
    private int throughB;

    void offer(long exactGap, double orientedScore, TieGroupWalk walk) {
      if (orientedScore > score) {
        score = orientedScore;
        gap = exactGap;
        location = walk.value();
        throughA = walk.throughA();
        throughB = walk.throughB();
      }
    }
  }
}
