package org.probscope.model.fit;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.probscope.model.distribution.AffineFamily;
import org.probscope.model.distribution.Family;
import org.probscope.model.distribution.Parameter;

/**
 * Fitting data of extreme scale (|x| near 1e-300 or 1e300) on the data divided by a power of two
 * 2^k that brings them near 1, for the families whose parameters follow a change of scale (X = 2^k
 * Y: locations, scales and ends multiply by 2^k, a rate divides, lognormal's mu adds k ln 2, shapes
 * and dfs stay). Dividing by 2^k is exact, and the optimisers' steps, tolerances and the library's
 * reliable ranges are set for data near 1: before, levy, triangular and studentt fits of values
 * near 1e-300 stopped short of their maximum (ln L 3.35, 0.75 and 0.21 below the fit of the same
 * data × 1e300 mapped back) and cauchy's scale "ran to 1e-300". The estimate and its covariance are
 * mapped back; the log-likelihood and the tests are then computed on the original values.
 */
final class Rescaling {

  /** Rescale when the data's largest |x| lies outside [2^-100, 2^100] (about 1e∓30). */
  static final int EXTREME_EXPONENT = 100;

  private static final Set<String> MULTIPLY =
      Set.of("location", "scale", "shift", "lower", "upper", "mode", "mean", "sd");
  private static final Set<String> UNCHANGED = Set.of("shape", "df", "df1", "df2", "sigma");

  /**
   * Scale families: every parameter follows a change of scale (beta's [0, 1] does not, nor a plain
   * t).
   */
  private static final Set<String> FAMILIES =
      Set.of(
          "normal",
          "lognormal",
          "exponential",
          "gamma",
          "weibull",
          "uniform",
          "triangular",
          "truncatednormal",
          "laplace",
          "logistic",
          "cauchy",
          "gumbel",
          "levy",
          "pareto");

  private final FitProblem problem;
  private final int k;
  private final double[] factors;
  private final double[] offsets;

  private Rescaling(FitProblem problem, int k, double[] factors, double[] offsets) {
    this.problem = problem;
    this.k = k;
    this.factors = factors;
    this.offsets = offsets;
  }

  /** The rescaling for {@code problem} on {@code data}; empty when the data are not extreme. */
  static Optional<Rescaling> of(FitProblem problem, FitData data) {
    int k = data.scaleExponent();
    Family family = problem.family();
    boolean scaleFamily =
        FAMILIES.contains(family.name())
            || AffineFamily.baseOf(family).filter(b -> !b.isDiscrete()).isPresent();
    if (Math.abs(k) <= EXTREME_EXPONENT || family.isDiscrete() || !scaleFamily) {
      return Optional.empty();
    }
    List<Parameter> parameters = family.parameters();
    double[] factors = new double[parameters.size()];
    double[] offsets = new double[parameters.size()];
    for (int i = 0; i < factors.length; i++) {
      String name = parameters.get(i).name();
      if (family.name().equals("lognormal") && name.equals("mu")) {
        factors[i] = 1;
        offsets[i] = k * Math.log(2);
      } else if (MULTIPLY.contains(name)) {
        factors[i] = Math.scalb(1.0, k);
      } else if (name.equals("rate")) {
        factors[i] = Math.scalb(1.0, -k);
      } else if (UNCHANGED.contains(name) || AffineFamily.baseOf(family).isPresent()) {
        factors[i] = 1;
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new Rescaling(problem, k, factors, offsets));
  }

  /**
   * Estimates on the rescaled data and maps the estimate back; a failure is passed on with the
   * rescaling named (its figures are those of the rescaled data).
   */
  Estimation estimate(Estimator estimator, FitData data, boolean information) {
    FixedParameters fixed = FixedParameters.none();
    List<Parameter> parameters = problem.family().parameters();
    for (int i = 0; i < parameters.size(); i++) {
      if (!problem.isFree(i)) {
        fixed = fixed.with(parameters.get(i).name(), toScaled(i, problem.fixedValue(i)));
      }
    }
    var scaledProblem = FitProblem.of(problem.family(), fixed);
    if (!scaledProblem.isValid()) {
      return Estimation.failed(
          FitFailure.of(FitFailure.Reason.INVALID_FIXED, scaledProblem.message()));
    }
    FitData scaledData = data.scaledBy(k);
    FitProblem inner = scaledProblem.orElseThrow();
    Estimation e = estimator.estimate(inner, scaledData);
    if (!e.succeeded()) {
      FitFailure f = e.failure().orElseThrow();
      return Estimation.failed(
          new FitFailure(
              f.reason(),
              f.offending(),
              f.example(),
              f.detail() + " (fitted to the data divided by 2^" + k + ")"));
    }
    double[] scaled = e.values();
    double[] full = new double[scaled.length];
    for (int i = 0; i < full.length; i++) {
      full[i] = problem.isFree(i) ? factors[i] * scaled[i] + offsets[i] : problem.fixedValue(i);
    }
    Estimation back = Estimation.of(full, e.evaluations());
    if (!information || !back.succeeded()) {
      return back;
    }
    // the information on the rescaled data, where its difference steps are of natural size
    double[][] c =
        e.covariance()
            .orElseGet(
                () ->
                    ObservedInformation.covariance(
                        inner,
                        scaledData,
                        scaled,
                        StartingValues.typicalSteps(inner.family(), scaledData)));
    double[] se = ObservedInformation.standardErrors(c, inner.freeCount());
    int a = 0;
    for (int i = 0; i < factors.length && a < se.length; i++) {
      if (problem.isFree(i)) {
        se[a++] *= factors[i];
      }
    }
    return back.withCovariance(covariance(c)).withStandardErrors(se);
  }

  private double toScaled(int i, double value) {
    return (value - offsets[i]) / factors[i];
  }

  /** The covariance over the free parameters, each multiplied by its factor. */
  private double[][] covariance(double[][] scaled) {
    int m = scaled.length;
    double[] f = new double[m];
    int a = 0;
    for (int i = 0; i < factors.length && a < m; i++) {
      if (problem.isFree(i)) {
        f[a++] = factors[i];
      }
    }
    double[][] out = new double[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        out[i][j] = scaled[i][j] * f[i] * f[j];
      }
    }
    return out;
  }
}
