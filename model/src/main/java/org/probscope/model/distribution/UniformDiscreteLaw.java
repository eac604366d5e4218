package org.probscope.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.UniformDiscreteDistribution;

/** Every whole number of [a, b] with mass 1/m, m = b − a + 1; each figure one rounding. */
final class UniformDiscreteLaw extends DiscreteLaw {

  private final double a;
  private final double b;
  private final double m;

  UniformDiscreteLaw(double a, double b) {
    // + 0.0 turns a typed -0 into 0, the support end a user reads
    this.a = a + 0.0;
    this.b = b + 0.0;
    this.m = b - a + 1;
  }

  @Override
  double lower() {
    return a;
  }

  @Override
  double upper() {
    return b;
  }

  @Override
  double logMass(double k) {
    return -Math.log(m);
  }

  @Override
  double mass(double k) {
    return 1 / m;
  }

  /** The smaller tail is one rounding, the other its complement (so F + S = 1 exactly). */
  @Override
  double cdf(double k) {
    double atOrBelow = k - a + 1;
    return atOrBelow <= b - k ? atOrBelow / m : 1 - (b - k) / m;
  }

  @Override
  double survival(double k) {
    double atOrBelow = k - a + 1;
    return atOrBelow <= b - k ? 1 - atOrBelow / m : (b - k) / m;
  }

  @Override
  double massRatio(double k) {
    return 1;
  }

  @Override
  double hazard(double k) {
    return 1 / (b - k + 1);
  }

  @Override
  double guess(double level, boolean upperTail) {
    return upperTail ? Math.ceil(b - level * m) : a - 1 + Math.ceil(level * m);
  }

  @Override
  Distribution.Sampler sampler(UniformRandomProvider rng) {
    var sampler = UniformDiscreteDistribution.of((int) a, (int) b).createSampler(rng);
    return sampler::sample;
  }
}
