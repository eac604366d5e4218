package org.probscope.model.fit;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.NonSymmetricMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Standard errors from the observed information: the inverse of −∂² ln L / ∂θᵢ∂θⱼ at the estimate,
 * over the free parameters in the family's own parameterisation (as {@code fitdistrplus}'s {@code
 * sd}, from {@code optim}'s Hessian). The Hessian is taken by central differences with Richardson
 * extrapolation (steps h and h/2, error O(h⁴)), h = 10⁻³·max(|θ|, spread); where the estimate sits
 * on the domain's edge or a neighbour is outside the support (uniform bounds, pareto's scale) the
 * information is not defined and the errors are NaN. Where the matrix is not positive definite (a
 * flat likelihood), the errors are NaN too, never a made-up number.
 */
final class ObservedInformation {

  private ObservedInformation() {}

  /**
   * The covariance matrix of the free parameters (row-major k×k), or empty (length 0) when the
   * information is not defined.
   */
  static double[][] covariance(
      FitProblem problem, FitData data, double[] estimate, double[] typicalSteps) {
    int k = problem.freeCount();
    if (k == 0) {
      return new double[0][0];
    }
    double[] free = problem.freeValues(estimate);
    double[] h = new double[k];
    int j = 0;
    for (int i = 0; i < estimate.length; i++) {
      if (problem.isFree(i)) {
        double base = Math.max(Math.abs(estimate[i]), typicalSteps[i] == 1 ? 0 : typicalSteps[i]);
        var p = problem.family().parameters().get(i);
        double room = Math.min(estimate[i] - p.lower(), p.upper() - estimate[i]);
        h[j++] = Math.min(1e-3 * (base > 0 ? base : 1e-3), room / 4);
      }
    }
    // the curvature of a large sample is that of its thinned stand-in to about 1/m²
    // (FitData.thinned)
    FitData curvature =
        data.distinct() > NumericMle.THIN_ABOVE ? data.thinned(NumericMle.CURVATURE_POINTS) : data;
    FreeParameterOptimizer.Objective objective = NumericMle.objective(problem, curvature);
    double[][] coarse = hessian(problem, objective, free, h, 1);
    double[][] fine = hessian(problem, objective, free, h, 0.5);
    if (coarse == null || fine == null) {
      return new double[0][0];
    }
    double[][] info = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        info[a][b] = -(4 * fine[a][b] - coarse[a][b]) / 3;
      }
    }
    try {
      RealMatrix inverse =
          new CholeskyDecomposition(new Array2DRowRealMatrix(info), 1e-9, 1e-14)
              .getSolver()
              .getInverse();
      return inverse.getData();
    } catch (NonPositiveDefiniteMatrixException | NonSymmetricMatrixException e) {
      return new double[0][0];
    }
  }

  /** Standard errors of the free parameters; NaN each when the information is not defined. */
  static double[] standardErrors(double[][] covariance, int k) {
    double[] se = new double[k];
    if (covariance.length != k) {
      Arrays.fill(se, Double.NaN);
      return se;
    }
    for (int i = 0; i < k; i++) {
      se[i] = covariance[i][i] > 0 ? Math.sqrt(covariance[i][i]) : Double.NaN;
    }
    return se;
  }

  private static double[][] hessian(
      FitProblem problem,
      FreeParameterOptimizer.Objective objective,
      double[] free,
      double[] baseSteps,
      double factor) {
    int k = free.length;
    double[] h = new double[k];
    for (int i = 0; i < k; i++) {
      h[i] = baseSteps[i] * factor;
    }
    double f0 = value(problem, objective, free);
    double[][] out = new double[k][k];
    for (int i = 0; i < k; i++) {
      double plus = value(problem, objective, shifted(free, i, h[i], -1, 0));
      double minus = value(problem, objective, shifted(free, i, -h[i], -1, 0));
      out[i][i] = (plus - 2 * f0 + minus) / (h[i] * h[i]);
      for (int j = i + 1; j < k; j++) {
        double pp = value(problem, objective, shifted(free, i, h[i], j, h[j]));
        double pm = value(problem, objective, shifted(free, i, h[i], j, -h[j]));
        double mp = value(problem, objective, shifted(free, i, -h[i], j, h[j]));
        double mm = value(problem, objective, shifted(free, i, -h[i], j, -h[j]));
        out[i][j] = (pp - pm - mp + mm) / (4 * h[i] * h[j]);
        out[j][i] = out[i][j];
      }
    }
    for (double[] row : out) {
      for (double v : row) {
        if (!Double.isFinite(v)) {
          return null;
        }
      }
    }
    return out;
  }

  private static double value(
      FitProblem problem, FreeParameterOptimizer.Objective objective, double[] free) {
    return objective.value(problem.fullValues(free));
  }

  private static double[] shifted(double[] t, int i, double di, int j, double dj) {
    double[] out = t.clone();
    out[i] += di;
    if (j >= 0) {
      out[j] += dj;
    }
    return out;
  }
}
