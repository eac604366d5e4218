package org.probscope.model.twosample;

import org.probscope.model.distribution.Validated;
import org.probscope.model.distribution.Violation;
import org.probscope.model.sample.Sample;

/**
 * Two-sample Anderson–Darling test in the midrank version of Scholz &amp; Stephens (1987), valid
 * for continuous and discrete data; agrees with {@code scipy.stats.anderson_ksamp([a, b],
 * variant='midrank')}.
 *
 * <p>Over the distinct pooled values z<sub>j</sub> with multiplicity l<sub>j</sub>, let
 * B<sub>j</sub> = #{pooled &lt; z<sub>j</sub>} + l<sub>j</sub>/2 and, for sample i of size
 * n<sub>i</sub>, M<sub>ij</sub> = #{sample i ≤ z<sub>j</sub>} − f<sub>ij</sub>/2 with
 * f<sub>ij</sub> its own multiplicity there. With N = n + m,
 *
 * <pre>
 * A²akN = (N − 1)/N · Σᵢ 1/nᵢ Σⱼ (lⱼ/N) (N·Mᵢⱼ − Bⱼ·nᵢ)² / (Bⱼ(N − Bⱼ) − N·lⱼ/4)   (eq. 7)
 * </pre>
 *
 * <p>The reported statistic is the standardised T = (A²akN − 1)/σ<sub>N</sub> with σ²<sub>N</sub>
 * the exact variance of A²akN (Scholz &amp; Stephens, eq. 4 with k = 2), as SciPy reports it.
 *
 * <p>p-value: as SciPy, interpolated (a quadratic in T fitted to the logarithms of the significance
 * levels 0.25 … 0.001 at the critical values of their Table 2), and therefore capped at 0.25 when T
 * lies below the 25 % critical value and floored at 0.001 when it lies above the 0.1 % one; {@link
 * #pValueClipping} says which. Then the true p-value is at least 0.25, respectively at most 0.001;
 * SciPy's permutation alternative is not offered.
 *
 * @param statistic the standardised statistic T
 * @param pValue the interpolated p-value in [0.001, 0.25]
 * @param pValueClipping whether the p-value was clipped at an end of the table
 */
public record AndersonDarlingTwoSample(
    double statistic, double pValue, PValueClipping pValueClipping) {

  /** Whether an interpolated p-value sits at an end of its table. */
  public enum PValueClipping {
    /** Interpolated inside the table. */
    NONE,
    /** Capped at the table's largest level (0.25): the true p-value is at least that. */
    CAPPED,
    /** Floored at the table's smallest level (0.001): the true p-value is at most that. */
    FLOORED
  }

  /** Always {@link PValueMethod#INTERPOLATED}; here so that all three tests read alike. */
  public PValueMethod pValueMethod() {
    return PValueMethod.INTERPOLATED;
  }

  /**
   * Runs the test in one pass over the pooled values plus one O(N) pass for the variance. Invalid
   * when the two samples hold fewer than 4 values together (the variance formula divides by (N −
   * 1)(N − 2)(N − 3)) or only one distinct value.
   */
  public static Validated<AndersonDarlingTwoSample> of(Sample a, Sample b) {
    int n = a.size();
    int m = b.size();
    double total = (double) n + m;
    if (total < 4) {
      return Validated.invalid(
          Violation.ofSpec("Anderson–Darling needs at least 4 values in the two samples together"));
    }
    double sumA = 0;
    double sumB = 0;
    int distinct = 0;
    TieGroupWalk walk = new TieGroupWalk(a, b);
    while (walk.next()) {
      distinct++;
      double ties = walk.ties();
      double pooledMid = walk.below() + ties / 2;
      double denominator = pooledMid * (total - pooledMid) - total * ties / 4;
      double midA = walk.throughA() - walk.tiesA() / 2.0;
      double midB = walk.throughB() - walk.tiesB() / 2.0;
      double deviationA = total * midA - pooledMid * n;
      double deviationB = total * midB - pooledMid * m;
      // The order of operations follows SciPy's, so that the sums round alike.
      sumA += ties / total * (deviationA * deviationA) / denominator;
      sumB += ties / total * (deviationB * deviationB) / denominator;
    }
    if (distinct < 2) {
      return Validated.invalid(
          Violation.ofSpec(
              "Anderson–Darling needs more than one distinct value; all values equal"));
    }
    double a2akn = (sumA / n + sumB / m) * ((total - 1) / total);
    double statistic = (a2akn - 1) / Math.sqrt(nullVariance(n, m));
    return Validated.valid(ScholzStephensTable.pValue(statistic));
  }

  /**
   * σ²<sub>N</sub> = (aN³ + bN² + cN + d)/((N − 1)(N − 2)(N − 3)), Scholz &amp; Stephens (1987) eq.
   * 4 with k = 2 samples, H = 1/n + 1/m, h = Σ<sub>i=1</sub><sup>N−1</sup> 1/i and g =
   * Σ<sub>i=1</sub><sup>N−2</sup> Σ<sub>j=i+1</sub><sup>N−1</sup> 1/((N − i) j).
   */
  static double nullVariance(int n, int m) {
    int total = n + m;
    double k = 2;
    double bigH = 1.0 / n + 1.0 / m;
    // g accumulated as SciPy does: the tail sums 1/(N−1) + … + 1/(N−t+1) divided by t.
    double tail = 0;
    double g = 0;
    for (int t = 2; t < total; t++) {
      tail += 1.0 / (total - t + 1);
      g += tail / t;
    }
    double h = tail + 1;
    double coefA = (4 * g - 6) * (k - 1) + (10 - 6 * g) * bigH;
    double coefB =
        (2 * g - 4) * k * k + 8 * h * k + (2 * g - 14 * h - 4) * bigH - 8 * h + 4 * g - 6;
    double coefC =
        (6 * h + 2 * g - 2) * k * k + (4 * h - 4 * g + 6) * k + (2 * h - 6) * bigH + 4 * h;
    double coefD = (2 * h + 6) * k * k - 4 * h * k;
    double nn = total;
    return (coefA * nn * nn * nn + coefB * nn * nn + coefC * nn + coefD)
        / ((nn - 1) * (nn - 2) * (nn - 3));
  }
}
