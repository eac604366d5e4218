package org.probscope.model.fit;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

/**
 * Covariance of the free parameters from an analytic information matrix over all parameters: the
 * inverse of its free block. A parameter whose estimate sits on the edge of the likelihood (a
 * uniform bound at the sample's minimum, pareto's scale) has no standard error; its row of the
 * information is NaN and its row and column of the covariance are NaN, the rest is the inverse of
 * the other parameters' block (their errors with it held at its estimate).
 */
final class AnalyticCovariance {

  private AnalyticCovariance() {}

  /**
   * @param information the (full, symmetric) information matrix −∂²ln L/∂θᵢ∂θⱼ at the estimate;
   *     rows of parameters without a standard error hold NaN on the diagonal
   */
  static double[][] of(FitProblem problem, double[][] information) {
    int k = problem.freeCount();
    int[] free = new int[k];
    int j = 0;
    for (int i = 0; i < problem.parameterCount(); i++) {
      if (problem.isFree(i)) {
        free[j++] = i;
      }
    }
    boolean[] defined = new boolean[k];
    int m = 0;
    for (int a = 0; a < k; a++) {
      defined[a] = Double.isFinite(information[free[a]][free[a]]);
      m += defined[a] ? 1 : 0;
    }
    double[][] out = new double[k][k];
    for (double[] row : out) {
      java.util.Arrays.fill(row, Double.NaN);
    }
    if (m == 0) {
      return out;
    }
    int[] idx = new int[m];
    int[] pos = new int[m];
    int t = 0;
    for (int a = 0; a < k; a++) {
      if (defined[a]) {
        idx[t] = free[a];
        pos[t++] = a;
      }
    }
    double[][] block = new double[m][m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        block[a][b] = information[idx[a]][idx[b]];
      }
    }
    try {
      RealMatrix inverse =
          new LUDecomposition(new Array2DRowRealMatrix(block)).getSolver().getInverse();
      for (int a = 0; a < m; a++) {
        for (int b = 0; b < m; b++) {
          out[pos[a]][pos[b]] = inverse.getEntry(a, b);
        }
      }
    } catch (SingularMatrixException e) {
      // a flat likelihood: the errors stay NaN
    }
    return out;
  }

  /** A diagonal information matrix (no correlation between the parameters' estimates). */
  static double[][] diagonal(double... information) {
    double[][] out = new double[information.length][information.length];
    for (int i = 0; i < information.length; i++) {
      out[i][i] = information[i];
    }
    return out;
  }
}
