package org.probscope.model.fit;

import org.apache.commons.rng.simple.RandomSource;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.sample.Sample;

/** Seeded samples of a spec, for the property tests of the estimation methods. */
final class MethodSamples {

  private MethodSamples() {}

  static Distribution parse(String spec) {
    return DistributionSpec.parse(spec).orElseThrow();
  }

  static FitData draw(String spec, int n, long seed) {
    return FitData.of(Sample.of(spec, values(spec, n, seed)));
  }

  /** n values drawn from {@code spec} with the generator seeded by {@code seed}. */
  static double[] values(String spec, int n, long seed) {
    Distribution.Sampler s = parse(spec).sampler(RandomSource.XO_RO_SHI_RO_128_PP.create(seed));
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = s.sample();
    }
    return x;
  }
}
