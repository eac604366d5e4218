package org.probscope.model.distribution;

import org.apache.commons.numbers.gamma.RegularizedGamma;

/**
 * Families whose C and Σ have direct closed forms, each accurate on its side of a pivot (the mean;
 * the mode for the triangular family, where the formulas change); see {@link StopLoss}.
 */
final class SidedStopLoss {

  private SidedStopLoss() {}

  static StopLossForm uniform(Distribution d) {
    double a = d.parameter("lower");
    double b = d.parameter("upper");
    double width = b - a;
    return StopLossForm.sided(
        d,
        a / 2 + b / 2,
        x -> x <= a ? 0 : 0.5 * (x - a) * Math.min(1, (x - a) / width),
        x -> x >= b ? 0 : 0.5 * (b - x) * Math.min(1, (b - x) / width));
  }

  static StopLossForm triangular(Distribution d) {
    double a = d.parameter("lower");
    double c = d.parameter("mode");
    double b = d.parameter("upper");
    double width = b - a;
    return StopLossForm.sided(
        d,
        c,
        x -> x <= a ? 0 : (x - a) * ((x - a) / width) * ((x - a) / (c - a)) / 3,
        x -> x >= b ? 0 : (b - x) * ((b - x) / width) * ((b - x) / (b - c)) / 3);
  }

  static StopLossForm laplace(Distribution d) {
    double location = d.parameter("location");
    double scale = d.parameter("scale");
    return StopLossForm.sided(
        d,
        location,
        x -> 0.5 * scale * Math.exp((x - location) / scale),
        x -> 0.5 * scale * Math.exp(-(x - location) / scale));
  }

  static StopLossForm logistic(Distribution d) {
    double location = d.parameter("location");
    double scale = d.parameter("scale");
    return StopLossForm.sided(
        d,
        location,
        x -> scale * softplus((x - location) / scale),
        x -> scale * softplus(-(x - location) / scale));
  }

  /** ln(1 + eᵗ) without overflow or cancellation. */
  private static double softplus(double t) {
    return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
  }

  static StopLossForm gumbel(Distribution d) {
    double location = d.parameter("location");
    double scale = d.parameter("scale");
    return StopLossForm.sided(
        d,
        d.mean(),
        x -> scale * ExponentialIntegrals.e1(Math.exp(-(x - location) / scale)),
        x -> scale * ExponentialIntegrals.ein(Math.exp(-(x - location) / scale)));
  }

  static StopLossForm weibull(Distribution d) {
    double shape = d.parameter("shape");
    double scale = d.parameter("scale");
    double s = 1 / shape;
    double mean = d.mean();
    return StopLossForm.sided(
        d,
        mean,
        x -> {
          if (!(x > 0)) {
            return 0;
          }
          double y = Math.pow(x / scale, shape);
          return y <= 1 ? x * s * weibullSeries(y, s) : x - mean * RegularizedGamma.P.value(s, y);
        },
        x -> x <= 0 ? mean - x : mean * RegularizedGamma.Q.value(s, Math.pow(x / scale, shape)));
  }

  /** Σ_{m≥1} (−1)^{m+1} y^m / (m!·(s + m)) for 0 &lt; y ≤ 1. */
  private static double weibullSeries(double y, double s) {
    double sum = 0;
    double power = 1;
    for (int m = 1; m < 60; m++) {
      power *= y / m;
      double term = power / (s + m);
      sum += (m % 2 == 1) ? term : -term;
      if (term <= 1e-17 * sum) {
        break;
      }
    }
    return sum;
  }
}
