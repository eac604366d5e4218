package org.probscope.model.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random valid parameter vectors of a family, biased to the extremes: each parameter is,
 * with equal chance, uniform over its slider range, log-uniform over its whole evaluation range
 * (and, for a probability, log-uniform in its distance from 0 or from 1), or one of its edge values
 * (the limits, the inclusive domain ends, 1/2, the doubles next to 0 and 1). Vectors that break a
 * cross-parameter rule are drawn again.
 */
final class ExtremeParameters {

  private static final int ATTEMPTS = 1000;

  private ExtremeParameters() {}

  /** {@code count} valid vectors of {@code family}, the same ones for the same seed. */
  static List<double[]> of(Family family, long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<double[]> out = new ArrayList<>();
    while (out.size() < count) {
      out.add(next(family, random));
    }
    return out;
  }

  private static double[] next(Family family, SplittableRandom random) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      double[] values = new double[family.parameters().size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = value(family.parameters().get(i), random);
      }
      if (family.validate(values).isEmpty()) {
        return values;
      }
    }
    throw new IllegalStateException("no valid parameters drawn for " + family.name());
  }

  private static double value(Parameter p, SplittableRandom random) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      double v =
          switch (random.nextInt(3)) {
            case 0 -> p.sliderMin() + random.nextDouble() * (p.sliderMax() - p.sliderMin());
            case 1 -> logUniform(p, random);
            default -> edge(p, random);
          };
      if (p.integer()) {
        v = Math.rint(v);
      }
      if (p.check(v).isEmpty()) {
        return v;
      }
    }
    return p.defaultValue();
  }

  private static double lowest(Parameter p) {
    return Math.max(p.lower(), p.limitMin());
  }

  private static double highest(Parameter p) {
    return Math.min(p.upper(), p.limitMax());
  }

  private static double logUniform(Parameter p, SplittableRandom random) {
    double lo = lowest(p);
    double hi = highest(p);
    if (lo >= 0 && hi <= 1) {
      // a probability: log-uniform distance from 0 or from 1, down to 1e-300 and 1e-16
      double distance = Math.pow(10, -300 * random.nextDouble());
      return random.nextBoolean() ? distance : 1 - Math.max(distance, 1e-16);
    }
    if (lo >= 0) {
      // a count from 1, a real (a Poisson mean) from its limit or 1e-300
      double from = Math.log(p.integer() ? Math.max(lo, 1) : Math.max(lo, 1e-300));
      return Math.exp(from + random.nextDouble() * (Math.log(hi) - from));
    }
    // a whole number of either sign: log-uniform magnitude, random sign
    double magnitude = Math.exp(random.nextDouble() * Math.log(Math.max(-lo, hi)));
    return random.nextBoolean() ? magnitude : -magnitude;
  }

  private static double edge(Parameter p, SplittableRandom random) {
    double[] edges = {
      lowest(p),
      highest(p),
      Math.nextUp(lowest(p)),
      Math.nextDown(highest(p)),
      p.defaultValue(),
      0.5,
      Math.nextDown(1.0),
      Double.MIN_VALUE,
      1,
    };
    return edges[random.nextInt(edges.length)];
  }
}
