package org.probscope.model.distribution;

import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.apache.commons.statistics.distribution.GumbelDistribution;
import org.apache.commons.statistics.distribution.LaplaceDistribution;
import org.apache.commons.statistics.distribution.LevyDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.LogisticDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.WeibullDistribution;

/**
 * Commons Statistics laws with closed-form log tails, so that ln F and ln S (and the hazard, and
 * the quantile polisher's comparisons) stay finite where F or S underflows a double. Each form is
 * the family's CDF from its Wikipedia page, rearranged so that no factor underflows first.
 */
final class LogTailLaws {

  private static final double LN_2 = Math.log(2);
  private static final double LN_2_PI = Math.log(2 * Math.PI);

  private LogTailLaws() {}

  static ContinuousLaw normal(double mean, double sd) {
    return new ContinuousLaw(NormalDistribution.of(mean, sd)) {
      @Override
      double logCumulativeProbability(double x) {
        return NormalTails.logLower((x - mean) / sd);
      }

      @Override
      double logSurvivalProbability(double x) {
        return NormalTails.logUpper((x - mean) / sd);
      }

      @Override
      double hazard(double x) {
        return NormalTails.hazard((x - mean) / sd) / sd;
      }
    };
  }

  static ContinuousLaw logNormal(double mu, double sigma) {
    return new ContinuousLaw(LogNormalDistribution.of(mu, sigma)) {
      @Override
      double logCumulativeProbability(double x) {
        return x <= 0 ? Double.NEGATIVE_INFINITY : NormalTails.logLower((Math.log(x) - mu) / sigma);
      }

      @Override
      double logSurvivalProbability(double x) {
        return x <= 0 ? 0 : NormalTails.logUpper((Math.log(x) - mu) / sigma);
      }

      @Override
      double hazard(double x) {
        return NormalTails.hazard((Math.log(x) - mu) / sigma) / (sigma * x);
      }
    };
  }

  /**
   * F = 1 − e^{−λx}: ln S = −λx exactly; f = λ e^{−λx} formed in that order (Commons divides
   * e^{−x/μ} by μ, which is 0 for rate 1e300 at x = 1e-297 where f = 5e-135).
   */
  static ContinuousLaw exponential(double rate) {
    double logRate = Math.log(rate);
    return new ContinuousLaw(ExponentialDistribution.of(1 / rate)) {
      @Override
      public double density(double x) {
        if (x < 0) {
          return 0;
        }
        double e = Math.exp(-rate * x);
        return e >= Double.MIN_NORMAL ? rate * e : Math.exp(logDensity(x));
      }

      @Override
      public double logDensity(double x) {
        return x < 0 ? Double.NEGATIVE_INFINITY : logRate - rate * x;
      }

      @Override
      double logCumulativeProbability(double x) {
        return x <= 0 ? Double.NEGATIVE_INFINITY : Math.log(-Math.expm1(-x * rate));
      }

      @Override
      double logSurvivalProbability(double x) {
        return x <= 0 ? 0 : -x * rate;
      }

      @Override
      double hazard(double x) {
        return rate;
      }
    };
  }

  /** F = 1 − exp(−(x/λ)^k): ln S = −(x/λ)^k. */
  static ContinuousLaw weibull(double shape, double scale) {
    return new ContinuousLaw(WeibullDistribution.of(shape, scale)) {
      @Override
      double logCumulativeProbability(double x) {
        return x <= 0
            ? Double.NEGATIVE_INFINITY
            : Math.log(-Math.expm1(-Math.pow(x / scale, shape)));
      }

      @Override
      double logSurvivalProbability(double x) {
        return x <= 0 ? 0 : -Math.pow(x / scale, shape);
      }

      /** k/λ (x/λ)^{k−1}. */
      @Override
      double hazard(double x) {
        return shape / scale * Math.pow(x / scale, shape - 1);
      }
    };
  }

