package org.probscope.model.fit;

import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.NonSymmetricMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Quasi-Newton steps on the full data with the closed-form score of {@link LogDensityScore}: each
 * step reads every value once (ln L and its gradient together). The Hessian starts from central
 * differences of the score on a stand-in of the data ({@link FitData#thinnedWithTails}: the same
 * total weight, the extreme values kept, so nearly the same curvature) and is corrected after each
 * step by the BFGS update with the full data's change of score, so the steps converge superlinearly
 * to the full data's optimum. A step that does not increase ln L is halved; the iteration stops
 * when the quadratic model predicts a gain below 1e-15 of ln L (about what a sum over 10⁶ values
 * resolves). The covariance is the inverse of the negative Hessian at the optimum on the stand-in,
 * as {@link ObservedInformation}'s, from differences of the score instead of ln L (error O(h²), h =
 * 1e-5 of the parameter).
 */
final class ScoreNewton {

  /**
   * The optimum, ln L there (by the closed form), the full passes read, the covariance, and the
   * number of steps that raised ln L, or 1 when the start was already optimal (0: the start's
   * curvature was not negative definite, or no step raised ln L).
   */
  record Result(
      double[] full, double value, int passes, Optional<double[][]> covariance, int steps) {}

  private static final int MAX_STEPS = 30;

  private final FitProblem problem;
  private final LogDensityScore score;
  private final int[] free;
  private int passes;

  private ScoreNewton(FitProblem problem, LogDensityScore score) {
    this.problem = problem;
    this.score = score;
    this.free = new int[problem.freeCount()];
    int k = 0;
    for (int i = 0; i < problem.parameterCount(); i++) {
      if (problem.isFree(i)) {
        free[k++] = i;
      }
    }
  }

  /**
   * Maximises ln L on {@code data} from {@code start} (a full vector near the optimum, such as the
   * simplex's on the thinned data); empty when ln L is not finite there.
   */
  static Optional<Result> maximise(
      FitProblem problem, LogDensityScore score, double[] start, FitData data, FitData curvature) {
    return new ScoreNewton(problem, score).run(problem.withFixed(start), data, curvature);
  }

  private Optional<Result> run(double[] start, FitData data, FitData curvature) {
    double[] theta = start;
    double[] at = pass(theta, data);
    if (at == null) {
      return Optional.empty();
    }
    double[][] hessian = hessian(theta, curvature);
    int accepted = 0;
    for (int step = 0; step < MAX_STEPS && hessian != null; step++) {
      double[] delta = ascent(hessian, at);
      if (delta == null) {
        break;
      }
      double predicted = 0;
      for (int a = 0; a < free.length; a++) {
        predicted += 0.5 * delta[a] * at[1 + free[a]];
      }
      // a gain this small is below what the sum over 10⁶ values resolves: one last full step
      boolean last = Math.abs(predicted) <= 1e-15 * (1 + Math.abs(at[0]));
      double[] next = null;
      double[] nextAt = null;
      double taken = 0;
      for (double factor = 1; factor > (last ? 0.5 : 1e-3); factor /= 2) {
        double[] candidate = theta.clone();
        for (int a = 0; a < free.length; a++) {
          candidate[free[a]] += factor * delta[a];
        }
        double[] c = pass(candidate, data);
        if (c != null && c[0] >= at[0]) {
          next = candidate;
          nextAt = c;
          taken = factor;
          break;
        }
      }
      if (next == null) {
        // at the start's optimum already, to what the sum resolves
        accepted += last ? 1 : 0;
        break;
      }
      update(hessian, delta, taken, at, nextAt);
      theta = next;
      accepted++;
      at = nextAt;
      if (last) {
        break;
      }
    }
    hessian = hessian(theta, curvature);
    return Optional.of(new Result(theta, at[0], passes, covariance(hessian), accepted));
  }

