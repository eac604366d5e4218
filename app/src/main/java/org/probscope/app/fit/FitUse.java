package org.probscope.app.fit;

import org.probscope.model.fit.FitResult;
import org.probscope.model.sample.Sample;

/**
 * What "Use this fit" does outside the Fit tab: put the fitted distribution into the explorer (so
 * the sliders start at the estimate and the goodness-of-fit target becomes the fit) and flag the
 * goodness-of-fit tab that its parameters were estimated from {@code from}. Wired by the workspace.
 */
@FunctionalInterface
public interface FitUse {
  void use(FitResult fit, Sample from);
}
