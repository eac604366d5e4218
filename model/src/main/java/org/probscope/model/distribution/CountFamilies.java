package org.probscope.model.distribution;

import static org.probscope.model.distribution.Parameters.count;
import static org.probscope.model.distribution.Parameters.positiveProbability;
import static org.probscope.model.distribution.Parameters.probability;

import java.util.List;

/**
 * Counting families on 0, 1, 2, ...: binomial, Poisson, geometric and negative binomial. Skewness
 * and kurtosis are the closed forms on each family's Wikipedia page (SciPy's {@code
 * stats(moments='mvsk')}); they are NaN for a distribution concentrated on one value. Entropy is
 * summed by {@link DiscreteEntropy} except for the geometric family's closed form.
 */
final class CountFamilies {

  /** Largest support value Commons Statistics can represent. */
  private static final double LARGEST_COUNT = Integer.MAX_VALUE;

  /** Standard deviations above the mean that must stay below {@link #LARGEST_COUNT}. */
  private static final double TAIL_SDS = 40;

  /**
   * Largest number of successes. It was set when the entropy was a sum of up to 2·10⁹ terms; every
   * figure now costs about the same at any r (DiscreteFrameBenchmark), so it could be raised once
   * references at larger r are added to make_discrete_reference.py.
   */
  private static final double MAX_SUCCESSES = 1e6;

  private CountFamilies() {}

  static Family binomial() {
    return Family.of(
        "binomial",
        "Binomial",
        Family.Kind.DISCRETE,
        List.of(
            count("trials", "number of trials n", 0, 10, 100),
            probability("p", "success probability of each trial", 0.5)),
        List.of(),
        (family, p) -> {
          double n = p[0];
          double q = p[1];
          double npq = n * q * (1 - q);
          boolean degenerate = npq == 0;
          BinomialLaw law = new BinomialLaw(n, q);
          return new DiscreteAdapter(
              family,
              p,
              law,
              new Shape(
                  n * q,
                  npq,
                  degenerate ? Double.NaN : (1 - 2 * q) / Math.sqrt(npq),
                  degenerate ? Double.NaN : (1 - 6 * q * (1 - q)) / npq,
                  binomialModes(n, q),
                  degenerate ? () -> 0 : () -> DiscreteEntropy.of(law, law.mode())));
        });
  }

  /** ⌊(n+1)p⌋, or it and the value below when (n+1)p is a whole number in [1, n] (they tie). */
  static Modes binomialModes(double n, double p) {
    if (p == 0 || p == 1) {
      return Modes.single(p * n);
    }
    // p rounds by half an ulp, the product by another
    return DiscreteModes.tieOrFloor((n + 1) * p, 2 * Math.ulp(1.0), 1, n);
  }

  static Family poisson() {
    return Family.of(
        "poisson",
        "Poisson",
        Family.Kind.DISCRETE,
        List.of(
            Parameter.real(
                    "mean",
                    "mean λ, the expected count",
                    Parameter.Bound.open(0),
                    Parameter.Bound.unbounded(true),
                    4,
                    0.1,
                    50,
                    0.1)
                .withLimits(0, Parameters.MAX_COUNT)),
        List.of(),
        (family, p) -> {
          double mean = p[0];
          PoissonLaw law = new PoissonLaw(mean);
          // two modes, mean - 1 and mean, when the mean is a whole number
          Modes modes =
              mean == Math.rint(mean) ? Modes.pair(mean - 1, mean) : Modes.single(Math.floor(mean));
          return new DiscreteAdapter(
              family,
              p,
              law,
              new Shape(
                  mean,
                  mean,
                  1 / Math.sqrt(mean),
                  1 / mean,
                  modes,
                  () -> DiscreteEntropy.of(law, Math.floor(mean))));
        });
  }

