package org.probscope.app.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.probscope.model.distribution.Parameter;
import org.probscope.model.fit.FitData;
import org.probscope.model.fit.FitOptions;
import org.probscope.model.fit.FitResult;
import org.probscope.model.fit.Fitter;
import org.probscope.model.fit.ParameterEstimate;

/**
 * The profile log-likelihood of one parameter around a fit: ln Lₚ(θ) = max over the other
 * parameters of ln L with the chosen one fixed at θ, each point a real refit ({@link Fitter#fit}
 * with that parameter fixed, the others re-estimated). The grid spans the estimate ± 3 standard
 * errors (± half the estimate when there is no standard error), kept inside the parameter's domain.
 * The 95% profile interval is where ln Lₚ ≥ ln L̂ − χ²₁(0.95)/2 = ln L̂ − 1.92 (Pawitan, <i>In All
 * Likelihood</i>, 2001, §2.6). Computed off the FX thread.
 *
 * @param parameter the parameter's name
 * @param estimate its estimate
 * @param maxLogLikelihood ln L̂ of the fit
 * @param values grid values where the refit succeeded, ascending
 * @param logLikelihoods ln Lₚ at those values
 * @param failed grid values where the refit failed (reported, not hidden)
 */
record LikelihoodProfile(
    String parameter,
    double estimate,
    double maxLogLikelihood,
    double[] values,
    double[] logLikelihoods,
    int failed) {

  /** χ²₁(0.95)/2: the drop in ln L that bounds the 95% profile interval. */
  static final double DROP_95 = 1.920729410347062;

  static final int POINTS = 31;

  /** The profile of {@code parameter}; stops early (with what it has) when cancelled. */
  static LikelihoodProfile of(
      FitResult fit, FitData data, FitOptions options, String parameter, BooleanSupplier cancel) {
    ParameterEstimate p =
        fit.parameters().stream()
            .filter(e -> e.name().equals(parameter))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no parameter " + parameter));
    // the fitted distribution's family: an affine fit's shift and scale are not the base's
    Parameter domain = fit.distribution().orElseThrow().family().parameter(parameter).orElseThrow();
    double half =
        Double.isFinite(p.standardError()) && p.standardError() > 0
            ? 3 * p.standardError()
            : 0.5 * Math.max(Math.abs(p.value()), 1e-3);
    FitOptions quiet = options.withGoodnessOfFit(false);
    List<double[]> points = new ArrayList<>();
    int failed = 0;
    for (int i = 0; i < POINTS && !cancel.getAsBoolean(); i++) {
      double v = p.value() - half + 2 * half * i / (POINTS - 1);
      if (i == POINTS / 2) {
        v = p.value();
      }
      if (domain.check(v).isPresent()) {
        continue; // outside the domain: no distribution to fit there
      }
      FitResult refit =
          Fitter.fit(fit.family(), data, quiet.withFixed(options.fixed().with(parameter, v)));
      if (refit.isOk() && Double.isFinite(refit.logLikelihood())) {
        points.add(new double[] {v, refit.logLikelihood()});
      } else {
        failed++;
      }
    }
    double[] values = points.stream().mapToDouble(a -> a[0]).toArray();
    double[] lnL = points.stream().mapToDouble(a -> a[1]).toArray();
    return new LikelihoodProfile(parameter, p.value(), fit.logLikelihood(), values, lnL, failed);
  }
}
