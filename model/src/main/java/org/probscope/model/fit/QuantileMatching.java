package org.probscope.model.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Parameter;

/**
 * Quantile matching, as {@code fitdistrplus::qmedist}: the free parameters minimise Σᵢ (F⁻¹(pᵢ) −
 * q̂(pᵢ))², q̂ being the sample's type-7 quantile ({@link FitData#quantile}) at the probabilities
 * of {@link FitOptions#probabilities()} (one per free parameter; by default 1/(k+1), …, k/(k+1)).
 * With as many probabilities as free parameters the minimum is usually 0: the fit's quantiles hit
 * the sample's. Closed forms where the quantile is linear in the parameters after a transform
 * ({@link QuantileFormulas}); otherwise {@link MatchingSolver} on the residuals (F⁻¹(pᵢ) − q̂ᵢ)/s,
 * s the data's spread (the same minimiser). A discrete family's quantile is a step function: only
 * the simplex moves it, and the minimiser need not be unique.
 */
final class QuantileMatching implements Estimator {

  private final List<Double> probabilities;

  QuantileMatching(List<Double> probabilities) {
    this.probabilities = List.copyOf(probabilities);
  }

  /** The probabilities used for k free parameters: the given ones, or 1/(k+1), …, k/(k+1). */
  double[] probabilities(int k) {
    double[] p = new double[probabilities.isEmpty() ? k : probabilities.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = probabilities.isEmpty() ? (i + 1.0) / (k + 1) : probabilities.get(i);
    }
    return p;
  }

  @Override
  public Estimation estimate(FitProblem problem, FitData data) {
    int k = problem.freeCount();
    double[] p = probabilities(k);
    if (p.length != k) {
      return Estimation.failed(
          FitFailure.of(
              FitFailure.Reason.NOT_AVAILABLE,
              "quantile matching takes one probability per free parameter: "
                  + k
                  + " free, "
                  + p.length
                  + " given"));
    }
    List<Parameter> parameters = problem.family().parameters();
    for (int i = 0; i < parameters.size(); i++) {
      if (problem.isFree(i) && parameters.get(i).integer()) {
        return Estimation.failed(
            FitFailure.of(
                FitFailure.Reason.NOT_AVAILABLE,
                "the whole-number parameter " + parameters.get(i).name() + " must be fixed"));
      }
    }
    double[] q = new double[k];
    for (int i = 0; i < k; i++) {
      q[i] = data.quantile(p[i]);
    }
    Optional<Estimation> closed = QuantileFormulas.estimate(problem, p, q);
    if (closed.isPresent()) {
      return closed.get();
    }
    double spread = spread(data);
    MatchingSolver.Residuals residuals = full -> residuals(problem, full, p, q, spread);
    MatchingSolver.Match match =
        MatchingSolver.solve(
            problem, data, residuals, starts(problem, data), !problem.family().isDiscrete());
    if (!Double.isFinite(match.sumOfSquares())) {
      return Estimation.failed(
          FitFailure.of(
              FitFailure.Reason.DID_NOT_CONVERGE,
              "no parameter values give finite quantiles at "
                  + String.format(Locale.ROOT, "%s", java.util.Arrays.toString(p))));
    }
    return Estimation.of(match.full(), match.evaluations());
  }

  /** The method-of-moments estimate (when it exists) and {@link StartingValues}' candidates. */
  private static List<double[]> starts(FitProblem problem, FitData data) {
    List<double[]> starts = new ArrayList<>();
    Estimation mm = MomentMatching.INSTANCE.estimate(problem, data);
    if (mm.succeeded()) {
      starts.add(mm.values());
    }
    starts.addAll(StartingValues.candidates(problem, data));
    return starts;
  }

  /** fitdistrplus's objective Σ (F⁻¹(pᵢ) − q̂ᵢ)² at a full vector; +∞ when invalid. */
  static double objective(FitProblem problem, double[] full, double[] p, double[] q) {
    return MatchingSolver.sumOfSquares(residuals(problem, full, p, q, 1));
  }

  private static double[] residuals(
      FitProblem problem, double[] full, double[] p, double[] q, double spread) {
    double[] r = new double[p.length];
    Optional<Distribution> d = problem.distribution(full);
    for (int i = 0; i < p.length; i++) {
      double v = d.isPresent() ? (d.get().quantile(p[i]) - q[i]) / spread : Double.NaN;
      r[i] = Double.isFinite(v) ? v : Double.POSITIVE_INFINITY;
    }
    return r;
  }

  private static double spread(FitData data) {
    double s = data.quantile(0.75) - data.quantile(0.25);
    if (!(s > 0)) {
      s = Math.sqrt(data.variance());
    }
    return s > 0 ? s : Math.max(Math.abs(data.mean()), 1);
  }
}
