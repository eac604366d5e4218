package org.probscope.model.distribution;

import java.util.List;

/** The continuous families in DESIGN.md's order; each group's class holds the descriptors. */
final class ContinuousFamilies {

  private ContinuousFamilies() {}

  static List<Family> all() {
    return List.of(
        LocationScaleFamilies.normal(),
        PositiveFamilies.lognormal(),
        PositiveFamilies.exponential(),
        PositiveFamilies.gamma(),
        BoundedFamilies.beta(),
        BoundedFamilies.uniform(),
        TestStatisticFamilies.studentT(),
        TestStatisticFamilies.chiSquared(),
        TestStatisticFamilies.f(),
        LocationScaleFamilies.cauchy(),
        PositiveFamilies.weibull(),
        LocationScaleFamilies.laplace(),
        LocationScaleFamilies.logistic(),
        LocationScaleFamilies.gumbel(),
        PositiveFamilies.pareto(),
        BoundedFamilies.triangular(),
        LocationScaleFamilies.levy(),
        BoundedFamilies.truncatedNormal());
  }
}
