package org.probscope.model.distribution;

import java.util.function.DoubleUnaryOperator;

/**
 * Stop-loss transforms of the integer-supported families through D(m) = E[(X − μ)·1{X &gt; m}],
 * which is constant between atoms, so D(x) = D(⌊x⌋). For the Ord families D(m) = q(m)·p(m) with q
 * from the ratio p(m+1)/p(m) (verified by D(m) − D(m+1) = (m + 1 − μ)p(m+1)); see {@link StopLoss}.
 */
final class LatticeStopLoss {

  private LatticeStopLoss() {}

  /** The form of a discrete family, or null when it has none here. */
  static StopLossForm of(Distribution d) {
    return switch (d.family().name()) {
      case "poisson" -> {
        double mean = d.parameter("mean");
        yield ord(d, m -> mean);
      }
      case "binomial" -> {
        double trials = d.parameter("trials");
        double p = d.parameter("p");
        yield ord(d, m -> p * (trials - m));
      }
      case "bernoulli" -> {
        double p = d.parameter("p");
        yield ord(d, m -> p * (1 - m));
      }
      case "geometric" -> {
        double p = d.parameter("p");
        yield ord(d, m -> (1 - p) / p * (m + 1));
      }
      case "negativebinomial" -> {
        double r = d.parameter("successes");
        double p = d.parameter("p");
        yield ord(d, m -> (1 - p) / p * (m + r));
      }
      case "hypergeometric" -> {
        double population = d.parameter("population");
        double successes = d.parameter("successes");
        double draws = d.parameter("draws");
        yield ord(d, m -> (successes - m) * ((draws - m) / population));
      }
      case "uniformdiscrete" -> {
        double a = d.parameter("lower");
        double b = d.parameter("upper");
        double count = b - a + 1;
        yield StopLossForm.centred(
            d,
            x -> {
              double m = Math.floor(x);
              return m >= a && m < b ? 0.5 * (b - m) * ((m + 1 - a) / count) : 0;
            });
      }
      case "zipf" -> zipf(d);
      default -> null;
    };
  }

  /** D(⌊x⌋) = q(⌊x⌋)·p(⌊x⌋) inside the support, 0 outside it (where D is E[X − μ] = 0). */
  private static StopLossForm ord(Distribution d, DoubleUnaryOperator q) {
    double lower = d.supportLower();
    double upper = d.supportUpper();
    return StopLossForm.centred(
        d,
        x -> {
          double m = Math.floor(x);
          if (!(m >= lower && m < upper)) {
            return 0;
          }
          double mass = StopLoss.mass(d, m);
          return mass > 0 ? q.applyAsDouble(m) * mass : 0;
        });
  }

  /**
   * Zipf on 1..N: D(m) summed over the atoms on the side of the mean where every term (j − μ)p(j)
   * has one sign; up to N density evaluations, so not offered as cheap.
   */
  private static StopLossForm zipf(Distribution d) {
    double mean = d.mean();
    int elements = (int) d.parameter("elements");
    return StopLossForm.centred(
        d,
        false,
        x -> {
          double m = Math.floor(x);
          if (!(m >= 1 && m < elements)) {
            return 0;
          }
          double sum = 0;
          if (m >= mean) {
            for (int j = elements; j > m; j--) {
              sum += (j - mean) * d.density(j);
            }
          } else {
            for (int j = (int) m; j >= 1; j--) {
              sum += (mean - j) * d.density(j);
            }
          }
          return sum;
        });
  }
}
