package org.probscope.model.fit;

import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;
import org.probscope.model.sample.Sample;

/** Seeded samples and fixings shared by the maximum-likelihood tests. */
final class MleTestData {

  private MleTestData() {}

  static Family family(String name) {
    return Families.byName(name).orElseThrow();
  }

  /** n draws from {@code family(values)}, seeded. */
  static double[] draw(String family, double[] values, int n, long seed) {
    Distribution d = family(family).create(values).orElseThrow();
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    var sampler = d.sampler(rng);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = sampler.sample();
    }
    return x;
  }

  static FitData data(double[] x) {
    return FitData.of(Sample.of("x", x));
  }

  static FitProblem problem(String family, FixedParameters fixed) {
    return FitProblem.of(family(family), fixed).orElseThrow();
  }

  /** The specialised estimate, failing the test when the family's fixing is not covered. */
  static Estimation formula(FitProblem problem, FitData data) {
    Optional<Estimation> e = MleFormulas.estimate(problem, data);
    if (e.isEmpty()) {
      throw new AssertionError(problem.family().name() + " is not covered for this fixing");
    }
    return e.get();
  }

  static double logLik(Family family, double[] values, FitData data) {
    return LogLikelihood.of(family.create(values).orElseThrow(), data);
  }
}
