package org.probscope.model.fit;

import java.util.List;
import java.util.Objects;

/**
 * How to fit: the method, the parameters held fixed, the probabilities of quantile matching, the
 * distance of maximum goodness of fit, whether families without location and scale get them through
 * {@code affine(...)}, and whether the goodness-of-fit statistics of each fit are computed.
 * Immutable; {@code withX} returns a copy.
 *
 * @param method the estimation method
 * @param fixed parameters held fixed (names a family lacks are ignored for it)
 * @param probabilities quantile matching's probabilities, one per free parameter; empty for the
 *     default 1/(k+1), …, k/(k+1)
 * @param distance the distance maximum goodness of fit minimises
 * @param locationScale whether studentt, chisquared and f are fitted as {@code affine(family,
 *     shift, scale)} (SciPy's loc and scale, made explicit in the spec)
 * @param goodnessOfFit whether to compute KS, CvM and AD of each fit (as if the parameters were
 *     known; labelled so)
 */
public record FitOptions(
    FitMethod method,
    FixedParameters fixed,
    List<Double> probabilities,
    MgeDistance distance,
    boolean locationScale,
    boolean goodnessOfFit) {

  public FitOptions {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(fixed, "fixed");
    Objects.requireNonNull(distance, "distance");
    probabilities = List.copyOf(probabilities);
    for (int i = 0; i < probabilities.size(); i++) {
      double p = probabilities.get(i);
      if (!(p > 0 && p < 1)) {
        throw new IllegalArgumentException("quantile probabilities lie in (0, 1), got " + p);
      }
      // one equation repeated cannot fix a second parameter: the "fit" would be arbitrary
      if (probabilities.subList(0, i).contains(p)) {
        throw new IllegalArgumentException(
            "quantile probabilities must differ: " + p + " is given twice");
      }
    }
  }

  /** Maximum likelihood, nothing fixed, goodness of fit computed. */
  public static FitOptions defaults() {
    return new FitOptions(
        FitMethod.MLE, FixedParameters.none(), List.of(), MgeDistance.CVM, false, true);
  }

  public FitOptions withMethod(FitMethod m) {
    return new FitOptions(m, fixed, probabilities, distance, locationScale, goodnessOfFit);
  }

  public FitOptions withFixed(FixedParameters f) {
    return new FitOptions(method, f, probabilities, distance, locationScale, goodnessOfFit);
  }

  public FitOptions withProbabilities(List<Double> p) {
    return new FitOptions(method, fixed, p, distance, locationScale, goodnessOfFit);
  }

  public FitOptions withDistance(MgeDistance d) {
    return new FitOptions(method, fixed, probabilities, d, locationScale, goodnessOfFit);
  }

  public FitOptions withLocationScale(boolean on) {
    return new FitOptions(method, fixed, probabilities, distance, on, goodnessOfFit);
  }

  public FitOptions withGoodnessOfFit(boolean on) {
    return new FitOptions(method, fixed, probabilities, distance, locationScale, on);
  }
}
