package org.probscope.model.fit;

import java.util.Objects;
import java.util.Optional;

/**
 * What an estimator returns: the full parameter vector (fixed values included) or the reason it
 * found none. {@code evaluations} counts objective evaluations (0 for a closed form), reported so
 * that a slow fit can be explained.
 */
public final class Estimation {

  private final double[] values;
  private final FitFailure failure;
  private final int evaluations;
  private final double[][] covariance;
  private final double[] standardErrors;

  private Estimation(
      double[] values,
      FitFailure failure,
      int evaluations,
      double[][] covariance,
      double[] standardErrors) {
    this.values = values;
    this.failure = failure;
    this.evaluations = evaluations;
    this.covariance = covariance;
    this.standardErrors = standardErrors;
  }

  public static Estimation of(double[] values, int evaluations) {
    for (double v : values) {
      if (!Double.isFinite(v)) {
        return failed(
            FitFailure.of(
                FitFailure.Reason.DID_NOT_CONVERGE, "an estimate is not a finite number"));
      }
    }
    return new Estimation(values.clone(), null, evaluations, null, null);
  }

  public static Estimation failed(FitFailure failure) {
    return new Estimation(null, Objects.requireNonNull(failure), 0, null, null);
  }

  public boolean succeeded() {
    return failure == null;
  }

  /** The full parameter vector; throws when the estimation failed. */
  public double[] values() {
    if (values == null) {
      throw new IllegalStateException("no estimate: " + failure.detail());
    }
    return values.clone();
  }

  public Optional<FitFailure> failure() {
    return Optional.ofNullable(failure);
  }

  public int evaluations() {
    return evaluations;
  }

  /**
   * The same estimate with its covariance matrix over the free parameters (k×k, in their order)
   * from an analytic information matrix, used instead of the numerical Hessian; for a likelihood
   * that is not smooth at its maximum (laplace's location at the median) the asymptotic one.
   */
  public Estimation withCovariance(double[][] k) {
    if (failure != null) {
      return this;
    }
    double[][] copy = new double[k.length][];
    for (int i = 0; i < k.length; i++) {
      copy[i] = k[i].clone();
    }
    return new Estimation(values, null, evaluations, copy, standardErrors);
  }

  /**
   * The same estimate with the standard errors of its free parameters given directly, for a
   * covariance whose entries underflow or overflow where the errors do not (data near 1e-300: an
   * error of 1e-301 has a variance of 1e-602).
   */
  public Estimation withStandardErrors(double[] se) {
    if (failure != null) {
      return this;
    }
    return new Estimation(values, null, evaluations, covariance, se.clone());
  }

  /** The standard errors given by {@link #withStandardErrors}, if any. */
  public Optional<double[]> standardErrors() {
    return Optional.ofNullable(standardErrors).map(double[]::clone);
  }

  /** The analytic covariance, when the estimator gave one. */
  public Optional<double[][]> covariance() {
    return Optional.ofNullable(covariance);
  }
}
