package org.probscope.model.distribution;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.RegularizedBeta;
import org.apache.commons.numbers.gamma.RegularizedGamma;

/**
 * Closed-form stop-loss transforms of the continuous families; see {@link StopLoss} for the
 * formulas and why each is evaluated on its own side of the pivot. Families with no finite mean get
 * an infinite upper side and a numeric lower side (or two infinite sides).
 */
final class ContinuousStopLoss {

  private static final double INV_SQRT_2PI = 0.3989422804014327;
  private static final double SQRT_HALF = Math.sqrt(0.5);

  private ContinuousStopLoss() {}

  /** The form of a continuous family, or null when it has none here. */
  static StopLossForm of(Distribution d) {
    return switch (d.family().name()) {
      case "normal" -> normal(d);
      case "lognormal" -> lognormal(d);
      case "exponential" -> {
        double rate = d.parameter("rate");
        yield StopLossForm.centred(d, x -> x > 0 ? x * Math.exp(-rate * x) : 0);
      }
      case "gamma" -> gamma(d, d.parameter("shape"), d.parameter("scale"));
      case "chisquared" -> gamma(d, d.parameter("df") / 2, 2);
      case "beta" -> beta(d);
      case "studentt" -> d.parameter("df") > 1 ? studentT(d) : NumericStopLoss.infinite(d, true);
      case "f" -> d.parameter("df2") > 2 ? f(d) : NumericStopLoss.infiniteUpper(d);
      case "pareto" -> d.parameter("shape") > 1 ? pareto(d) : NumericStopLoss.infiniteUpper(d);
      case "uniform" -> SidedStopLoss.uniform(d);
      case "triangular" -> SidedStopLoss.triangular(d);
      case "laplace" -> SidedStopLoss.laplace(d);
      case "logistic" -> SidedStopLoss.logistic(d);
      case "gumbel" -> SidedStopLoss.gumbel(d);
      case "weibull" -> SidedStopLoss.weibull(d);
      case "cauchy" -> NumericStopLoss.infinite(d, true);
      case "levy" -> NumericStopLoss.infiniteUpper(d);
      default -> null;
    };
  }

  /** σφ(z) with z² split exactly (fma), so φ keeps full precision out to z ≈ 38. */
  static double standardNormalDensity(double z) {
    double square = z * z;
    double low = Math.fma(z, z, -square);
    return INV_SQRT_2PI * Math.exp(-0.5 * square) * (1 - 0.5 * low);
  }

  private static StopLossForm normal(Distribution d) {
    double mean = d.parameter("mean");
    double sd = d.parameter("sd");
    return StopLossForm.centred(d, x -> sd * standardNormalDensity((x - mean) / sd));
  }

  /** D = q(x)·f(x) on the support's interior, from ln q and ln f so that no factor overflows. */
  private static StopLossForm pearson(Distribution d, DoubleUnaryOperator logQ) {
    return pearsonOn(d, d.supportLower(), d.supportUpper(), logQ);
  }

  private static StopLossForm pearsonOn(
      Distribution d, double lower, double upper, DoubleUnaryOperator logQ) {
    return StopLossForm.centred(
        d,
        x -> {
          if (!(x > lower && x < upper)) {
            return 0;
          }
          double log = logQ.applyAsDouble(x) + d.logDensity(x);
          return log > Double.NEGATIVE_INFINITY ? Math.exp(log) : 0;
        });
  }

  /**
   * D = θ·x·f(x); near 0, where D and μF cancel by about μ/x, C = x·P(k, x/θ) − kθ·P(k+1, x/θ)
   * instead, which cancels by only k + 1 there.
   */
  private static StopLossForm gamma(Distribution d, double shape, double scale) {
    double logScale = Math.log(scale);
    StopLossForm form = pearson(d, x -> logScale + Math.log(x));
    double near = scale * Math.min(1, shape);
    return withLowerEnd(
        form,
        near,
        x ->
            x * RegularizedGamma.P.value(shape, x / scale)
                - shape * scale * RegularizedGamma.P.value(shape + 1, x / scale));
  }