  /** F = exp(−e^{−z}): ln F = −e^{−z}, ln S = ln(1 − exp(−e^{−z})) → −z far up. */
  static ContinuousLaw gumbel(double location, double scale) {
    return new ContinuousLaw(GumbelDistribution.of(location, scale)) {
      @Override
      double logCumulativeProbability(double x) {
        return -Math.exp(-(x - location) / scale);
      }

      @Override
      double logSurvivalProbability(double x) {
        double z = (x - location) / scale;
        double t = Math.exp(-z);
        return t == 0 ? -z : Math.log(-Math.expm1(-t));
      }

      /** f / S = e^{−z} e^{−e^{−z}} / (β (1 − e^{−e^{−z}})) → 1/β far up, → 0 far down. */
      @Override
      double hazard(double x) {
        double t = Math.exp(-(x - location) / scale);
        if (t > 1) {
          return Double.NaN;
        }
        return t == 0 ? 1 / scale : t / -Math.expm1(-t) * Math.exp(-t) / scale;
      }
    };
  }

  /** S = e^{−z}/2 above the centre, F = e^{z}/2 below. */
  static ContinuousLaw laplace(double location, double scale) {
    return new ContinuousLaw(LaplaceDistribution.of(location, scale)) {
      @Override
      double logCumulativeProbability(double x) {
        double z = (x - location) / scale;
        return z < 0 ? z - LN_2 : Math.log1p(-0.5 * Math.exp(-z));
      }

      @Override
      double logSurvivalProbability(double x) {
        double z = (x - location) / scale;
        return z > 0 ? -z - LN_2 : Math.log1p(-0.5 * Math.exp(z));
      }

      @Override
      double hazard(double x) {
        return x > location ? 1 / scale : Double.NaN;
      }
    };
  }

  /** F = 1/(1 + e^{−z}): ln F = −softplus(−z), ln S = −softplus(z). */
  static ContinuousLaw logistic(double location, double scale) {
    return new ContinuousLaw(LogisticDistribution.of(location, scale)) {
      @Override
      double logCumulativeProbability(double x) {
        return -softplus(-(x - location) / scale);
      }

      @Override
      double logSurvivalProbability(double x) {
        return -softplus((x - location) / scale);
      }

      /** f / S = F / s. */
      @Override
      double hazard(double x) {
        return Math.exp(logCumulativeProbability(x)) / scale;
      }
    };
  }

  /** ln(1 + e^t) without overflow. */
  private static double softplus(double t) {
    return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
  }

  /**
   * F = erfc(√(c / (2(x − μ)))), the root taken as √c / √(2(x − μ)) so that a tiny c over a huge x
   * − μ does not underflow to 0 first; ln F from {@link NormalTails#logErfc} next to μ.
   */
  static ContinuousLaw levy(double location, double scale) {
    LevyDistribution base = LevyDistribution.of(location, scale);
    return new ContinuousLaw(base) {
      /** (x − μ)/2, which does not overflow where x − μ does (x = 1.8e308, μ = −1e300). */
      private double halfDx(double x) {
        return x / 2 - location / 2;
      }

      /** √(c / (2(x − μ))) = √c / (2 √((x − μ)/2)). */
      private double t(double x) {
        return Math.sqrt(scale) / (2 * Math.sqrt(halfDx(x)));
      }

      /** f = √(c/2π) e^{−c/(2(x−μ))} / (x − μ)^{3/2}, in logarithms. */
      @Override
      public double logDensity(double x) {
        if (!(x > location)) {
          return Double.NEGATIVE_INFINITY;
        }
        double halfDx = halfDx(x);
        return 0.5 * (Math.log(scale) - LN_2_PI)
            - scale / (4 * halfDx)
            - 1.5 * (Math.log(halfDx) + LN_2);
      }

      @Override
      public double density(double x) {
        return Math.exp(logDensity(x));
      }

      @Override
      public double cumulativeProbability(double x) {
        return x <= location ? 0 : org.apache.commons.numbers.gamma.Erfc.value(t(x));
      }

      @Override
      public double survivalProbability(double x) {
        return x <= location ? 1 : org.apache.commons.numbers.gamma.Erf.value(t(x));
      }

      @Override
      double logCumulativeProbability(double x) {
        return x <= location ? Double.NEGATIVE_INFINITY : NormalTails.logErfc(t(x));
      }

      @Override
      double logSurvivalProbability(double x) {
        return x <= location ? 0 : Math.log(survivalProbability(x));
      }
    };
  }
}
