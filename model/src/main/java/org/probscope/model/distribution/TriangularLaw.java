package org.probscope.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.TriangularDistribution;

/**
 * The triangular law on [a, b] with mode c, computed on the unit scale: with w = b − a, F = (x −
 * a)² / (w (c − a)) below c and S = (b − x)² / (w (b − c)) above, each written as a product of
 * ratios of differences of x so that nothing overflows (Commons Statistics 1.3 forms (b − a)(c −
 * a), which is ∞ for triangular(0, 1e160, 2e160): cdf NaN, Q(0.5) = −∞), and the far side as 1 − S
 * where S &le; ½ (so that F is monotone up to the upper end), and elsewhere F(c) + (x − c)((b − x)
 * + (b − c)) / (w (b − c)), a sum of positive terms, where 1 − (b − x)² / (w (b − c)) would cancel
 * next to the lower end when c = a (and the mirror images for S). The mean and variance are
 * Commons'; the sampler inverts this CDF.
 */
final class TriangularLaw extends ContinuousLaw {

  private static final double LN_2 = Math.log(2);

  private final double a;
  private final double c;
  private final double b;
  private final double width;

  TriangularLaw(double a, double c, double b) {
    super(TriangularDistribution.of(a, c, b));
    this.a = a;
    this.c = c;
    this.b = b;
    this.width = b - a;
  }

  @Override
  public double density(double x) {
    if (!(x >= a && x <= b)) {
      return 0;
    }
    if (x < c) {
      return 2 / width * ((x - a) / (c - a));
    }
    if (x > c) {
      return 2 / width * ((b - x) / (b - c));
    }
    return 2 / width;
  }

  /** ln f; from logarithms of the differences where f underflows (w = 1e288). */
  @Override
  public double logDensity(double x) {
    if (!(x >= a && x <= b)) {
      return Double.NEGATIVE_INFINITY;
    }
    double density = density(x);
    if (density >= Double.MIN_NORMAL && density < Double.POSITIVE_INFINITY) {
      return Math.log(density);
    }
    if (x < c) {
      return LN_2 - Math.log(width) + Math.log(x - a) - Math.log(c - a);
    }
    if (x > c) {
      return LN_2 - Math.log(width) + Math.log(b - x) - Math.log(b - c);
    }
    return LN_2 - Math.log(width);
  }

  @Override
  double logCumulativeProbability(double x) {
    double p = cumulativeProbability(x);
    if (x > a && x <= c && p < Double.MIN_NORMAL) {
      return 2 * Math.log(x - a) - Math.log(width) - Math.log(c - a);
    }
    return Math.log(p);
  }

  @Override
  double logSurvivalProbability(double x) {
    double q = survivalProbability(x);
    if (x >= c && x < b && q < Double.MIN_NORMAL) {
      return 2 * Math.log(b - x) - Math.log(width) - Math.log(b - c);
    }
    return Math.log(q);
  }

  /** 2 / (b − x) above the mode, exactly, where f and S underflow. */
  @Override
  double hazard(double x) {
    return x > c && x < b ? 2 / (b - x) : Double.NaN;
  }

  @Override
  public double cumulativeProbability(double x) {
    if (x <= a) {
      return 0;
    }
    if (x >= b) {
      return 1;
    }
    if (x <= c) {
      return (x - a) / width * ((x - a) / (c - a));
    }
    double upperTail = (b - x) / width * ((b - x) / (b - c));
    if (upperTail <= 0.5) {
      return 1 - upperTail;
    }
    return (c - a) / width + (x - c) / width * (((b - x) + (b - c)) / (b - c));
  }

  @Override
  public double survivalProbability(double x) {
    if (x <= a) {
      return 1;
    }
    if (x >= b) {
      return 0;
    }
    if (x >= c) {
      return (b - x) / width * ((b - x) / (b - c));
    }
    double lowerTail = (x - a) / width * ((x - a) / (c - a));
    if (lowerTail <= 0.5) {
      return 1 - lowerTail;
    }
    return (b - c) / width + (c - x) / width * (((x - a) + (c - a)) / (c - a));
  }

  @Override
  public double inverseCumulativeProbability(double p) {
    double m = (c - a) / width;
    if (p <= m) {
      return a + Math.sqrt(p * m) * width;
    }
    return b - Math.sqrt((1 - p) * (1 - m)) * width;
  }

  @Override
  public double inverseSurvivalProbability(double q) {
    double m = (b - c) / width;
    if (q <= m) {
      return b - Math.sqrt(q * m) * width;
    }
    return a + Math.sqrt((1 - q) * (1 - m)) * width;
  }

  @Override
  public Sampler createSampler(UniformRandomProvider rng) {
    return () -> {
      double u = rng.nextDouble();
      return u < 0.5 ? inverseCumulativeProbability(u) : inverseSurvivalProbability(1 - u);
    };
  }
}
