package org.probscope.model.fit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Family;
import org.probscope.model.gof.TestResult;

/**
 * One family fitted to data, or the reason it was not. For a fit: the distribution, each parameter
 * with its standard error, ln L, the information criteria (k = free parameters, n = Σw): AIC = 2k −
 * 2 ln L, AICc = AIC + 2k(k + 1)/(n − k − 1) (+∞ when n ≤ k + 1), BIC = k ln n − 2 ln L, and the
 * KS, Cramér–von Mises and Anderson–Darling tests of the data against the fit. Those tests'
 * p-values are computed as if the parameters had been known: they are too large (a fit is closer to
 * its own data than the true law is); {@link #pValuesAsIfKnown()} says so, and a parametric
 * bootstrap gives the corrected ones. Immutable.
 */
public final class FitResult {

  private final Family family;
  private final FitMethod method;
  private final Distribution distribution;
  private final List<ParameterEstimate> parameters;
  private final double[][] covariance;
  private final double logLikelihood;
  private final int freeParameters;
  private final double n;
  private final List<TestResult> tests;
  private final String testsUnavailable;
  private final FitFailure failure;
  private final int evaluations;

  private FitResult(Builder b) {
    this.family = Objects.requireNonNull(b.family);
    this.method = Objects.requireNonNull(b.method);
    this.distribution = b.distribution;
    this.parameters = List.copyOf(b.parameters);
    this.covariance = copy(b.covariance);
    this.logLikelihood = b.logLikelihood;
    this.freeParameters = b.freeParameters;
    this.n = b.n;
    this.tests = List.copyOf(b.tests);
    this.testsUnavailable = b.testsUnavailable;
    this.failure = b.failure;
    this.evaluations = b.evaluations;
  }

  /** A family that was not fitted. */
  public static FitResult failed(Family family, FitMethod method, double n, FitFailure failure) {
    Builder b = new Builder(family, method);
    b.failure = Objects.requireNonNull(failure);
    b.n = n;
    b.logLikelihood = Double.NaN;
    return new FitResult(b);
  }

  static Builder builder(Family family, FitMethod method) {
    return new Builder(family, method);
  }

  /**
   * The family asked for. With {@link FitOptions#locationScale()} a studentt, chisquared or f fit
   * is of {@code affine(family, shift, scale)} ({@link Fitter#fittedFamily}): then the
   * distribution's family is the affine one and {@link #parameters()} end with shift and scale.
   */
  public Family family() {
    return family;
  }

  public FitMethod method() {
    return method;
  }

  public boolean isOk() {
    return failure == null;
  }

  public Optional<FitFailure> failure() {
    return Optional.ofNullable(failure);
  }

  /** "ok" or the failure's status text (as {@code fit --json}'s {@code "status"}). */
  public String status() {
    return failure == null ? "ok" : failure.status();
  }

  /** The fitted distribution; empty when the fit failed. */
  public Optional<Distribution> distribution() {
    return Optional.ofNullable(distribution);
  }

  /** The fitted spec, or the family's name when the fit failed. */
  public String spec() {
    return distribution == null ? family.name() : distribution.spec();
  }

  /** Every parameter in the family's order (fixed ones marked); empty when the fit failed. */
  public List<ParameterEstimate> parameters() {
    return parameters;
  }

  /** The covariance of the free parameters (k×k, in their order), empty when not defined. */
  public double[][] covariance() {
    return copy(covariance);
  }

  public double logLikelihood() {
    return logLikelihood;
  }

  /** k, the number of estimated parameters. */
  public int freeParameters() {
    return freeParameters;
  }

  /** n of the information criteria: the number of rows, or Σw for weighted data. */
  public double n() {
    return n;
  }

  public double aic() {
    return isOk() ? 2 * freeParameters - 2 * logLikelihood : Double.NaN;
  }

  public double aicc() {
    if (!isOk()) {
      return Double.NaN;
    }
    double denominator = n - freeParameters - 1;
    return denominator > 0
        ? aic() + 2.0 * freeParameters * (freeParameters + 1) / denominator
        : Double.POSITIVE_INFINITY;
  }

  public double bic() {
    return isOk() ? freeParameters * Math.log(n) - 2 * logLikelihood : Double.NaN;
  }

  /** KS, CvM and AD of the data against the fit, in that order; empty when not computed. */
  public List<TestResult> tests() {
    return tests;
  }

  /** One of {@link #tests()} by criterion (KS, CVM or AD). */
  public Optional<TestResult> test(Criterion c) {
    int i =
        switch (c) {
          case KS -> 0;
          case CVM -> 1;
          case AD -> 2;
          default -> -1;
        };
    return i >= 0 && i < tests.size() ? Optional.of(tests.get(i)) : Optional.empty();
  }

  /** Why the tests were not computed (weighted data, a failed fit), or empty. */
  public Optional<String> testsUnavailable() {
    return Optional.ofNullable(testsUnavailable);
  }

  /**
   * Always true for the p-values of {@link #tests()}: they treat the estimated parameters as known,
   * so they are too large; a parametric bootstrap corrects them.
   */
  public boolean pValuesAsIfKnown() {
    return true;
  }

  /** The objective evaluations the estimate took (0 for a closed form). */
  public int evaluations() {
    return evaluations;
  }

  /** The value a ranking sorts by, oriented so that smaller is better; +∞ for a failed fit. */
  public double rankValue(Criterion c) {
    if (!isOk()) {
      return Double.POSITIVE_INFINITY;
    }
    double v =
        switch (c) {
          case AIC -> aic();
          case AICC -> aicc();
          case BIC -> bic();
          case LOG_LIKELIHOOD -> -logLikelihood;
          case KS, CVM, AD -> test(c).map(TestResult::statistic).orElse(Double.NaN);
        };
    return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
  }

  @Override
  public String toString() {
    return isOk() ? spec() + " lnL=" + logLikelihood : family.name() + ": " + status();
  }

  private static double[][] copy(double[][] m) {
    double[][] out = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      out[i] = m[i].clone();
    }
    return out;
  }

  /** Collects a successful fit's parts. */
  static final class Builder {
    private final Family family;
    private final FitMethod method;
    private Distribution distribution;
    private List<ParameterEstimate> parameters = List.of();
    private double[][] covariance = new double[0][0];
    private double logLikelihood;
    private int freeParameters;
    private double n;
    private List<TestResult> tests = List.of();
    private String testsUnavailable;
    private FitFailure failure;
    private int evaluations;

    private Builder(Family family, FitMethod method) {
      this.family = family;
      this.method = method;
    }

    Builder distribution(Distribution d) {
      this.distribution = d;
      return this;
    }

    Builder parameters(List<ParameterEstimate> p) {
      this.parameters = p;
      return this;
    }

    Builder covariance(double[][] c) {
      this.covariance = c;
      return this;
    }

    Builder logLikelihood(double v) {
      this.logLikelihood = v;
      return this;
    }

    Builder freeParameters(int k) {
      this.freeParameters = k;
      return this;
    }

    Builder n(double v) {
      this.n = v;
      return this;
    }

    Builder tests(List<TestResult> t) {
      this.tests = t;
      return this;
    }

    Builder testsUnavailable(String reason) {
      this.testsUnavailable = reason;
      return this;
    }

    Builder evaluations(int e) {
      this.evaluations = e;
      return this;
    }

    FitResult build() {
      return new FitResult(this);
    }
  }
}
