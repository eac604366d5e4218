package org.probscope.model.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.probscope.model.distribution.Parameter;

/**
 * Solves k matching equations rᵢ(θ) = 0 in the k free parameters of a {@link FitProblem} (moment or
 * quantile matching), or, when no exact solution exists, finds the least Σ rᵢ²: Nelder–Mead on −Σ
 * rᵢ² ({@link FreeParameterOptimizer}) from the best start, then damped Gauss–Newton steps with a
 * central-difference Jacobian in the optimiser's unconstrained coordinates ({@link
 * ParameterTransform}), which take the residuals from the simplex's 1e-7 down to rounding; the
 * simplex and Newton alternate while they gain. Each start is tried in turn (best first) until one
 * reaches an exact match: a start on the wrong branch of a piecewise quantile (a triangular's mode)
 * can leave the equations locally degenerate.
 */
final class MatchingSolver {

  /** The residuals at a full parameter vector; a non-finite entry where they are undefined. */
  @FunctionalInterface
  interface Residuals {
    double[] at(double[] full);
  }

  /** The best full vector, its Σ rᵢ², and the residual evaluations used. */
  record Match(double[] full, double sumOfSquares, int evaluations) {}

  private static final int MAX_EVALUATIONS = 3_000;
  private static final int MAX_NEWTON_STEPS = 60;
  private static final int MAX_ROUNDS = 4;

  /** No further start is tried once this many evaluations are spent. */
  private static final int MAX_TOTAL_EVALUATIONS = 20_000;

  /** Σ rᵢ² below this is an exact match (residuals near rounding). */
  private static final double EXACT = 1e-26;

  private final FitProblem problem;
  private final Residuals residuals;
  private final ParameterTransform[] transforms;
  private int evaluations;

  private MatchingSolver(FitProblem problem, Residuals residuals) {
    this.problem = problem;
    this.residuals = residuals;
    List<Parameter> parameters = problem.family().parameters();
    this.transforms = new ParameterTransform[problem.freeCount()];
    int k = 0;
    for (int i = 0; i < parameters.size(); i++) {
      if (problem.isFree(i)) {
        transforms[k++] = ParameterTransform.of(parameters.get(i));
      }
    }
  }

  /**
   * The least Σ rᵢ² from the best of {@code starts} (full vectors inside the domain).
   *
   * @param smooth whether the residuals are smooth (false for a discrete family's quantiles, whose
   *     steps leave only the simplex)
   */
  static Match solve(
      FitProblem problem,
      FitData data,
      Residuals residuals,
      List<double[]> starts,
      boolean smooth) {
    return new MatchingSolver(problem, residuals).run(data, starts, smooth);
  }

  /** Σ rᵢ², +∞ when a residual is not finite. */
  static double sumOfSquares(double[] r) {
    double s = 0;
    for (double v : r) {
      s += v * v;
    }
    return Double.isFinite(s) ? s : Double.POSITIVE_INFINITY;
  }

  private Match run(FitData data, List<double[]> starts, boolean smooth) {
    List<double[]> ordered = new ArrayList<>();
    for (double[] start : starts) {
      ordered.add(problem.withFixed(start));
    }
    ordered.sort(Comparator.comparingDouble(this::squares));
    Match best = null;
    for (double[] start : ordered) {
      Match m = from(data, start, smooth);
      if (best == null || m.sumOfSquares() < best.sumOfSquares()) {
        best = m;
      }
      if (best.sumOfSquares() <= EXACT || evaluations > MAX_TOTAL_EVALUATIONS) {
        break;
      }
    }
    return new Match(best.full(), best.sumOfSquares(), evaluations);
  }

