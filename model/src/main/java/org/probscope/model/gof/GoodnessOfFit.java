package org.probscope.model.gof;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.sample.Sample;

/**
 * One-sample goodness of fit of a sorted sample x₁ ≤ … ≤ xₙ against a target CDF F (S = 1 − F),
 * with the definitions of DESIGN.md's "Metric conventions":
 *
 * <ul>
 *   <li>Kolmogorov–Smirnov D = max(D⁺, D⁻), D⁺ = maxᵢ(i/n − F(xᵢ)), D⁻ = maxᵢ(F(xᵢ) − (i−1)/n), as
 *       SciPy's {@code stats.kstest}; p-value see {@link KolmogorovSmirnovPValue} (Commons' exact
 *       sum while p ≥ 1e-280, the exact one-sided Smirnov sum in log space below; Kolmogorov's
 *       limit above n = 10 000 while p ≥ 1e-6).
 *   <li>Kuiper V = D⁺ + D⁻, p-value from a seeded simulation table for n ≤ 30 and Stephens' (1970)
 *       asymptotic formula beyond; see {@link KuiperPValue}.
 *   <li>Cramér–von Mises W² = 1/(12n) + Σ(F(xᵢ) − (2i−1)/(2n))², as SciPy's {@code
 *       stats.cramervonmises}, with the Csörgő–Faraway (1996) finite-n p-value where it is valid
 *       and the limit law's tail in log space beyond; see {@link CramerVonMisesPValue}.
 *   <li>Anderson–Darling A² = −n − (1/n)Σ(2i−1)[ln F(xᵢ) + ln S(xₙ₊₁₋ᵢ)], evaluated in log space
 *       through S (so a point 40 sd out still counts finitely), Marsaglia &amp; Marsaglia (2004)
 *       p-value up to A² = 6, the limit law's tail in log space beyond.
 *   <li>Wasserstein-1 W₁ = ∫|Fₙ − F| dx, infinite when the target has no finite mean; see {@link
 *       Wasserstein1}.
 * </ul>
 *
 * <p>Every p-value is computed as ln p and is monotone in its statistic; below 1e-300 it is
 * reported as that bound ({@link PValue}), and a decision never reads a missing number as "do not
 * reject". Critical values are cached by (test, n, α).
 *
 * <p>F(xᵢ) and S(xᵢ) are evaluated once per distinct value in one pass that runs over both cores in
 * fixed blocks (identical results whatever the thread count).
 *
 * <p>A discrete target gets the discrete tests of {@link DiscreteTests} instead: D and V from the
 * step CDF (D⁻ with its left limit) with p-values of the discrete null (KS exact, Kuiper by seeded
 * Monte Carlo), and the discrete Cramér–von Mises W², Anderson–Darling A² and Watson U² of
 * Choulakian, Lockhart &amp; Stephens (1994) in place of the continuous W² and A², which are wrong
 * on tied data. {@link ChiSquareGoodnessOfFit} stays available beside them.
 */
public final class GoodnessOfFit {

  private final Distribution target;
  private final int n;
  private final List<TestResult> tests;
  private final DiscreteTests discrete;
  private final double dPlus;
  private final double dMinus;
  private final KsGap ksGap;
  private final Wasserstein1 wasserstein1;

  private GoodnessOfFit(
      Distribution target,
      int n,
      List<TestResult> tests,
      DiscreteTests discrete,
      double dPlus,
      double dMinus,
      KsGap ksGap,
      Wasserstein1 wasserstein1) {
    this.target = target;
    this.n = n;
    this.tests = tests;
    this.discrete = discrete;
    this.dPlus = dPlus;
    this.dMinus = dMinus;
    this.ksGap = ksGap;
    this.wasserstein1 = wasserstein1;
  }

  /** Computes every statistic and p-value of {@code sample} against {@code target}. */
  public static GoodnessOfFit of(Sample sample, Distribution target) {
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(target, "target");
    int n = sample.size();
    TailSafeCdf cdf = new TailSafeCdf(target);
    BlockSums sums = new OrderStatisticPass(sample, cdf).run();
    double dPlus = Math.max(0, sums.dPlus());
    double dMinus = Math.max(0, sums.dMinus());
    KsGap gap = gap(sample, target, sums, dPlus >= dMinus);
    Wasserstein1 w1 = Wasserstein1.of(sample, target, sums.wassersteinInRange());
    if (target.isDiscrete()) {
      DiscreteTests discrete = DiscreteTests.of(sample, target, dPlus, dMinus);
      return new GoodnessOfFit(target, n, discrete.results(), discrete, dPlus, dMinus, gap, w1);
    }
    List<TestResult> tests = continuousTests(GofStatistics.continuous(sums, n), n);
    return new GoodnessOfFit(target, n, tests, null, dPlus, dMinus, gap, w1);
  }

  /**
   * The tests of {@link #of} (statistics and p-values, the same values), without W₁ and the KS gap:
   * what a fit's ranking needs. W₁'s integrals between order statistics are most of the cost at
   * large n when the target is close to the data, as a fitted target is: at n = 10⁶ against a
   * fitted gamma, {@link #of} takes seconds and this a few hundred milliseconds.
   *
   * @return each test computed for the target's kind, in {@link GofTest} order
   */
  public static Map<GofTest, TestResult> tests(Sample sample, Distribution target) {
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(target, "target");
    int n = sample.size();
    BlockSums sums = OrderStatisticPass.statisticsOnly(sample, new TailSafeCdf(target)).run();
    List<TestResult> tests =
        target.isDiscrete()
            ? DiscreteTests.of(
                    sample, target, Math.max(0, sums.dPlus()), Math.max(0, sums.dMinus()))
                .results()
            : continuousTests(GofStatistics.continuous(sums, n), n);
    Map<GofTest, TestResult> byTest = new EnumMap<>(GofTest.class);
    for (TestResult t : tests) {
      byTest.put(t.test(), t);
    }
    return Collections.unmodifiableMap(byTest);
  }