  static Family geometric() {
    return Family.of(
        "geometric",
        "Geometric",
        Family.Kind.DISCRETE,
        List.of(positiveProbability("p", "success probability; counts failures first", 0.3)),
        List.of(fitsInCounts(v -> 1, 0)),
        (family, p) -> {
          double q = p[0];
          boolean degenerate = q == 1;
          double entropy = degenerate ? 0 : geometricEntropy(q);
          return new DiscreteAdapter(
              family,
              p,
              new GeometricLaw(q),
              new Shape(
                  (1 - q) / q,
                  (1 - q) / (q * q),
                  degenerate ? Double.NaN : (2 - q) / Math.sqrt(1 - q),
                  degenerate ? Double.NaN : 6 + q * q / (1 - q),
                  Modes.single(0),
                  entropy));
        });
  }

  static Family negativeBinomial() {
    return Family.of(
        "negativebinomial",
        "Negative binomial",
        Family.Kind.DISCRETE,
        List.of(
            Parameter.integer(
                    "successes",
                    "number of successes r to wait for",
                    1,
                    Double.POSITIVE_INFINITY,
                    5,
                    1,
                    100)
                .withLimits(1, MAX_SUCCESSES),
            positiveProbability(
                "p", "success probability; counts failures before r successes", 0.5)),
        List.of(fitsInCounts(v -> v[0], 1)),
        (family, p) -> {
          double r = p[0];
          double q = p[1];
          boolean degenerate = q == 1;
          double failures = r * (1 - q);
          // one success: the geometric distribution, whose tails have a closed form
          DiscreteLaw law = r == 1 ? new GeometricLaw(q) : new NegativeBinomialLaw(r, q);
          Modes modes = negativeBinomialModes(r, q);
          return new DiscreteAdapter(
              family,
              p,
              law,
              new Shape(
                  failures / q,
                  failures / (q * q),
                  degenerate ? Double.NaN : (2 - q) / Math.sqrt(failures),
                  degenerate ? Double.NaN : 6 / r + q * q / failures,
                  modes,
                  degenerate
                      ? () -> 0
                      : r == 1
                          ? () -> geometricEntropy(q)
                          : () -> DiscreteEntropy.of(law, modes.points()[0])));
        });
  }

  /** Wikipedia "Geometric distribution" (failures before the first success), 0 &lt; p &lt; 1. */
  private static double geometricEntropy(double p) {
    return (-(1 - p) * Math.log1p(-p) - p * Math.log(p)) / p;
  }

  /**
   * ⌊(r−1)(1−p)/p⌋ for r &gt; 1, or it and the value below when that is a positive whole number
   * (they tie); 0 for r = 1.
   */
  static Modes negativeBinomialModes(double r, double p) {
    if (r <= 1 || p == 1) {
      return Modes.single(0);
    }
    // 1 − p carries p's rounding, half an ulp of p, relative to a possibly small 1 − p
    double rounding = 4 * Math.ulp(1.0) + Math.ulp(p) / (1 - p);
    return DiscreteModes.tieOrFloor((r - 1) * (1 - p) / p, rounding, 1, Double.POSITIVE_INFINITY);
  }

  /**
   * Failures before r successes must stay within {@code int}, where Commons Statistics counts: the
   * mean plus {@value #TAIL_SDS} standard deviations, {@code (r(1-p) + 40√(r(1-p)))/p}, must not
   * pass {@link Integer#MAX_VALUE} (the mass left above is then below 1e-17).
   *
   * @param successes r from the parameter values
   * @param pIndex where p is among the parameters
   */
  private static CrossRule fitsInCounts(
      java.util.function.ToDoubleFunction<double[]> successes, int pIndex) {
    return CrossRules.rule(
        "p",
        v -> {
          double r = successes.applyAsDouble(v);
          double q = v[pIndex];
          double failures = r * (1 - q);
          return (failures + TAIL_SDS * Math.sqrt(failures)) / q <= LARGEST_COUNT;
        },
        v ->
            "p="
                + SpecNumbers.format(v[pIndex])
                + " is too small: the counts would pass "
                + (long) LARGEST_COUNT
                + "; raise p");
  }
}