  /**
   * D = x(1 − x)f(x)/(α + β); near 0 C = x·I_x(α, β) − μ·I_x(α + 1, β) and near 1 Σ = μ·I_{1−x}(β,
   * α + 1) − x·I_{1−x}(β, α), which cancel by only α + 1 (β + 1) there.
   */
  private static StopLossForm beta(Distribution d) {
    double a = d.parameter("alpha");
    double b = d.parameter("beta");
    double mean = d.mean();
    StopLossForm form = pearsonOn(d, 0, 1, x -> Math.log(x) + Math.log1p(-x) - Math.log(a + b));
    StopLossForm lower =
        withLowerEnd(
            form,
            0.5 * mean,
            x -> x * RegularizedBeta.value(x, a, b) - mean * RegularizedBeta.value(x, a + 1, b));
    double nearOne = 1 - 0.5 * (1 - mean);
    return new StopLossForm() {
      @Override
      public double mean() {
        return mean;
      }

      @Override
      public double pivot() {
        return lower.pivot();
      }

      @Override
      public double lower(double x) {
        return lower.lower(x);
      }

      @Override
      public double upper(double x) {
        if (!(x > nearOne && x < 1)) {
          return lower.upper(x);
        }
        double y = 1 - x;
        return mean * RegularizedBeta.value(y, b, a + 1) - x * RegularizedBeta.value(y, b, a);
      }

      @Override
      public double partialCentralMoment(double x) {
        return lower.partialCentralMoment(x);
      }

      @Override
      public boolean cheapMoment() {
        return true;
      }

      @Override
      public Distribution distribution() {
        return d;
      }
    };
  }

  /** {@code form} with C taken from {@code nearEnd} for x in (lower end, {@code below}). */
  private static StopLossForm withLowerEnd(
      StopLossForm form, double below, DoubleUnaryOperator nearEnd) {
    double end = form.distribution().supportLower();
    return new StopLossForm() {
      @Override
      public double mean() {
        return form.mean();
      }

      @Override
      public double pivot() {
        return form.pivot();
      }

      @Override
      public double lower(double x) {
        return x > end && x < below ? nearEnd.applyAsDouble(x) : form.lower(x);
      }

      @Override
      public double upper(double x) {
        return form.upper(x);
      }

      @Override
      public double partialCentralMoment(double x) {
        return form.partialCentralMoment(x);
      }

      @Override
      public boolean cheapMoment() {
        return form.cheapMoment();
      }

      @Override
      public Distribution distribution() {
        return form.distribution();
      }
    };
  }

  private static StopLossForm studentT(Distribution d) {
    double df = d.parameter("df");
    double logDfMinus1 = Math.log(df - 1);
    return pearson(
        d,
        x -> {
          double ax = Math.abs(x);
          double logQ =
              ax > 1e150 ? 2 * Math.log(ax) + Math.log1p(df / (ax * ax)) : Math.log(df + x * x);
          return logQ - logDfMinus1;
        });
  }

  private static StopLossForm f(Distribution d) {
    double d1 = d.parameter("df1");
    double d2 = d.parameter("df2");
    double logConstant = Math.log(2) - Math.log(d1) - Math.log(d2 - 2);
    return pearson(
        d,
        x ->
            logConstant
                + Math.log(x)
                + (x > 1 ? Math.log(x) + Math.log(d1 + d2 / x) : Math.log(d2 + d1 * x)));
  }

  private static StopLossForm pareto(Distribution d) {
    double scale = d.parameter("scale");
    double shape = d.parameter("shape");
    return StopLossForm.centred(
        d, x -> x > scale ? shape * (x - scale) * d.survival(x) / (shape - 1) : 0);
  }

  private static StopLossForm lognormal(Distribution d) {
    double mu = d.parameter("mu");
    double sigma = d.parameter("sigma");
    double mean = d.mean();
    return StopLossForm.centred(
        d,
        x -> {
          if (!(x > 0)) {
            return 0;
          }
          double z = (Math.log(x) - mu) / sigma;
          return mean * normalProbability(z - sigma, z);
        });
  }

  /**
   * P(u &lt; Z ≤ v) for a standard normal Z without cancellation: an interval that is short on the
   * scale of φ's variation by 10-point Gauss–Legendre, otherwise a difference of two tail
   * probabilities on the same side, of which the larger is at least about twice the smaller.
   */
  static double normalProbability(double u, double v) {
    if (!(v > u)) {
      return 0;
    }
    double mid = u / 2 + v / 2;
    double half = v / 2 - u / 2;
    if (half * (1 + Math.abs(mid)) <= 0.5) {
      return GaussLegendre.integrate(ContinuousStopLoss::standardNormalDensity, mid, half);
    }
    if (u >= 0) {
      return 0.5 * (Erfc.value(u * SQRT_HALF) - Erfc.value(v * SQRT_HALF));
    }
    if (v <= 0) {
      return 0.5 * (Erfc.value(-v * SQRT_HALF) - Erfc.value(-u * SQRT_HALF));
    }
    return 1 - 0.5 * Erfc.value(-u * SQRT_HALF) - 0.5 * Erfc.value(v * SQRT_HALF);
  }
}
