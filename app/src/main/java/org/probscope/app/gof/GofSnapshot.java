package org.probscope.app.gof;

import java.util.List;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.gof.ChiSquareGoodnessOfFit;
import org.probscope.model.gof.Decision;
import org.probscope.model.gof.DkwBand;
import org.probscope.model.gof.GoodnessOfFit;
import org.probscope.model.gof.KsAtN;
import org.probscope.model.sample.Sample;

/**
 * Everything the goodness-of-fit view shows for one (sample, target, α) request, computed off the
 * FX thread in one go.
 *
 * @param sample the sample
 * @param target the target distribution
 * @param alpha the significance level
 * @param gof the statistics and p-values
 * @param decisions each test's critical value and decision at α
 * @param band the DKW band at level 1 − α
 * @param ksAtN the KS@N score, or null while it is still being computed
 * @param chiSquare the chi-square test, for a discrete target; null otherwise
 * @param qq decimated Q-Q points (x: target quantiles, y: sample order statistics)
 * @param pp decimated P-P points (x: plotting positions, y: F(x₍ᵢ₎))
 */
public record GofSnapshot(
    Sample sample,
    Distribution target,
    double alpha,
    GoodnessOfFit gof,
    List<Decision> decisions,
    DkwBand band,
    KsAtN ksAtN,
    ChiSquareGoodnessOfFit chiSquare,
    ProbabilityPlots.Points qq,
    ProbabilityPlots.Points pp) {

  /** This snapshot with its KS@N score filled in. */
  GofSnapshot withKsAtN(KsAtN score) {
    return new GofSnapshot(sample, target, alpha, gof, decisions, band, score, chiSquare, qq, pp);
  }
}
