package org.probscope.app.cli;

import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.gof.ChiSquareGoodnessOfFit;
import org.probscope.model.gof.Decision;
import org.probscope.model.gof.GoodnessOfFit;

/**
 * Everything {@code gof} prints, computed once and shared by the JSON and the text output.
 *
 * @param data the column that was read
 * @param fit the one-sample statistics and p-values of the column against the target
 * @param alpha the significance level of the decisions
 * @param decisions each test's critical value and verdict at {@code alpha}, in {@link
 *     GoodnessOfFit#tests()} order
 * @param chiSquare the chi-square test, present only for a discrete target
 */
record GofReport(
    DataColumn data,
    GoodnessOfFit fit,
    double alpha,
    List<Decision> decisions,
    Optional<ChiSquare> chiSquare) {

  /**
   * The chi-square test with its critical value: the (1 − α) quantile of χ² with the test's degrees
   * of freedom, as {@code scipy.stats.chi2.isf(alpha, df)}; NaN when the test is not applicable.
   */
  record ChiSquare(ChiSquareGoodnessOfFit test, double criticalValue) {

    boolean rejects(double alpha) {
      return test.rejects(alpha);
    }
  }

  static GofReport of(DataColumn data, Distribution target, double alpha) {
    GoodnessOfFit fit = GoodnessOfFit.of(data.sample(), target);
    Optional<ChiSquare> chiSquare =
        target.isDiscrete()
            ? Optional.of(chiSquare(ChiSquareGoodnessOfFit.of(data.sample(), target), alpha))
            : Optional.empty();
    return new GofReport(data, fit, alpha, fit.decisions(alpha), chiSquare);
  }

  private static ChiSquare chiSquare(ChiSquareGoodnessOfFit test, double alpha) {
    if (!test.applicable()) {
      return new ChiSquare(test, Double.NaN);
    }
    // The model's chi-square test has no critical value; Commons Statistics (under the model)
    // gives the upper quantile without the cancellation of quantile(1 - alpha) for a small alpha.
    double critical =
        ChiSquaredDistribution.of(test.degreesOfFreedom()).inverseSurvivalProbability(alpha);
    return new ChiSquare(test, critical);
  }
}
