package org.probscope.app.fit;

import java.util.Optional;
import org.probscope.app.explore.ExplorerViewModel;
import org.probscope.app.gof.GofViewModel;
import org.probscope.model.fit.BootstrapResult;
import org.probscope.model.fit.FitResult;
import org.probscope.model.sample.Sample;

/**
 * What "Use this fit" does outside the Fit tab: put the fitted distribution into the explorer (so
 * the sliders start at the estimate and the goodness-of-fit target becomes the fit) and flag the
 * goodness-of-fit tab that its parameters were estimated from {@code from}, with the corrected
 * p-values of the fit's bootstrap when it has one. A fit with every parameter fixed estimated
 * nothing: it raises no flag.
 */
@FunctionalInterface
public interface FitUse {

  void use(FitResult fit, Sample from, Optional<BootstrapResult> bootstrap);

  /** The bootstrap of a fit already in use arrived (it was still running when the fit was used). */
  default void bootstrapped(FitResult fit, Sample from, BootstrapResult bootstrap) {}

  /** The application's wiring: the explorer takes the spec, the goodness-of-fit tab the flag. */
  static FitUse into(ExplorerViewModel explorer, GofViewModel gof) {
    return new FitUse() {
      @Override
      public void use(FitResult fit, Sample from, Optional<BootstrapResult> bootstrap) {
        // flag first: it rises when the explorer's distribution (the target) becomes the fit
        if (fit.freeParameters() == 0) {
          // every parameter fixed: nothing was estimated, its p-values are exact
          gof.estimatedParameters().clear();
        } else {
          gof.estimatedParameters().mark(fit.distribution().orElseThrow(), from, bootstrap);
        }
        explorer.applySpec(fit.spec());
      }

      @Override
      public void bootstrapped(FitResult fit, Sample from, BootstrapResult bootstrap) {
        if (fit.freeParameters() == 0) {
          return;
        }
        gof.estimatedParameters().correct(fit.distribution().orElseThrow(), from, bootstrap);
      }
    };
  }
}
