package org.probscope.model.gof;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.SignificanceResult;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.sample.Sample;

/**
 * Pearson's chi-square goodness-of-fit test of a sample against a discrete (integer-supported)
 * target, with low-count bins merged so that every expected count is at least {@value
 * #MIN_EXPECTED} (the usual rule, e.g. Cochran 1954).
 *
 * <p>Bins: the first is (−∞, k₀] with k₀ = F⁻¹(5/n), the smallest value whose lower tail holds an
 * expected 5; then, walking up the support, each bin (previous edge, e] ends at the first e whose
 * bin holds an expected 5 while the tail above e still holds 5; the rest, (last edge, ∞), is the
 * last bin. Sample values that are not whole numbers or lie outside the support fall in the bin
 * whose range contains them. The statistic Σ(O − E)²/E has bins − 1 degrees of freedom (no
 * parameter was estimated) and its p-value comes from Commons Statistics' {@link ChiSquareTest} (as
 * SciPy's {@code stats.chisquare(observed, expected)}).
 *
 * @param applicable whether the test could be run; see {@code reason} when not
 * @param reason why the test is not applicable; empty when it is
 * @param upperEdges the inclusive upper edge of every bin but the last
 * @param observed the observed count per bin
 * @param expected the expected count per bin
 * @param statistic the chi-square statistic (NaN when not applicable)
 * @param degreesOfFreedom bins − 1
 * @param pValue the p-value (NaN when not applicable)
 */
public record ChiSquareGoodnessOfFit(
    boolean applicable,
    String reason,
    List<Double> upperEdges,
    List<Long> observed,
    List<Double> expected,
    double statistic,
    int degreesOfFreedom,
    double pValue) {

  /** The smallest expected count a bin may have. */
  public static final double MIN_EXPECTED = 5;

  public ChiSquareGoodnessOfFit {
    upperEdges = List.copyOf(upperEdges);
    observed = List.copyOf(observed);
    expected = List.copyOf(expected);
  }

  /**
   * The p-value as shown: a number, or "&lt; 1e-300" where the chi-square tail underflows (X² =
   * 4.7e6 on 40 633 degrees of freedom gave a bare 0).
   */
  public PValue p() {
    String method = "chi-square law with " + degreesOfFreedom + " degrees of freedom";
    return applicable && pValue < PValue.SMALLEST_SHOWN
        ? PValue.below(PValue.SMALLEST_SHOWN, Math.log(pValue), method, PValue.BELOW_SHOWN)
        : PValue.of(pValue, method);
  }

  /** The number of bins used. */
  public int bins() {
    return observed.size();
  }

  /** Whether the test rejects at level α ({@code pValue < alpha}); false when not applicable. */
  public boolean rejects(double alpha) {
    Levels.requireLevel(alpha);
    return applicable && pValue < alpha;
  }

  /** Runs the test; a continuous target or too small a sample gives a non-applicable result. */
  public static ChiSquareGoodnessOfFit of(Sample sample, Distribution target) {
    Objects.requireNonNull(sample, "sample");
    if (!target.isDiscrete()) {
      return notApplicable("the chi-square test with merged bins is offered for discrete targets");
    }
    int n = sample.size();
    List<Double> edges = edges(n, target);
    if (edges.isEmpty()) {
      return notApplicable(
          "n = " + n + " is too small for two bins with an expected count of at least 5 each");
    }
    int bins = edges.size() + 1;
    double[] expected = new double[bins];
    long[] observed = new long[bins];
    long below = 0;
    for (int b = 0; b < bins; b++) {
      expected[b] =
          n
              * (b == 0
                  ? target.cdf(edges.get(0))
                  : b == bins - 1
                      ? target.survival(edges.get(b - 1))
                      : binProbability(target, edges.get(b - 1), edges.get(b)));
      long atOrBelow = b == bins - 1 ? n : sample.countAtOrBelow(edges.get(b));
      observed[b] = atOrBelow - below;
      below = atOrBelow;
    }
    SignificanceResult result = ChiSquareTest.withDefaults().test(expected, observed);
    List<Double> expectedList = new ArrayList<>();
    List<Long> observedList = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      expectedList.add(expected[b]);
      observedList.add(observed[b]);
    }
    return new ChiSquareGoodnessOfFit(
        true,
        "",
        edges,
        observedList,
        expectedList,
        result.getStatistic(),
        bins - 1,
        result.getPValue());
  }

  /** P(a < X ≤ b) without cancellation in the upper tail. */
  private static double binProbability(Distribution target, double a, double b) {
    double fb = target.cdf(b);
    return fb > 0.5 ? target.survival(a) - target.survival(b) : fb - target.cdf(a);
  }

  /** The most bins: beyond n = 5000 a bin's expected count is at least n/1000. */
  static final int MAX_BINS = 1000;

  /**
   * Bin edges from the lower tail up: each bin ends at the smallest atom that brings its expected
   * count to at least max(5, n/1000), found by the inverse survival function (walking the atoms one
   * by one took 15 s for negativebinomial(successes=1e6, p=0.001), whose body spans 10⁵ atoms); the
   * tail whose expected count falls short is merged into the last bin.
   */
  private static List<Double> edges(int n, Distribution target) {
    double least = Math.max(MIN_EXPECTED, (double) n / MAX_BINS);
    double first = target.quantile(least / n);
    List<Double> edges = new ArrayList<>();
    if (!(least / n < 1) || n * target.survival(first) < least) {
      return edges;
    }
    edges.add(first);
    while (edges.size() < MAX_BINS) {
      double last = edges.get(edges.size() - 1);
      double above = target.survival(last);
      double level = above - least / n;
      if (!(level > 0)) {
        break;
      }
      double e = Math.max(last + 1, target.inverseSurvival(level));
      // the inverse works on a rounded level: settle the edge on the counts themselves
      while (e - 1 > last && n * (above - target.survival(e - 1)) >= least) {
        e--;
      }
      while (n * (above - target.survival(e)) < least && n * target.survival(e) >= least) {
        e++;
      }
      if (!(n * target.survival(e) >= least)) {
        break;
      }
      edges.add(e);
    }
    return edges;
  }

  private static ChiSquareGoodnessOfFit notApplicable(String reason) {
    return new ChiSquareGoodnessOfFit(
        false, reason, List.of(), List.of(), List.of(), Double.NaN, 0, Double.NaN);
  }
}
