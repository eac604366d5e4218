package org.probscope.app.fit;

import java.util.Optional;
import org.probscope.model.fit.FitResult;
import org.probscope.model.sample.Sample;

/**
 * The fit last handed to {@link FitUse} and the sample it was fitted to, so that a bootstrap still
 * running when the fit was used can follow it into the goodness-of-fit tab when it is done.
 */
final class FitInUse {

  private final FitUse use;
  private FitResult fit;
  private Sample from;

  FitInUse(FitUse use) {
    this.use = use;
  }

  /**
   * Uses {@code fit} with its bootstrap's outcome so far; true when the outcome is still to come.
   */
  boolean use(FitResult fit, Sample from, Optional<FitBootstrap.Outcome> outcome) {
    this.fit = fit;
    this.from = from;
    use.use(fit, from, outcome.flatMap(FitBootstrap.Outcome::bootstrap));
    return outcome
        .map(
            o -> o.state() == FitBootstrap.State.WAITING || o.state() == FitBootstrap.State.RUNNING)
        .orElse(false);
  }

  /** A family's bootstrap moved on: when it is the fit in use and done, hand it over. */
  void bootstrapped(FitBootstrap.Outcome o) {
    if (o != null && fit != null && o.result() != null && o.result().fit() == fit) {
      use.bootstrapped(fit, from, o.result());
    }
  }
}
