package org.probscope.model.fit;

import java.util.Optional;
import java.util.function.LongToDoubleFunction;

/**
 * Maximum likelihood for zipf and hypergeometric.
 *
 * <p>Zipf: the normaliser H(N, s) = Σₖ k^{−s} grows with N, so a free number of elements is the
 * largest value. The exponent solves E_s[ln K] = mean(ln x); E_s[ln K] decreases in s (its
 * derivative is −Var_s(ln K), the information per point), so the root is unique; when the data's
 * mean log is at least that of the uniform law on 1..N the estimate is s = 0, and when every value
 * is 1 it grows without bound (a failure).
 *
 * <p>Hypergeometric (population N, successes K, draws n): one free count is profiled by bisection
 * on ℓ(m + 1) − ℓ(m), the log-likelihood being concave in K and in n (the mass is log-concave in
 * each: C(K + 1, x)/C(K, x) = (K + 1)/(K + 1 − x) falls as K grows) and unimodal in N (the
 * capture–recapture likelihood; Seber, <i>The Estimation of Animal Abundance</i>, §3.1.1). Two or
 * three free counts are not identifiable from the counts in practice: the fit fails asking to fix
 * them.
 */
final class FiniteMle {

  private FiniteMle() {}

  static Optional<Estimation> zipf(FitProblem problem, FitData data) {
    double max = data.max();
    double elements = MleFormulas.valueOr(problem, 0, max);
    if (max > elements) {
      return Bounds.check(1, elements, data);
    }
    if (elements > CountMle.limit(problem, 0)) {
      return MleFormulas.failure(
          FitFailure.Reason.OUTSIDE_SUPPORT,
          "the largest value "
              + max
              + " passes the limit of "
              + (long) CountMle.limit(problem, 0)
              + " elements");
    }
    int n = (int) elements;
    double w = data.totalWeight();
    double[] logs = new double[n];
    for (int k = 0; k < n; k++) {
      logs[k] = Math.log(k + 1.0);
    }
    double meanLog = MleFormulas.mean(data, Math::log);
    double exponent;
    double information = Double.NaN;
    if (!problem.isFree(1)) {
      exponent = problem.fixedValue(1);
    } else if (n == 1) {
      exponent = 1;
    } else {
      ZipfMoments moments = new ZipfMoments(logs);
      if (meanLog >= moments.mean(0)) {
        exponent = 0;
      } else if (meanLog == 0) {
        return MleFormulas.failure(
            FitFailure.Reason.DID_NOT_CONVERGE,
            "every value is 1: the exponent grows without bound");
      } else {
        exponent = ProfileNewton.positiveRoot(s -> meanLog - moments.mean(s), moments::variance, 1);
        information = w * moments.variance(exponent);
      }
    }
    double[][] info = AnalyticCovariance.diagonal(Double.NaN, information);
    return MleFormulas.withInformation(problem, new double[] {elements, exponent}, 0, info);
  }

  /** Mean and variance of ln K under zipf(N, s), for the last s asked. */
  private static final class ZipfMoments {
    private final double[] logs;
    private double at = Double.NaN;
    private double mean;
    private double variance;

    ZipfMoments(double[] logs) {
      this.logs = logs;
    }

    double mean(double s) {
      sums(s);
      return mean;
    }

    double variance(double s) {
      sums(s);
      return variance;
    }

    private void sums(double s) {
      if (s == at) {
        return;
      }
      double h = 0;
      double a = 0;
      double b = 0;
      for (double l : logs) {
        double e = Math.exp(-s * l);
        h += e;
        a += e * l;
        b += e * l * l;
      }
      mean = a / h;
      variance = Math.max(b / h - mean * mean, 0);
      at = s;
    }
  }

  static Optional<Estimation> hypergeometric(FitProblem problem, FitData data) {
    if (problem.freeCount() > 1) {
      return MleFormulas.failure(
          FitFailure.Reason.NOT_AVAILABLE,
          "two or more of population, successes and draws are free; fix the population and the"
              + " draws (for example --fix population=50 --fix draws=10) and successes is"
              + " estimated");
    }
    double big = problem.fixedValue(0);
    double succ = problem.fixedValue(1);
    double draws = problem.fixedValue(2);
    double min = data.min();
    double max = data.max();
    double w = data.totalWeight();
    long lo;
    long hi;
    LongToDoubleFunction diff;
    int free;
    if (problem.isFree(1) || problem.isFree(2)) {
      free = problem.isFree(1) ? 1 : 2;
      double other = free == 1 ? draws : succ;
      // symmetric in K and n: ℓ(m+1) − ℓ(m) = Σw [−log1p(−x/(m+1)) + log1p(−(o−x)/(N−m))]
      lo = (long) max;
      hi = (long) (big - other + min);
      diff =
          m ->
              data.weightedSum(
                  x -> -Math.log1p(-x / (m + 1)) + Math.log1p(-(other - x) / (big - m)));
    } else {
      free = 0;
      if (max > Math.min(succ, draws)) {
        return Bounds.check(0, Math.min(succ, draws), data);
      }
      if (max == 0) {
        return MleFormulas.failure(
            FitFailure.Reason.DID_NOT_CONVERGE,
            "every count is 0: the population has no finite estimate");
      }
      lo = (long) Math.max(Math.max(succ, draws), succ + draws - min);
      hi = (long) CountMle.limit(problem, 0);
      diff =
          m ->
              data.weightedSum(
                  x -> -Math.log1p(-(draws - x) / (m + 1 - succ)) + Math.log1p(-draws / (m + 1)));
    }
    if (lo > hi) {
      return MleFormulas.failure(
          FitFailure.Reason.OUTSIDE_SUPPORT,
          "no value of " + problem.family().parameters().get(free).name() + " holds every count");
    }
    double[] full = {big, succ, draws};
    full[free] = ProfileNewton.unimodalMaximum(diff, lo, hi);
    double[][] info = AnalyticCovariance.diagonal(Double.NaN, Double.NaN, Double.NaN);
    return MleFormulas.withInformation(problem, full, 0, info);
  }
}