  /**
   * The BFGS update of the Hessian after the step {@code factor·delta} (Nocedal and Wright,
   * <i>Numerical Optimization</i>, 2nd ed., (6.19), for B = −H): the thinned data's curvature is
   * corrected by the full data's change of score, so that the steps converge superlinearly to the
   * full data's optimum. Skipped when the change of score does not show curvature (yᵀs ≤ 0).
   */
  private void update(
      double[][] hessian, double[] delta, double factor, double[] before, double[] after) {
    int k = free.length;
    double[] s = new double[k];
    double[] y = new double[k];
    double ys = 0;
    for (int a = 0; a < k; a++) {
      s[a] = factor * delta[a];
      y[a] = before[1 + free[a]] - after[1 + free[a]];
      ys += y[a] * s[a];
    }
    double[] bs = new double[k];
    double sbs = 0;
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        bs[a] -= hessian[a][b] * s[b];
      }
      sbs += s[a] * bs[a];
    }
    if (!(ys > 0) || !(sbs > 0)) {
      return;
    }
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        hessian[a][b] -= y[a] * y[b] / ys - bs[a] * bs[b] / sbs;
      }
    }
  }

  /** The Newton step −H⁻¹g over the free parameters, or null when H is not negative definite. */
  private double[] ascent(double[][] hessian, double[] at) {
    int k = free.length;
    double[][] negative = new double[k][k];
    double[] gradient = new double[k];
    for (int a = 0; a < k; a++) {
      gradient[a] = at[1 + free[a]];
      for (int b = 0; b < k; b++) {
        negative[a][b] = -hessian[a][b];
      }
    }
    try {
      return new CholeskyDecomposition(new Array2DRowRealMatrix(negative), 1e-12, 1e-15)
          .getSolver()
          .solve(new org.apache.commons.math3.linear.ArrayRealVector(gradient))
          .toArray();
    } catch (NonPositiveDefiniteMatrixException | NonSymmetricMatrixException e) {
      return null;
    }
  }

  private static Optional<double[][]> covariance(double[][] hessian) {
    if (hessian == null) {
      return Optional.empty();
    }
    int k = hessian.length;
    double[][] info = new double[k][k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        info[a][b] = -hessian[a][b];
      }
    }
    try {
      RealMatrix inverse =
          new CholeskyDecomposition(new Array2DRowRealMatrix(info), 1e-9, 1e-14)
              .getSolver()
              .getInverse();
      return Optional.of(inverse.getData());
    } catch (NonPositiveDefiniteMatrixException | NonSymmetricMatrixException e) {
      return Optional.empty();
    }
  }

  /**
   * ∂²ln L/∂θₐ∂θ_b over the free parameters by central differences of the score on {@code
   * curvature}, symmetrised; null when a neighbour is outside the domain.
   */
  private double[][] hessian(double[] theta, FitData curvature) {
    int k = free.length;
    double[][] h = new double[k][k];
    for (int b = 0; b < k; b++) {
      int j = free[b];
      boolean bounded = Double.isFinite(problem.family().parameters().get(j).lower());
      double step =
          1e-5 * (bounded ? Math.abs(theta[j]) : Math.max(Math.abs(theta[j]), spread(theta)));
      double[] plus = theta.clone();
      double[] minus = theta.clone();
      plus[j] += step;
      minus[j] -= step;
      double[] gp = pass(plus, curvature);
      double[] gm = pass(minus, curvature);
      if (gp == null || gm == null) {
        return null;
      }
      for (int a = 0; a < k; a++) {
        h[a][b] = (gp[1 + free[a]] - gm[1 + free[a]]) / (2 * step);
      }
    }
    for (int a = 0; a < k; a++) {
      for (int b = a + 1; b < k; b++) {
        double v = (h[a][b] + h[b][a]) / 2;
        h[a][b] = v;
        h[b][a] = v;
      }
    }
    return h;
  }

  /** A natural size for a location near 0: the scale parameter, else 1. */
  private double spread(double[] theta) {
    int scale = problem.family().indexOf("scale");
    return scale >= 0 ? theta[scale] : 1;
  }

  /**
   * {ln L, ∂ln L/∂θ₀, …} at a full vector, over both cores in the fixed blocks of {@link
   * LogLikelihood} (added in order, so the result does not depend on the thread count); null when
   * the vector is outside the domain or a value has zero density.
   */
  private double[] pass(double[] theta, FitData data) {
    if (problem.distribution(theta).isEmpty()) {
      return null;
    }
    LogDensityScore.Point point = score.at(theta);
    if (point == null) {
      return null;
    }
    passes += data.distinct() > NumericMle.CURVATURE_POINTS + 2 * NumericMle.CURVATURE_TAIL ? 1 : 0;
    int p = theta.length;
    int n = data.distinct();
    int blocks = (n + LogLikelihood.BLOCK - 1) / LogLikelihood.BLOCK;
    double[][] sums =
        IntStream.range(0, blocks)
            .parallel()
            .mapToObj(
                b ->
                    block(
                        point,
                        data,
                        p,
                        b * LogLikelihood.BLOCK,
                        Math.min(n, (b + 1) * LogLikelihood.BLOCK)))
            .toArray(double[][]::new);
    double[] out = new double[p + 1];
    for (double[] s : sums) {
      for (int i = 0; i <= p; i++) {
        out[i] += s[i];
      }
    }
    return Double.isFinite(out[0]) ? out : null;
  }

  private static double[] block(
      LogDensityScore.Point point, FitData data, int p, int from, int to) {
    double[] gradient = new double[p + 1];
    double value = 0;
    for (int i = from; i < to; i++) {
      double w = data.weight(i);
      double v = point.add(data.value(i), w, gradient);
      if (!(v > Double.NEGATIVE_INFINITY)) {
        value = Double.NEGATIVE_INFINITY;
        break;
      }
      value += w * v;
    }
    double[] out = new double[p + 1];
    out[0] = value;
    System.arraycopy(gradient, 0, out, 1, p);
    return out;
  }
}
