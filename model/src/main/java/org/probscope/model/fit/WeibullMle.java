package org.probscope.model.fit;

import java.util.Optional;

/**
 * Weibull maximum likelihood (Johnson, Kotz and Balakrishnan, <i>Continuous Univariate
 * Distributions</i> 1, §21.7). With both free the shape solves the profile equation
 *
 * <pre>g(k) = Σw xᵏ ln x / Σw xᵏ − 1/k − mean(ln x) = 0,</pre>
 *
 * which increases in k (g′ = Var(ln x) under the weights w xᵏ, plus 1/k²), so its one root is found
 * by safeguarded Newton from k₀ = π / (√6 sd(ln x)) (the shape whose log has that standard
 * deviation); the powers are taken as e^{k(ln x − ln max)} ≤ 1 so that no sum overflows at large
 * shapes. The scale is (Σw xᵏ / W)^{1/k}. With the scale fixed the log-likelihood is concave in k
 * and its score is solved the same way. Observed information at the estimate: I_kk = W/k² + Σw zᵏ
 * ln²z, I_kλ = −(k/λ) Σw zᵏ ln z, I_λλ = W k²/λ², z = x/λ.
 */
final class WeibullMle {

  private WeibullMle() {}

  static Optional<Estimation> estimate(FitProblem problem, FitData data) {
    int n = data.distinct();
    double[] logs = new double[n];
    double w = data.totalWeight();
    double meanLog = 0;
    for (int i = 0; i < n; i++) {
      logs[i] = Math.log(data.value(i));
      meanLog += data.weight(i) * logs[i];
    }
    meanLog /= w;
    double logMax = logs[n - 1];
    double shape;
    double logScale;
    if (!problem.isFree(1)) {
      double fixedLogScale = Math.log(problem.fixedValue(1));
      logScale = fixedLogScale;
      if (problem.isFree(0)) {
        double ml = meanLog;
        ScoreSums sums = new ScoreSums(data, logs, fixedLogScale);
        shape =
            ProfileNewton.positiveRoot(
                k -> -(w / k + w * (ml - fixedLogScale) - sums.s1(k)),
                k -> w / (k * k) + sums.s2(k),
                start(data, logs, meanLog));
      } else {
        shape = problem.fixedValue(0);
      }
    } else {
      ScoreSums sums = new ScoreSums(data, logs, logMax);
      if (problem.isFree(0)) {
        double gap = logMax - meanLog;
        shape =
            ProfileNewton.positiveRoot(
                k -> sums.s1(k) / sums.s0(k) + gap - 1 / k,
                k -> {
                  double m1 = sums.s1(k) / sums.s0(k);
                  return sums.s2(k) / sums.s0(k) - m1 * m1 + 1 / (k * k);
                },
                start(data, logs, meanLog));
      } else {
        shape = problem.fixedValue(0);
      }
      logScale = logMax + Math.log(sums.s0(shape) / w) / shape;
    }
    if (!(shape > 0) || !Double.isFinite(shape)) {
      return MleFormulas.failure(
          FitFailure.Reason.DID_NOT_CONVERGE, "the weibull shape equation has no positive root");
    }
    double scale = Math.exp(logScale);
    ScoreSums at = new ScoreSums(data, logs, logScale);
    double t1 = at.s1(shape);
    double t2 = at.s2(shape);
    double[][] info = {
      {w / (shape * shape) + t2, -(shape / scale) * t1},
      {-(shape / scale) * t1, w * shape * shape / (scale * scale)}
    };
    return MleFormulas.withInformation(problem, new double[] {shape, scale}, 0, info);
  }

  /** π / (√6 sd(ln x)): the shape of a Weibull whose ln x has the data's spread. */
  private static double start(FitData data, double[] logs, double meanLog) {
    double v = 0;
    for (int i = 0; i < logs.length; i++) {
      double d = logs[i] - meanLog;
      v += data.weight(i) * d * d;
    }
    double sd = Math.sqrt(v / data.totalWeight());
    return sd > 0 ? Math.PI / (Math.sqrt(6) * sd) : 1;
  }

  /**
   * Σw e^{k d}, Σw e^{k d} d, Σw e^{k d} d² with d = ln x − ln c, for the last k asked (Newton asks
   * value and derivative at the same k).
   */
  private static final class ScoreSums {
    private final FitData data;
    private final double[] logs;
    private final double logC;
    private double at = Double.NaN;
    private double s0;
    private double s1;
    private double s2;

    ScoreSums(FitData data, double[] logs, double logC) {
      this.data = data;
      this.logs = logs;
      this.logC = logC;
    }

    double s0(double k) {
      sums(k);
      return s0;
    }

    double s1(double k) {
      sums(k);
      return s1;
    }

    double s2(double k) {
      sums(k);
      return s2;
    }

    private void sums(double k) {
      if (k == at) {
        return;
      }
      double a = 0;
      double b = 0;
      double c = 0;
      for (int i = 0; i < logs.length; i++) {
        double d = logs[i] - logC;
        double e = data.weight(i) * Math.exp(k * d);
        a += e;
        b += e * d;
        c += e * d * d;
      }
      s0 = a;
      s1 = b;
      s2 = c;
      at = k;
    }
  }
}
