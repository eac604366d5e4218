package org.probscope.model.distribution;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random valid distributions of every family: each parameter uniform over its suggested slider
 * range (whole numbers for integer parameters), kept when the cross-parameter rules hold.
 */
final class FamilyArbitraries {

  private FamilyArbitraries() {}

  static Arbitrary<Distribution> distributions() {
    return Arbitraries.of(Families.all()).flatMap(FamilyArbitraries::distributions);
  }

  /**
   * Random valid affine distributions over every continuous family, built through the affine
   * family's parameters (shift and scale over their slider ranges, as the explorer moves them).
   */
  static Arbitrary<Distribution> affineDistributions() {
    return Arbitraries.of(Families.all().stream().filter(f -> !f.isDiscrete()).toList())
        .map(AffineFamily::of)
        .flatMap(FamilyArbitraries::distributions);
  }

  static Arbitrary<Distribution> distributions(Family family) {
    return validValues(family).map(values -> family.create(values).orElseThrow());
  }

  static Arbitrary<double[]> validValues(Family family) {
    List<Arbitrary<Double>> each =
        family.parameters().stream().map(FamilyArbitraries::value).toList();
    return combine(each).filter(values -> family.validate(values).isEmpty());
  }

  private static Arbitrary<double[]> combine(List<Arbitrary<Double>> each) {
    Arbitrary<double[]> result = Arbitraries.just(new double[0]);
    for (Arbitrary<Double> next : each) {
      result = result.flatMap(prefix -> next.map(v -> append(prefix, v)));
    }
    return result;
  }

  private static double[] append(double[] prefix, double value) {
    double[] longer = java.util.Arrays.copyOf(prefix, prefix.length + 1);
    longer[prefix.length] = value;
    return longer;
  }

  private static Arbitrary<Double> value(Parameter p) {
    if (p.integer()) {
      return Arbitraries.longs()
          .between((long) p.sliderMin(), (long) p.sliderMax())
          .map(Long::doubleValue);
    }
    return Arbitraries.doubles()
        .between(p.sliderMin(), p.sliderMax())
        .filter(v -> p.check(v).isEmpty());
  }
}
