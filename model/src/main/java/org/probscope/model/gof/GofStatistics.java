package org.probscope.model.gof;

import java.util.Objects;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.sample.Sample;

/**
 * The goodness-of-fit statistics of a sample against a target without their p-values: what a
 * parametric bootstrap computes for every simulated sample, where the p-values (exact sums, the
 * discrete null's recursion or simulation) would cost far more than the statistics and would not be
 * used. The numbers are those of {@link GoodnessOfFit} (the same pass and the same formulas):
 *
 * <ul>
 *   <li>continuous target: D = max(D⁺, D⁻), V = D⁺ + D⁻, W² = 1/(12n) + Σ(F(xᵢ) − (2i−1)/(2n))², A²
 *       = −n − (1/n)Σ(2i−1)[ln F(xᵢ) + ln S(xₙ₊₁₋ᵢ)] (DESIGN.md "Metric conventions");
 *   <li>discrete target: D and V from the step CDF (D⁻ with its left limit), and the discrete W²,
 *       A² and Watson's U² of Choulakian, Lockhart &amp; Stephens (1994) over the cells {@link
 *       DiscreteTests} uses (+∞ when a value has probability 0 under the target).
 * </ul>
 *
 * Immutable.
 */
public final class GofStatistics {

  private final int n;
  private final boolean discrete;
  private final double dPlus;
  private final double dMinus;
  private final double cramerVonMises;
  private final double andersonDarling;
  private final double watson;

  private GofStatistics(
      int n,
      boolean discrete,
      double dPlus,
      double dMinus,
      double cramerVonMises,
      double andersonDarling,
      double watson) {
    this.n = n;
    this.discrete = discrete;
    this.dPlus = dPlus;
    this.dMinus = dMinus;
    this.cramerVonMises = cramerVonMises;
    this.andersonDarling = andersonDarling;
    this.watson = watson;
  }

  /** The statistics of {@code sample} against {@code target}; one pass, no p-values, no W₁. */
  public static GofStatistics of(Sample sample, Distribution target) {
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(target, "target");
    BlockSums sums = OrderStatisticPass.statisticsOnly(sample, new TailSafeCdf(target)).run();
    if (target.isDiscrete()) {
      DiscreteCells cells = DiscreteTests.cramerVonMisesCells(sample, target);
      return new GofStatistics(
          sample.size(),
          true,
          Math.max(0, sums.dPlus()),
          Math.max(0, sums.dMinus()),
          DiscreteTests.cramerVonMisesStatistic(cells, DiscreteCramerVonMises.Kind.W2),
          DiscreteTests.cramerVonMisesStatistic(cells, DiscreteCramerVonMises.Kind.A2),
          DiscreteTests.cramerVonMisesStatistic(cells, DiscreteCramerVonMises.Kind.U2));
    }
    return continuous(sums, sample.size());
  }

  /** The continuous statistics from the pass's sums (shared with {@link GoodnessOfFit}). */
  static GofStatistics continuous(BlockSums sums, int n) {
    return new GofStatistics(
        n,
        false,
        Math.max(0, sums.dPlus()),
        Math.max(0, sums.dMinus()),
        1.0 / (12.0 * n) + sums.cramerVonMises(),
        -n - sums.andersonDarling() / n,
        Double.NaN);
  }

  public int n() {
    return n;
  }

  /** Whether the target was discrete (so W², A² are the discrete forms and U² is given). */
  public boolean discreteTarget() {
    return discrete;
  }

  /** D⁺ = maxᵢ(i/n − F(xᵢ)), at least 0. */
  public double dPlus() {
    return dPlus;
  }

  /** D⁻ = maxᵢ(F(xᵢ−) − (i−1)/n), at least 0. */
  public double dMinus() {
    return dMinus;
  }

  /** Kolmogorov–Smirnov D = max(D⁺, D⁻). */
  public double ks() {
    return Math.max(dPlus, dMinus);
  }

  /** Kuiper V = D⁺ + D⁻. */
  public double kuiper() {
    return dPlus + dMinus;
  }

  /** Cramér–von Mises W² (its discrete form for a discrete target). */
  public double cramerVonMises() {
    return cramerVonMises;
  }

  /** Anderson–Darling A² (its discrete form for a discrete target). */
  public double andersonDarling() {
    return andersonDarling;
  }

  /**
   * The statistic of {@code test}.
   *
   * @throws IllegalArgumentException for Watson's U² against a continuous target (not computed)
   */
  public double statistic(GofTest test) {
    return switch (test) {
      case KOLMOGOROV_SMIRNOV -> ks();
      case KUIPER -> kuiper();
      case CRAMER_VON_MISES -> cramerVonMises;
      case ANDERSON_DARLING -> andersonDarling;
      case WATSON -> {
        if (!discrete) {
          throw new IllegalArgumentException("Watson's U² is computed for discrete targets only");
        }
        yield watson;
      }
    };
  }

  @Override
  public String toString() {
    return "GofStatistics[n="
        + n
        + ", D="
        + ks()
        + ", V="
        + kuiper()
        + ", W²="
        + cramerVonMises
        + ", A²="
        + andersonDarling
        + (discrete ? ", U²=" + watson : "")
        + "]";
  }
}
