package org.probscope.model.distribution;

import java.util.List;

/** The discrete families in DESIGN.md's order; each group's class holds the descriptors. */
final class DiscreteFamilies {

  private DiscreteFamilies() {}

  static List<Family> all() {
    return List.of(
        CountFamilies.binomial(),
        CountFamilies.poisson(),
        CountFamilies.geometric(),
        CountFamilies.negativeBinomial(),
        FiniteFamilies.hypergeometric(),
        FiniteFamilies.uniformDiscrete(),
        FiniteFamilies.zipf(),
        FiniteFamilies.bernoulli());
  }
}
