package org.probscope.model.fit;

import java.util.Optional;
import org.probscope.model.distribution.Parameter;

/**
 * Maximum-likelihood estimates of the counting families. Closed forms: poisson λ = x̄ (information
 * W/λ), geometric p = 1/(1 + x̄) (failures before the first success; W/(p²(1 − p))), bernoulli p =
 * x̄ (W/(p(1 − p))), uniformdiscrete [min, max]. A free whole-number parameter is profiled: with
 * the other parameter at its conditional estimate the log-likelihood is unimodal in it, so the
 * maximum is found by bisection on the sign of ℓ(n + 1) − ℓ(n), written as sums of log1p terms that
 * do not cancel.
 *
 * <ul>
 *   <li>binomial, trials free: N ≥ max, p = x̄/N; the profile is unimodal and its maximum is finite
 *       exactly when the variance (divisor W) is below the mean (DeRiggi 1983, "Unimodality of
 *       likelihood functions for the binomial distribution", JASA 78; Olkin, Petkau and Zidek
 *       1981); otherwise the fit fails with that reason. The search ends at the parameter's limit
 *       (10⁹ trials).
 *   <li>negativebinomial (a whole number of successes r): r ≥ 1, p = r/(r + x̄); the profile in r
 *       is unimodal (Aragón, Eberly and Eberly 1992); when the variance does not exceed the mean it
 *       increases without end and the estimate is the limit r = 10⁶ (a Poisson in all but name).
 * </ul>
 *
 * Whole-number parameters have no standard error here.
 */
final class CountMle {

  private CountMle() {}

  static Optional<Estimation> poisson(FitProblem problem, FitData data) {
    double mean = data.mean();
    if (!(mean > 0)) {
      return MleFormulas.failure(
          FitFailure.Reason.ALL_EQUAL, "every count is 0: the mean must be above 0");
    }
    double[][] info = {{data.totalWeight() / mean}};
    return MleFormulas.withInformation(problem, new double[] {mean}, 0, info);
  }

  static Optional<Estimation> geometric(FitProblem problem, FitData data) {
    double p = 1 / (1 + data.mean());
    double[][] info = {{p < 1 ? data.totalWeight() / (p * p * (1 - p)) : Double.NaN}};
    return MleFormulas.withInformation(problem, new double[] {p}, 0, info);
  }

  static Optional<Estimation> bernoulli(FitProblem problem, FitData data) {
    double p = data.mean();
    double[][] info = {{p > 0 && p < 1 ? data.totalWeight() / (p * (1 - p)) : Double.NaN}};
    return MleFormulas.withInformation(problem, new double[] {p}, 0, info);
  }

  static Optional<Estimation> uniformDiscrete(FitProblem problem, FitData data) {
    double lower = MleFormulas.valueOr(problem, 0, data.min());
    double upper = MleFormulas.valueOr(problem, 1, data.max());
    Optional<Estimation> outside = Bounds.check(lower, upper, data);
    if (outside.isPresent()) {
      return outside;
    }
    double[][] info = AnalyticCovariance.diagonal(Double.NaN, Double.NaN);
    return MleFormulas.withInformation(problem, new double[] {lower, upper}, 0, info);
  }

  static Optional<Estimation> binomial(FitProblem problem, FitData data) {
    double w = data.totalWeight();
    double m = data.mean();
    double max = data.max();
    double trials;
    if (!problem.isFree(0)) {
      trials = problem.fixedValue(0);
      if (max > trials) {
        return Optional.of(
            Estimation.failed(
                new FitFailure(
                    FitFailure.Reason.OUTSIDE_SUPPORT,
                    0,
                    max,
                    "counts exceed the fixed trials "
                        + (long) trials
                        + " (the largest is "
                        + max
                        + ")")));
      }
    } else {
      long limit = (long) limit(problem, 0);
      if (problem.isFree(1)) {
        if (!(data.variance() < m)) {
          return MleFormulas.failure(
              FitFailure.Reason.NOT_AVAILABLE,
              "the variance is not below the mean, so the number of trials has no finite"
                  + " estimate (a poisson fits at least as well); fix trials");
        }
        trials =
            ProfileNewton.unimodalMaximum(
                n -> binomialProfileDifference(data, n), (long) Math.max(max, 1), limit);
      } else {
        double logQ = Math.log1p(-problem.fixedValue(1));
        trials =
            ProfileNewton.unimodalMaximum(
                n -> logFactorRatio(data, n) + w * logQ, (long) max, limit);
      }
    }
    double p = MleFormulas.valueOr(problem, 1, trials > 0 ? m / trials : 0.5);
    double[][] info =
        AnalyticCovariance.diagonal(
            Double.NaN, p > 0 && p < 1 ? w * trials / (p * (1 - p)) : Double.NaN);
    return MleFormulas.withInformation(problem, new double[] {trials, p}, 0, info);
  }

