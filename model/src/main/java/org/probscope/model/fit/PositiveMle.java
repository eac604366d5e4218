package org.probscope.model.fit;

import java.util.Optional;
import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.Trigamma;
import org.probscope.model.distribution.SpecNumbers;

/**
 * Maximum-likelihood estimates of the families on (0, ∞) and (0, 1) from one pass over the data.
 *
 * <ul>
 *   <li>exponential: rate 1/x̄, information W/λ².
 *   <li>gamma: the shape solves ln k − ψ(k) = s with s = ln x̄ − mean(ln x) = mean(u − 1 − ln u), u
 *       = x/x̄ (written so that no two large numbers cancel when k is large), from Minka's start (3
 *       − s + √((s − 3)² + 24s)) / (12s) ("Estimating a gamma distribution", 2002); the scale is
 *       x̄/k. With the scale fixed, ψ(k) = mean(ln x) − ln θ. Information W·[[ψ′(k), 1/θ], [1/θ,
 *       k/θ²]].
 *   <li>pareto: scale min, shape W / Σw ln(x/xₘ) (also with either fixed); the scale has no
 *       standard error (an edge maximum), the shape's information is W/α².
 *   <li>chisquared: ψ(k/2) = mean(ln x) − ln 2, information W ψ′(k/2)/4.
 *   <li>beta: Newton on the concave ln L/W = (α − 1) mean(ln x) + (β − 1) mean(ln(1 − x)) − ln B(α,
 *       β) from the moment start, halving steps that leave the domain or do not increase it, and
 *       taking full steps once they are below 10⁻³ of the parameters (where ln L no longer resolves
 *       them and Newton converges quadratically); with one shape fixed, the other solves ψ(α) − ψ(α
 *       + β) = mean(ln x) (or its mirror), increasing in the free shape. Information W·[[ψ′(α) −
 *       ψ′(α+β), −ψ′(α+β)], [−ψ′(α+β), ψ′(β) − ψ′(α+β)]].
 * </ul>
 */
final class PositiveMle {

  private static final int MAX_NEWTON = 200;

  private PositiveMle() {}

  static Optional<Estimation> exponential(FitProblem problem, FitData data) {
    if (!(data.mean() > 0)) {
      return MleFormulas.failure(
          FitFailure.Reason.ALL_EQUAL, "every value is 0: the rate has no finite estimate");
    }
    double rate = 1 / data.mean();
    double[][] info = {{data.totalWeight() / (rate * rate)}};
    return MleFormulas.withInformation(problem, new double[] {rate}, 0, info);
  }

  static Optional<Estimation> gamma(FitProblem problem, FitData data) {
    double w = data.totalWeight();
    double mean = data.mean();
    double shape;
    if (!problem.isFree(0)) {
      shape = problem.fixedValue(0);
    } else if (problem.isFree(1)) {
      double s = MleFormulas.mean(data, x -> (x / mean - 1) - Math.log(x / mean));
      if (!(s > 0)) {
        return MleFormulas.failure(
            FitFailure.Reason.ALL_EQUAL, "the values hardly differ: the shape grows without bound");
      }
      double start = (3 - s + Math.sqrt((s - 3) * (s - 3) + 24 * s)) / (12 * s);
      shape =
          ProfileNewton.positiveRoot(
              k -> s - ProfileNewton.logMinusDigamma(k),
              k -> -ProfileNewton.logMinusDigammaDerivative(k),
              start);
    } else {
      double logScale = Math.log(problem.fixedValue(1));
      double meanLog = MleFormulas.mean(data, Math::log);
      shape = ProfileNewton.inverseDigamma(meanLog - logScale);
    }
    double scale = MleFormulas.valueOr(problem, 1, mean / shape);
    double[][] info = {
      {w * Trigamma.value(shape), w / scale}, {w / scale, w * shape / (scale * scale)}
    };
    return MleFormulas.withInformation(problem, new double[] {shape, scale}, 0, info);
  }

  static Optional<Estimation> pareto(FitProblem problem, FitData data) {
    double scale = MleFormulas.valueOr(problem, 0, data.min());
    if (scale > data.min()) {
      int below = 0;
      while (below < data.distinct() && data.value(below) < scale) {
        below++;
      }
      return Optional.of(
          Estimation.failed(
              new FitFailure(
                  FitFailure.Reason.OUTSIDE_SUPPORT,
                  below,
                  data.min(),
                  below
                      + (below == 1 ? " distinct value lies" : " distinct values lie")
                      + " below the fixed scale "
                      + SpecNumbers.format(scale)
                      + " (the smallest is "
                      + SpecNumbers.format(data.min())
                      + ")")));
    }
    double shape;
    if (problem.isFree(1)) {
      double logScale = Math.log(scale);
      double sum = data.weightedSum(x -> Math.log(x) - logScale);
      if (!(sum > 0)) {
        return MleFormulas.failure(
            FitFailure.Reason.ALL_EQUAL,
            "every value equals the scale: the shape grows without bound");
      }
      shape = data.totalWeight() / sum;
    } else {
      shape = problem.fixedValue(1);
    }
    double[][] info = AnalyticCovariance.diagonal(Double.NaN, data.totalWeight() / (shape * shape));
    return MleFormulas.withInformation(problem, new double[] {scale, shape}, 0, info);
  }

