package org.probscope.model.distribution;

import static org.probscope.model.distribution.Parameter.Bound.open;
import static org.probscope.model.distribution.Parameter.Bound.unbounded;

import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/** The continuous families over Commons Statistics, with their closed-form shape figures. */
final class ContinuousFamilies {

  private static final double LN_2_PI_E = Math.log(2 * Math.PI * Math.E);

  private ContinuousFamilies() {}

  static List<Family> all() {
    return List.of(normal());
  }

  private static Family normal() {
    return Family.of(
        "normal",
        "Normal",
        Family.Kind.CONTINUOUS,
        List.of(
            Parameter.real("mean", "mean μ", unbounded(false), unbounded(true), 0, -10, 10, 0.1),
            Parameter.real(
                "sd", "standard deviation σ", open(0), unbounded(true), 1, 0.05, 10, 0.05)),
        List.of(),
        ContinuousFamilies::createNormal);
  }

  private static Distribution createNormal(Family family, double[] p) {
    double mean = p[0];
    double sd = p[1];
    return new ContinuousAdapter(
        family,
        p,
        NormalDistribution.of(mean, sd),
        new Shape(0, 0, mean, 0.5 * LN_2_PI_E + Math.log(sd)));
  }
}