  /**
   * ℓ(n + 1) − ℓ(n) of the binomial profile (p = x̄/n), written with g(t) = t − ln(1 + t) so that
   * the terms of order W x̄/n, which cancel, are never formed: only terms of the size of the
   * difference itself (order W/n²) are summed. With u = −x/(n + 1) and m = x̄,
   *
   * <pre>
   * Σw g(−x/(n+1)) − W(m + m²)/(n(n+1)) + W[m g(1/n) − (n+1−m) g(−m/(n+1)) + (n−m) g(−m/n)]
   * </pre>
   *
   * from ℓ(n) = Σw ln C(n, x) + W m ln(m/n) + W(n − m) ln(1 − m/n).
   */
  private static double binomialProfileDifference(FitData data, long n) {
    double w = data.totalWeight();
    double m = data.mean();
    double sum = 0;
    for (int i = 0; i < data.distinct(); i++) {
      sum += data.weight(i) * ProfileNewton.log1pGap(-data.value(i) / (n + 1));
    }
    double nn = n;
    return sum
        - w * (m + m * m) / (nn * (nn + 1))
        + w
            * (m * ProfileNewton.log1pGap(1 / nn)
                - (nn + 1 - m) * ProfileNewton.log1pGap(-m / (nn + 1))
                + (nn - m) * ProfileNewton.log1pGap(-m / nn));
  }

  /**
   * ℓ(r + 1) − ℓ(r) of the negative-binomial profile (p = r/(r + x̄)), in the same
   * cancellation-free form: W m²/(r(r+m)) − Σw g(x/r) + W m g(1/(r+m)) + W[(r+1) g(m/(r+1)) − r
   * g(m/r)].
   */
  private static double negativeBinomialProfileDifference(FitData data, long r) {
    double w = data.totalWeight();
    double m = data.mean();
    double rr = r;
    double sum = 0;
    for (int i = 0; i < data.distinct(); i++) {
      sum += data.weight(i) * ProfileNewton.log1pGap(data.value(i) / rr);
    }
    return w * m * m / (rr * (rr + m))
        - sum
        + w * m * ProfileNewton.log1pGap(1 / (rr + m))
        + w
            * ((rr + 1) * ProfileNewton.log1pGap(m / (rr + 1))
                - rr * ProfileNewton.log1pGap(m / rr));
  }

  /** Σw ln[C(n + 1, x)/C(n, x)] = Σw −log1p(−x/(n + 1)). */
  private static double logFactorRatio(FitData data, long n) {
    double s = 0;
    for (int i = 0; i < data.distinct(); i++) {
      s -= data.weight(i) * Math.log1p(-data.value(i) / (n + 1));
    }
    return s;
  }

  static Optional<Estimation> negativeBinomial(FitProblem problem, FitData data) {
    double w = data.totalWeight();
    double m = data.mean();
    double r;
    if (!problem.isFree(0)) {
      r = problem.fixedValue(0);
    } else {
      long limit = (long) limit(problem, 0);
      if (problem.isFree(1)) {
        r =
            ProfileNewton.unimodalMaximum(
                k -> negativeBinomialProfileDifference(data, k), 1, limit);
      } else {
        double logP = Math.log(problem.fixedValue(1));
        r = ProfileNewton.unimodalMaximum(k -> successRatio(data, k) + w * logP, 1, limit);
      }
    }
    double p = MleFormulas.valueOr(problem, 1, r / (r + m));
    double[][] info =
        AnalyticCovariance.diagonal(Double.NaN, p < 1 ? w * r / (p * p * (1 - p)) : Double.NaN);
    return MleFormulas.withInformation(problem, new double[] {r, p}, 0, info);
  }

  /** Σw ln[Γ(x + r + 1)Γ(r) / (Γ(x + r)Γ(r + 1))] = Σw log1p(x/r). */
  private static double successRatio(FitData data, long r) {
    double s = 0;
    for (int i = 0; i < data.distinct(); i++) {
      s += data.weight(i) * Math.log1p(data.value(i) / r);
    }
    return s;
  }

  /** The largest value the library evaluates for parameter i. */
  static double limit(FitProblem problem, int i) {
    Parameter p = problem.family().parameters().get(i);
    return Math.min(p.upper(), p.limitMax());
  }
}