  static Optional<Estimation> chiSquared(FitProblem problem, FitData data) {
    double meanLog = MleFormulas.mean(data, Math::log);
    double df = 2 * ProfileNewton.inverseDigamma(meanLog - Math.log(2));
    double[][] info = {{data.totalWeight() * Trigamma.value(df / 2) / 4}};
    return MleFormulas.withInformation(problem, new double[] {df}, 0, info);
  }

  static Optional<Estimation> beta(FitProblem problem, FitData data) {
    double l1 = MleFormulas.mean(data, Math::log);
    double l2 = MleFormulas.mean(data, x -> Math.log1p(-x));
    double m = data.mean();
    double c = m * (1 - m) / data.variance() - 1;
    double a = MleFormulas.valueOr(problem, 0, c > 0 ? m * c : 0.5);
    double b = MleFormulas.valueOr(problem, 1, c > 0 ? (1 - m) * c : 0.5);
    if (problem.isFree(0) && problem.isFree(1)) {
      double[] ab = betaNewton(a, b, l1, l2);
      a = ab[0];
      b = ab[1];
    } else if (problem.isFree(0)) {
      double fixedB = b;
      a =
          ProfileNewton.positiveRoot(
              x -> Digamma.value(x) - Digamma.value(x + fixedB) - l1,
              x -> Trigamma.value(x) - Trigamma.value(x + fixedB),
              a);
    } else {
      double fixedA = a;
      b =
          ProfileNewton.positiveRoot(
              x -> Digamma.value(x) - Digamma.value(x + fixedA) - l2,
              x -> Trigamma.value(x) - Trigamma.value(x + fixedA),
              b);
    }
    double w = data.totalWeight();
    double tab = Trigamma.value(a + b);
    double[][] info = {
      {w * (Trigamma.value(a) - tab), -w * tab}, {-w * tab, w * (Trigamma.value(b) - tab)}
    };
    return MleFormulas.withInformation(problem, new double[] {a, b}, 0, info);
  }

  /** The maximum of the concave beta log-likelihood per point, by damped Newton. */
  private static double[] betaNewton(double a, double b, double l1, double l2) {
    double value = betaLogLik(a, b, l1, l2);
    for (int i = 0; i < MAX_NEWTON; i++) {
      double dab = Digamma.value(a + b);
      double g1 = l1 - Digamma.value(a) + dab;
      double g2 = l2 - Digamma.value(b) + dab;
      double tab = Trigamma.value(a + b);
      double j11 = Trigamma.value(a) - tab;
      double j22 = Trigamma.value(b) - tab;
      double j12 = -tab;
      double det = j11 * j22 - j12 * j12;
      double da = (j22 * g1 - j12 * g2) / det;
      double db = (j11 * g2 - j12 * g1) / det;
      double t = 1;
      double na = a + da;
      double nb = b + db;
      if (Math.abs(da) < 1e-3 * a && Math.abs(db) < 1e-3 * b) {
        // inside the region of quadratic convergence, where ln L no longer resolves the steps
        boolean done = Math.abs(da) <= 1e-15 * a && Math.abs(db) <= 1e-15 * b;
        a = na;
        b = nb;
        if (done) {
          break;
        }
        value = betaLogLik(a, b, l1, l2);
        continue;
      }
      double nv = betaLogLik(na, nb, l1, l2);
      while (!(na > 0 && nb > 0 && nv >= value) && t > 1e-12) {
        t /= 2;
        na = a + t * da;
        nb = b + t * db;
        nv = na > 0 && nb > 0 ? betaLogLik(na, nb, l1, l2) : Double.NEGATIVE_INFINITY;
      }
      if (!(nv >= value)) {
        break;
      }
      boolean small =
          Math.abs(na - a) <= 1e-15 * a && Math.abs(nb - b) <= 1e-15 * b
              || nv - value == 0 && t < 1;
      a = na;
      b = nb;
      value = nv;
      if (small) {
        break;
      }
    }
    return new double[] {a, b};
  }

  private static double betaLogLik(double a, double b, double l1, double l2) {
    return (a - 1) * l1 + (b - 1) * l2 - LogBeta.value(a, b);
  }
}
