package org.probscope.model.fit;

import java.util.Optional;

/**
 * How a {@link ParametricBootstrap} runs: B refits, the seed of its random streams, and whether
 * each refit's goodness-of-fit statistics are computed (for {@link BootstrapGof}'s corrected
 * p-values). Immutable; {@link #of} validates.
 *
 * @param refits B, from {@value #MIN_REFITS} to {@value #MAX_REFITS}
 * @param seed the seed every refit's stream is derived from
 * @param goodnessOfFit whether each refit's KS, Kuiper, CvM and AD statistics are computed
 */
public record BootstrapSettings(int refits, long seed, boolean goodnessOfFit) {

  /**
   * The fewest refits: below 10 no percentile interval and no p-value (its floor is 1/(B + 1)) says
   * anything.
   */
  public static final int MIN_REFITS = 10;

  /** The most refits: 10⁵ puts a p-value's Monte-Carlo error below 0.0016 everywhere. */
  public static final int MAX_REFITS = 100_000;

  public BootstrapSettings {
    refitsProblem(refits)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(problem);
            });
  }

  /** B refits from {@code seed}, with the goodness-of-fit statistics. */
  public static BootstrapSettings of(int refits, long seed) {
    return new BootstrapSettings(refits, seed, true);
  }

  public BootstrapSettings withGoodnessOfFit(boolean on) {
    return new BootstrapSettings(refits, seed, on);
  }

  /** Why {@code refits} is not a valid B, or empty when it is. */
  public static Optional<String> refitsProblem(long refits) {
    return refits >= MIN_REFITS && refits <= MAX_REFITS
        ? Optional.empty()
        : Optional.of(
            "the number of refits must be from "
                + MIN_REFITS
                + " to "
                + MAX_REFITS
                + ", got "
                + refits);
  }
}
