package org.probscope.model.fit;

import java.util.Optional;

/**
 * Closed-form and profile maximum-likelihood estimates of the location–scale families.
 *
 * <ul>
 *   <li>normal: mean x̄, sd √(Σw(x − μ)²/Σw) (divisor Σw, as R's {@code fitdist} and SciPy's {@code
 *       norm.fit}); information diag(W/σ², 2W/σ²).
 *   <li>lognormal: the same on ln x ({@code fitdist(x, "lnorm")}, SciPy {@code lognorm.fit} with
 *       {@code floc=0}).
 *   <li>laplace: location the weighted median (the midpoint when the median falls between two
 *       values, as {@code numpy.median}), scale the mean absolute deviation from it; the asymptotic
 *       covariance diag(b²/W, b²/W) (Kotz, Kozubowski and Podgórski 2001, §2.6), since the
 *       likelihood is not differentiable in the location at the median.
 *   <li>uniform: [min, max], with no standard errors (the maximum is on the edge of the support).
 *   <li>gumbel (maximum): the profile equation β = x̄ − Σw x e^{−x/β} / Σw e^{−x/β}, whose left
 *       side minus right side increases in β (its derivative is 1 + Var/β² under the tilted
 *       weights), so its one root is found by safeguarded Newton; then μ = −β ln(Σw e^{−x/β}/W)
 *       (Johnson, Kotz and Balakrishnan, <i>Continuous Univariate Distributions</i> 2, §22.7).
 * </ul>
 */
final class LocationScaleMle {

  private LocationScaleMle() {}

  static Optional<Estimation> normal(FitProblem problem, FitData data) {
    double w = data.totalWeight();
    double mean = MleFormulas.valueOr(problem, 0, data.mean());
    double offset = mean - data.mean();
    double sd = MleFormulas.valueOr(problem, 1, Math.hypot(data.sd(), offset));
    if (!(sd > 0)) {
      return MleFormulas.failure(
          FitFailure.Reason.ALL_EQUAL, "every value equals the mean: the sd's estimate is 0");
    }
    double[][] info = AnalyticCovariance.diagonal(w / (sd * sd), 2 * w / (sd * sd));
    return MleFormulas.withInformation(problem, new double[] {mean, sd}, 0, info);
  }

  static Optional<Estimation> lognormal(FitProblem problem, FitData data) {
    double w = data.totalWeight();
    // West's (1979) weighted one-pass mean and sum of squares of ln x
    double total = 0;
    double m = 0;
    double m2 = 0;
    for (int i = 0; i < data.distinct(); i++) {
      double wi = data.weight(i);
      double y = Math.log(data.value(i));
      total += wi;
      double delta = y - m;
      m += delta * wi / total;
      m2 += wi * delta * (y - m);
    }
    double mu = MleFormulas.valueOr(problem, 0, m);
    double offset = mu - m;
    double sigma = MleFormulas.valueOr(problem, 1, Math.sqrt(m2 / w + offset * offset));
    if (!(sigma > 0)) {
      return MleFormulas.failure(
          FitFailure.Reason.ALL_EQUAL, "every ln x equals mu: the sigma's estimate is 0");
    }
    double[][] info = AnalyticCovariance.diagonal(w / (sigma * sigma), 2 * w / (sigma * sigma));
    return MleFormulas.withInformation(problem, new double[] {mu, sigma}, 0, info);
  }

  static Optional<Estimation> laplace(FitProblem problem, FitData data) {
    double w = data.totalWeight();
    double location = MleFormulas.valueOr(problem, 0, weightedMedian(data));
    double scale =
        MleFormulas.valueOr(problem, 1, MleFormulas.mean(data, x -> Math.abs(x - location)));
    if (!(scale > 0)) {
      return MleFormulas.failure(
          FitFailure.Reason.ALL_EQUAL,
          "every value equals the location: the scale's estimate is 0");
    }
    double[][] info = AnalyticCovariance.diagonal(w / (scale * scale), w / (scale * scale));
    return MleFormulas.withInformation(problem, new double[] {location, scale}, 0, info);
  }

  /**
   * The weighted median: the smallest value whose cumulative weight reaches half the total, or the
   * midpoint of it and the next value when the cumulative weight equals exactly half.
   */
  static double weightedMedian(FitData data) {
    double half = data.totalWeight() / 2;
    double cumulative = 0;
    int last = data.distinct() - 1;
    for (int i = 0; i < last; i++) {
      cumulative += data.weight(i);
      if (cumulative == half) {
        return data.value(i) / 2 + data.value(i + 1) / 2;
      }
      if (cumulative > half) {
        return data.value(i);
      }
    }
    return data.value(last);
  }

  static Optional<Estimation> uniform(FitProblem problem, FitData data) {
    double lower = MleFormulas.valueOr(problem, 0, data.min());
    double upper = MleFormulas.valueOr(problem, 1, data.max());
    Optional<Estimation> outside = Bounds.check(lower, upper, data);
    if (outside.isPresent()) {
      return outside;
    }
    if (!(lower < upper)) {
      return MleFormulas.failure(
          FitFailure.Reason.ALL_EQUAL, "every value equals " + lower + ": the width is 0");
    }
    double[][] info = AnalyticCovariance.diagonal(Double.NaN, Double.NaN);
    return MleFormulas.withInformation(problem, new double[] {lower, upper}, 0, info);
  }

  static Optional<Estimation> gumbel(FitProblem problem, FitData data) {
    if (!problem.isFree(0)) {
      // the location fixed: the scale's score equation has no monotone form; numeric path
      return Optional.empty();
    }
    GumbelProfile profile = new GumbelProfile(data);
    double scale =
        problem.isFree(1)
            ? ProfileNewton.positiveRoot(
                profile::value, profile::derivative, Math.sqrt(6) * data.sd() / Math.PI)
            : problem.fixedValue(1);
    if (!(scale > 0) || !Double.isFinite(scale)) {
      return MleFormulas.failure(
          FitFailure.Reason.DID_NOT_CONVERGE, "the gumbel scale equation has no positive root");
    }
    double min = data.min();
    double b = data.weightedSum(x -> Math.exp(-(x - min) / scale));
    double location = min - scale * Math.log(b / data.totalWeight());
    return Optional.of(Estimation.of(new double[] {location, scale}, 0));
  }

  /**
   * β − x̄ + Σw (x − x̄) e^{−(x − min)/β} / Σw e^{−(x − min)/β} and its derivative 1 + V/β², with V
   * the variance under the weights w e^{−x/β}; the sums of the last β asked are kept, since Newton
   * asks for both at the same β.
   */
  private static final class GumbelProfile {
    private final FitData data;
    private double at = Double.NaN;
    private double tiltedMean;
    private double tiltedVariance;

    GumbelProfile(FitData data) {
      this.data = data;
    }

    double value(double beta) {
      sums(beta);
      return beta + tiltedMean;
    }

    double derivative(double beta) {
      sums(beta);
      return 1 + tiltedVariance / (beta * beta);
    }

    private void sums(double beta) {
      if (beta == at) {
        return;
      }
      double min = data.min();
      double mean = data.mean();
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      for (int i = 0; i < data.distinct(); i++) {
        double x = data.value(i);
        double e = data.weight(i) * Math.exp(-(x - min) / beta);
        double d = x - mean;
        s0 += e;
        s1 += e * d;
        s2 += e * d * d;
      }
      tiltedMean = s1 / s0;
      tiltedVariance = s2 / s0 - tiltedMean * tiltedMean;
      at = beta;
    }
  }
}