  private static List<TestResult> continuousTests(GofStatistics statistics, int n) {
    double d = statistics.ks();
    double v = statistics.kuiper();
    double w2 = statistics.cramerVonMises();
    double a2 = statistics.andersonDarling();
    return List.of(
        new TestResult(GofTest.KOLMOGOROV_SMIRNOV, d, KolmogorovSmirnovPValue.of(d, n)),
        new TestResult(GofTest.KUIPER, v, KuiperPValue.of(v, n)),
        new TestResult(GofTest.CRAMER_VON_MISES, w2, CramerVonMisesPValue.of(w2, n)),
        new TestResult(GofTest.ANDERSON_DARLING, a2, AndersonDarlingPValue.of(a2, n)));
  }

  private static KsGap gap(Sample sample, Distribution target, BlockSums sums, boolean plus) {
    int i = plus ? sums.dPlusIndex() : sums.dMinusIndex();
    int n = sample.size();
    double x = sample.sorted(i);
    // a D⁻ gap of a step CDF is between the left limits Fn(x−) and F(x−) = F(x) − P(X = x)
    double f = !plus && target.isDiscrete() ? target.cdf(x) - target.density(x) : target.cdf(x);
    return new KsGap(x, (double) i / n, (i + 1.0) / n, f, plus);
  }

  public Distribution target() {
    return target;
  }

  public int n() {
    return n;
  }

  /** True when the target is discrete: the tests are then those of {@link DiscreteTests}. */
  public boolean discreteTarget() {
    return target.isDiscrete();
  }

  /**
   * A sentence for the UI about how to read the p-values; empty for a continuous target.
   *
   * <p>For a discrete target it says which tests are used; each p-value's method is in {@link
   * TestResult#pValueMethod()}.
   */
  public String note() {
    return discreteTarget()
        ? "The target is discrete: the tests use its step CDF and p-values for a discrete null"
            + " (KS exact or Monte Carlo, Kuiper Monte Carlo, Cramér–von Mises, Anderson–Darling"
            + " and Watson in their discrete forms); each p-value's method is listed with it."
        : "";
  }

  public TestResult ks() {
    return tests.get(0);
  }

  public TestResult kuiper() {
    return tests.get(1);
  }

  public TestResult cramerVonMises() {
    return tests.get(2);
  }

  public TestResult andersonDarling() {
    return tests.get(3);
  }

  /**
   * The tests in {@link GofTest} order: KS, Kuiper, CvM and AD, and for a discrete target Watson's
   * U² as a fifth.
   */
  public List<TestResult> tests() {
    return tests;
  }

  /**
   * The result of {@code test}.
   *
   * @throws IllegalArgumentException when it was not computed (Watson for a continuous target)
   */
  public TestResult test(GofTest test) {
    if (test.ordinal() >= tests.size()) {
      throw new IllegalArgumentException(test.label() + " is computed for discrete targets only");
    }
    return tests.get(test.ordinal());
  }

  /** D⁺ = maxᵢ(i/n − F(xᵢ)), at least 0. */
  public double dPlus() {
    return dPlus;
  }

  /** D⁻ = maxᵢ(F(xᵢ) − (i−1)/n), at least 0. */
  public double dMinus() {
    return dMinus;
  }

  /** Where the KS statistic sits, for drawing it. */
  public KsGap ksGap() {
    return ksGap;
  }

  public Wasserstein1 wasserstein1() {
    return wasserstein1;
  }

  /**
   * The critical value of a test at level α for this n: the statistic whose p-value is α, found by
   * Brent's method on the log of the same p-value function the test uses, and cached by (test, n,
   * α) ({@link CriticalValues}); NaN where the method has no statistic with p-value α.
   *
   * @throws IllegalArgumentException when α is not in (0, 1)
   */
  public double criticalValue(GofTest test, double alpha) {
    Levels.requireLevel(alpha);
    if (discrete != null) {
      return discrete.criticalValue(test, alpha);
    }
    if (test == GofTest.WATSON) {
      throw new IllegalArgumentException("Watson's U² is computed for discrete targets only");
    }
    return CriticalValues.of(test, n, alpha);
  }

  /**
   * Each test's verdict at level α: the p-value against α when it is a number or a bound at or
   * below α; otherwise (a bound above α) the statistic against the critical value. A test is never
   * "do not reject" for want of a p-value.
   */
  public List<Decision> decisions(double alpha) {
    Levels.requireLevel(alpha);
    return tests().stream().map(t -> decision(t, alpha)).toList();
  }

  private Decision decision(TestResult t, double alpha) {
    double critical = criticalValue(t.test(), alpha);
    PValue p = t.p();
    boolean reject =
        p.known() || p.value() <= alpha || Double.isNaN(critical)
            ? p.rejects(alpha)
            : t.statistic() > critical;
    return new Decision(t.test(), alpha, t.statistic(), critical, p, reject);
  }

  /** The DKW band for Fₙ at level 1 − α. */
  public DkwBand dkwBand(double alpha) {
    return DkwBand.of(n, alpha);
  }

  @Override
  public String toString() {
    return "GoodnessOfFit[n="
        + n
        + ", target="
        + target.spec()
        + ", "
        + tests()
        + ", "
        + wasserstein1
        + "]";
  }
}
