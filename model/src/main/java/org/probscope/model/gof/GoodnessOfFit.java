package org.probscope.model.gof;

import java.util.List;
import java.util.Objects;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.sample.Sample;

/**
 * One-sample goodness of fit of a sorted sample x₁ ≤ … ≤ xₙ against a target CDF F (S = 1 − F),
 * with the definitions of DESIGN.md's "Metric conventions":
 *
 * <ul>
 *   <li>Kolmogorov–Smirnov D = max(D⁺, D⁻), D⁺ = maxᵢ(i/n − F(xᵢ)), D⁻ = maxᵢ(F(xᵢ) − (i−1)/n), as
 *       SciPy's {@code stats.kstest}; p-value see {@link KolmogorovSmirnovPValue} (exact for n ≤ 10
 *       000, asymptotic beyond).
 *   <li>Kuiper V = D⁺ + D⁻, p-value from a seeded simulation table for n ≤ 30 and Stephens' (1970)
 *       asymptotic formula beyond; see {@link KuiperPValue}.
 *   <li>Cramér–von Mises W² = 1/(12n) + Σ(F(xᵢ) − (2i−1)/(2n))², as SciPy's {@code
 *       stats.cramervonmises}, with the Csörgő–Faraway (1996) finite-n p-value.
 *   <li>Anderson–Darling A² = −n − (1/n)Σ(2i−1)[ln F(xᵢ) + ln S(xₙ₊₁₋ᵢ)], evaluated in log space
 *       through S (so a point 40 sd out still counts finitely), Marsaglia &amp; Marsaglia (2004)
 *       p-value.
 *   <li>Wasserstein-1 W₁ = ∫|Fₙ − F| dx, infinite when the target has no finite mean; see {@link
 *       Wasserstein1}.
 * </ul>
 *
 * <p>Every p-value is computed as ln p and is monotone in its statistic; below 1e-300 it is
 * reported as that bound ({@link PValue}), and a decision never reads a missing number as "do not
 * reject". Critical values are cached by (test, n, α).
 *
 * <p>F(xᵢ) and S(xᵢ) are evaluated once per distinct value in one pass that runs over both cores in
 * fixed blocks (identical results whatever the thread count). For a discrete target the statistics
 * use the step CDF and the p-values are those of the continuous case, which are then conservative
 * (too large); {@link ChiSquareGoodnessOfFit} is the test to use there.
 */
public final class GoodnessOfFit {

  private final Distribution target;
  private final int n;
  private final TestResult ks;
  private final TestResult kuiper;
  private final TestResult cramerVonMises;
  private final TestResult andersonDarling;
  private final double dPlus;
  private final double dMinus;
  private final KsGap ksGap;
  private final Wasserstein1 wasserstein1;

  private GoodnessOfFit(
      Distribution target,
      int n,
      TestResult[] tests,
      double dPlus,
      double dMinus,
      KsGap ksGap,
      Wasserstein1 wasserstein1) {
    this.target = target;
    this.n = n;
    this.ks = tests[0];
    this.kuiper = tests[1];
    this.cramerVonMises = tests[2];
    this.andersonDarling = tests[3];
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
    double d = Math.max(dPlus, dMinus);
    double v = dPlus + dMinus;
    double w2 = 1.0 / (12.0 * n) + sums.cramerVonMises();
    double a2 = -n - sums.andersonDarling() / n;
    TestResult[] tests = {
      new TestResult(GofTest.KOLMOGOROV_SMIRNOV, d, KolmogorovSmirnovPValue.of(d, n)),
      new TestResult(GofTest.KUIPER, v, KuiperPValue.of(v, n)),
      new TestResult(GofTest.CRAMER_VON_MISES, w2, CramerVonMisesPValue.of(w2, n)),
      new TestResult(GofTest.ANDERSON_DARLING, a2, AndersonDarlingPValue.of(a2, n))
    };
    KsGap gap = gap(sample, target, sums, dPlus >= dMinus);
    return new GoodnessOfFit(
        target,
        n,
        tests,
        dPlus,
        dMinus,
        gap,
        Wasserstein1.of(sample, target, sums.wassersteinInRange()));
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

  /** True when the target is discrete: the p-values are then conservative (see class doc). */
  public boolean discreteTarget() {
    return target.isDiscrete();
  }

  /** A sentence for the UI about how to read the p-values; empty for a continuous target. */
  public String note() {
    return discreteTarget()
        ? "The target is discrete: the statistics use its step CDF and the p-values are those of"
            + " a continuous target, which are then conservative (too large). The chi-square test"
            + " with merged bins is the appropriate test."
        : "";
  }

  public TestResult ks() {
    return ks;
  }

  public TestResult kuiper() {
    return kuiper;
  }

  public TestResult cramerVonMises() {
    return cramerVonMises;
  }

  public TestResult andersonDarling() {
    return andersonDarling;
  }

  /** The four tests in {@link GofTest} order. */
  public List<TestResult> tests() {
    return List.of(ks, kuiper, cramerVonMises, andersonDarling);
  }

  public TestResult test(GofTest test) {
    return tests().get(test.ordinal());
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
