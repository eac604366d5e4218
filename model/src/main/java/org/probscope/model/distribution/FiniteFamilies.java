package org.probscope.model.distribution;

import static org.probscope.model.distribution.CrossRules.atMost;
import static org.probscope.model.distribution.Parameters.count;
import static org.probscope.model.distribution.Parameters.probability;
import static org.probscope.model.distribution.Parameters.wholeNumber;

import java.util.List;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;
import org.apache.commons.statistics.distribution.UniformDiscreteDistribution;
import org.apache.commons.statistics.distribution.ZipfDistribution;

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
          int population = (int) p[0];
          int successes = (int) p[1];
          int draws = (int) p[2];
          HypergeometricDistribution d =
              HypergeometricDistribution.of(population, successes, draws);
          HypergeometricShape shape = HypergeometricShape.of(population, successes, draws, d);
          return DiscreteAdapter.withCommonsMoments(
              family,
              p,
              d,
              shape.skewness(),
              shape.excessKurtosis(),
              shape.mode(),
              DiscreteEntropy.of(d));
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
          return DiscreteAdapter.withCommonsMoments(
              family,
              p,
              UniformDiscreteDistribution.of((int) p[0], (int) p[1]),
              single ? Double.NaN : 0,
              single ? Double.NaN : -6 * (n * n + 1) / (5 * (n * n - 1)),
              single ? p[0] : Double.NaN,
              Math.log(n));
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
                0.05)),
        List.of(),
        (family, p) -> {
          int n = (int) p[0];
          double s = p[1];
          ZipfShape shape = ZipfShape.of(n, s);
          return new DiscreteAdapter(
              family,
              p,
              ZipfDistribution.of(n, s),
              new Shape(
                  shape.mean(),
                  shape.variance(),
                  shape.skewness(),
                  shape.excessKurtosis(),
                  s > 0 || n == 1 ? 1 : Double.NaN,
                  shape.entropy()));
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
          double mode = q < 0.5 ? 0 : q > 0.5 ? 1 : Double.NaN;
          return DiscreteAdapter.withCommonsMoments(
              family,
              p,
              BinomialDistribution.of(1, q),
              degenerate ? Double.NaN : (1 - 2 * q) / Math.sqrt(pq),
              degenerate ? Double.NaN : (1 - 6 * pq) / pq,
              mode,
              entropy);
        });
  }
}
