package org.probscope.model.distribution;

import static org.probscope.model.distribution.Parameter.Bound.open;
import static org.probscope.model.distribution.Parameter.Bound.unbounded;

import java.util.List;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/** The discrete families over Commons Statistics, with their shape figures. */
final class DiscreteFamilies {

  private DiscreteFamilies() {}

  static List<Family> all() {
    return List.of(poisson());
  }

  private static Family poisson() {
    return Family.of(
        "poisson",
        "Poisson",
        Family.Kind.DISCRETE,
        List.of(Parameter.real("mean", "mean λ", open(0), unbounded(true), 4, 0.1, 50, 0.1)),
        List.of(),
        DiscreteFamilies::createPoisson);
  }

  private static Distribution createPoisson(Family family, double[] p) {
    double mean = p[0];
    PoissonDistribution delegate = PoissonDistribution.of(mean);
    // two modes, mean - 1 and mean, when the mean is a whole number
    double mode = mean == Math.rint(mean) ? Double.NaN : Math.floor(mean);
    return new DiscreteAdapter(
        family,
        p,
        delegate,
        new Shape(1 / Math.sqrt(mean), 1 / mean, mode, DiscreteEntropy.of(delegate)));
  }
}
