package org.probscope.model.distribution;

/** Picks a distribution's stop-loss form: a closed form per family, quadrature otherwise. */
final class StopLossForms {

  private StopLossForms() {}

  /**
   * The closed form when the family has one, quadrature otherwise (an affine distribution takes its
   * base's, transformed); when μ is finite in fact but overflows a double (log-normal with σ = 40),
   * Σ is +∞ and C is integrated.
   */
  static StopLossForm of(Distribution d) {
    if (d instanceof AffineDistribution affine) {
      return new AffineStopLoss(affine, of(affine.base()));
    }
    if (!Double.isFinite(d.mean()) && !Double.isNaN(d.mean()) && overflows(d)) {
      return NumericStopLoss.overflowing(d);
    }
    StopLossForm closed = d.isDiscrete() ? LatticeStopLoss.of(d) : ContinuousStopLoss.of(d);
    return closed != null ? closed : NumericStopLoss.numeric(d);
  }

  /**
   * An infinite mean of a catalogue family whose every tail has a finite first moment; any other
   * distribution is integrated numerically, which tells a divergent tail by itself.
   */
  private static boolean overflows(Distribution d) {
    return switch (d.family().name()) {
      case "pareto" -> d.parameter("shape") > 1;
      case "f" -> d.parameter("df2") > 2;
      case "studentt" -> d.parameter("df") > 1;
      case "cauchy", "levy" -> false;
      default -> Families.byName(d.family().name()).isPresent();
    };
  }
}