  private Match from(FitData data, double[] start, boolean smooth) {
    double[] best = start;
    double bestValue = squares(start);
    if (smooth && bestValue > EXACT && Double.isFinite(bestValue)) {
      // Gauss–Newton alone from a good start (a closed-form or moment guess) is enough
      double[] full =
          problem.fullValues(toValues(gaussNewton(toFree(problem.freeValues(best)), bestValue)));
      double v = squares(full);
      if (v <= bestValue) {
        best = full;
        bestValue = v;
      }
    }
    for (int round = 0; round < MAX_ROUNDS && bestValue > EXACT; round++) {
      FreeParameterOptimizer.Optimum simplex =
          FreeParameterOptimizer.maximise(
              problem,
              best,
              StartingValues.typicalSteps(problem.family(), data),
              full -> -squares(full),
              MAX_EVALUATIONS,
              smooth ? new double[] {0.5, 0.05} : new double[] {0.5, 0.1, 0.02},
              false);
      evaluations += simplex.evaluations();
      double before = bestValue;
      if (-simplex.value() <= bestValue) {
        best = simplex.full();
        bestValue = -simplex.value();
      }
      if (smooth && bestValue > 0 && Double.isFinite(bestValue)) {
        double[] t = gaussNewton(toFree(problem.freeValues(best)), bestValue);
        double[] full = problem.fullValues(toValues(t));
        double v = squares(full);
        if (v <= bestValue) {
          best = full;
          bestValue = v;
        }
      }
      if (!(bestValue < before * 0.999)) {
        break;
      }
    }
    return new Match(best, bestValue, evaluations);
  }

  private double[] gaussNewton(double[] start, double startValue) {
    double[] t = start.clone();
    double value = startValue;
    double[] r = residualsAt(t);
    for (int iteration = 0; iteration < MAX_NEWTON_STEPS && value > 0; iteration++) {
      double[][] jacobian = jacobian(t, r.length);
      if (jacobian == null) {
        return t;
      }
      RealVector delta;
      try {
        delta =
            new QRDecomposition(new Array2DRowRealMatrix(jacobian, false), 1e-14)
                .getSolver()
                .solve(new ArrayRealVector(r))
                .mapMultiply(-1);
      } catch (SingularMatrixException e) {
        return t;
      }
      double[] next = null;
      double nextValue = value;
      for (double factor = 1; factor > 1e-6; factor /= 2) {
        double[] candidate = t.clone();
        for (int i = 0; i < t.length; i++) {
          candidate[i] += factor * delta.getEntry(i);
        }
        double v = sumOfSquares(residualsAt(candidate));
        if (v < value) {
          next = candidate;
          nextValue = v;
          break;
        }
      }
      if (next == null) {
        return t;
      }
      t = next;
      value = nextValue;
      r = residualsAt(t);
    }
    return t;
  }

  /** The residuals' central-difference Jacobian in t, rows per residual; null off the domain. */
  private double[][] jacobian(double[] t, int rows) {
    double[][] j = new double[rows][t.length];
    for (int c = 0; c < t.length; c++) {
      double h = 1e-6 * Math.max(1, Math.abs(t[c]));
      double[] plus = t.clone();
      double[] minus = t.clone();
      plus[c] += h;
      minus[c] -= h;
      double[] rp = residualsAt(plus);
      double[] rm = residualsAt(minus);
      for (int row = 0; row < rows; row++) {
        j[row][c] = (rp[row] - rm[row]) / (plus[c] - minus[c]);
        if (!Double.isFinite(j[row][c])) {
          return null;
        }
      }
    }
    return j;
  }

  private double squares(double[] full) {
    evaluations++;
    return sumOfSquares(residuals.at(full));
  }

  private double[] residualsAt(double[] t) {
    evaluations++;
    return residuals.at(problem.fullValues(toValues(t)));
  }

  private double[] toFree(double[] values) {
    double[] t = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      t[i] = transforms[i].toFree(values[i]);
    }
    return t;
  }

  private double[] toValues(double[] t) {
    double[] v = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      v[i] = transforms[i].toValue(t[i]);
    }
    return v;
  }
}
