package org.probscope.model.distribution;

import java.util.Optional;

/**
 * A rule between parameters of one family, for example {@code lower < upper}. It is checked only
 * after every parameter has passed its own domain check.
 */
@FunctionalInterface
public interface CrossRule {

  /**
   * @param values the parameter values in the family's order
   * @return the violation, naming the parameter a user should change, or empty when satisfied
   */
  Optional<Violation> check(double[] values);
}
