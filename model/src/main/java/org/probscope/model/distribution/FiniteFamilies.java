package org.probscope.model.distribution;

import static org.probscope.model.distribution.CrossRules.atMost;
import static org.probscope.model.distribution.Parameters.count;
import static org.probscope.model.distribution.Parameters.probability;
import static org.probscope.model.distribution.Parameters.wholeNumber;

import java.util.List;

/**
 * Discrete families on a finite set: hypergeometric, discrete uniform, Zipf and Bernoulli. Shape
 * figures are the closed forms on each family's Wikipedia page (SciPy's {@code
 * stats(moments='mvsk')}); NaN for a distribution concentrated on one value.
 */
final class FiniteFamilies {

  private FiniteFamilies() {}

  static Family hypergeometric() {
    return Family.of(
        "hypergeometric",
        "Hypergeometric",
        Family.Kind.DISCRETE,
        List.of(
            count("population", "population size N", 1, 50, 500),
            count("successes", "successes K in the population", 0, 10, 500),
            count("draws", "draws n without replacement", 0, 10, 500)),
        List.of(
            CrossRules.notAbove("successes", 1, "population", 0),
            CrossRules.notAbove("draws", 2, "population", 0)),
        (family, p) -> {
          HypergeometricLaw law = new HypergeometricLaw(p[0], p[1], p[2]);
          HypergeometricShape shape = HypergeometricShape.of(p[0], p[1], p[2], law);
          return new DiscreteAdapter(
              family,
              p,
              law,
              new Shape(
                  shape.mean(),
                  shape.variance(),
                  shape.skewness(),
                  shape.excessKurtosis(),
                  shape.modes(),
                  () -> DiscreteEntropy.of(law, law.mode())));
        });
  }

  static Family uniformDiscrete() {
    return Family.of(
        "uniformdiscrete",
        "Uniform (discrete)",
        Family.Kind.DISCRETE,
        List.of(
            wholeNumber("lower", "smallest value a", 1, -20, 20),
            wholeNumber("upper", "largest value b", 6, -20, 20)),
        List.of(atMost("lower", 0, "upper", 1)),
        (family, p) -> {
          double n = p[1] - p[0] + 1;
          boolean single = n == 1;
          // Wikipedia "Discrete uniform distribution"
          return new DiscreteAdapter(
              family,
              p,
              new UniformDiscreteLaw(p[0], p[1]),
              new Shape(
                  (p[0] + p[1]) / 2,
                  (n * n - 1) / 12,
                  single ? Double.NaN : 0,
                  single ? Double.NaN : -6 * (n * n + 1) / (5 * (n * n - 1)),
                  Modes.interval(p[0], p[1]),
                  Math.log(n)));
        });
  }

  static Family zipf() {
    return Family.of(
        "zipf",
        "Zipf",
        Family.Kind.DISCRETE,
        List.of(
            Parameter.integer(
                    "elements",
                    "number of elements N; ranks 1 to N",
                    1,
                    Double.POSITIVE_INFINITY,
                    10,
                    1,
                    1000)
                .withLimits(1, ZipfShape.MAX_ELEMENTS),
            Parameter.real(
                    "exponent",
                    "exponent s; the mass of rank k is proportional to k^-s",
                    Parameter.Bound.closed(0),
                    Parameter.Bound.unbounded(true),
                    1,
                    0,
                    5,
                    0.05)
                // beyond it s ln k overflows: every log mass but rank 1's is -Infinity
                .withLimits(0, Parameters.MAX_MAGNITUDE)),
        List.of(),
        (family, p) -> {
          int n = (int) p[0];
          double s = p[1];
          ZipfLaw law = new ZipfLaw(n, s);
          ZipfShape shape = law.shape();
          return new DiscreteAdapter(
              family,
              p,
              law,
              new Shape(
                  shape.mean(),
                  shape.variance(),
                  shape.skewness(),
                  shape.excessKurtosis(),
                  s > 0 ? Modes.single(1) : Modes.interval(1, n),
                  () -> ZipfShape.entropy(n, s, law.normaliser())));
        });
  }

  static Family bernoulli() {
    return Family.of(
        "bernoulli",
        "Bernoulli",
        Family.Kind.DISCRETE,
        List.of(probability("p", "probability of a 1", 0.5)),
        List.of(),
        (family, p) -> {
          double q = p[0];
          double pq = q * (1 - q);
          boolean degenerate = pq == 0;
          // Wikipedia "Bernoulli distribution"
          double entropy = degenerate ? 0 : -q * Math.log(q) - (1 - q) * Math.log1p(-q);
          Modes modes = q < 0.5 ? Modes.single(0) : q > 0.5 ? Modes.single(1) : Modes.pair(0, 1);
          return new DiscreteAdapter(
              family,
              p,
              new BinomialLaw(1, q),
              new Shape(
                  q,
                  pq,
                  degenerate ? Double.NaN : (1 - 2 * q) / Math.sqrt(pq),
                  degenerate ? Double.NaN : (1 - 6 * pq) / pq,
                  modes,
                  entropy));
        });
  }
}
