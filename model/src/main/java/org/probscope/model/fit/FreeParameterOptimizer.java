package org.probscope.model.fit;

import java.util.List;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.probscope.model.distribution.Parameter;

/**
 * Maximises an objective over the free parameters of a {@link FitProblem}: Nelder–Mead (Commons
 * Math's {@code SimplexOptimizer}) in the unconstrained coordinates of {@link ParameterTransform},
 * restarted once from its optimum with a smaller simplex, then Newton steps with central-difference
 * derivatives until the predicted gain is below 1e-13 of the objective. The Newton polish is what
 * makes the optimum as good as SciPy's and R's (their Nelder–Mead and BFGS stop near 1e-8); a step
 * that does not increase the objective is halved, and if no step helps the simplex optimum stands.
 */
final class FreeParameterOptimizer {

  /** The function to maximise, at a full parameter vector; −∞ where it is undefined. */
  @FunctionalInterface
  interface Objective {
    double value(double[] full);
  }

  /** The best full vector found, its objective value, and the evaluations used. */
  record Optimum(double[] full, double value, int evaluations, boolean converged) {}

  private static final int MAX_NEWTON_STEPS = 30;

  private final FitProblem problem;
  private final Objective objective;
  private final ParameterTransform[] transforms;
  private final double[] steps;
  private int evaluations;

  /** The best point any evaluation saw, kept when a simplex run exhausts its budget. */
  private double[] bestSeen;

  private double bestSeenValue = Double.NEGATIVE_INFINITY;

  /**
   * @param typicalSteps for each parameter (full vector), a step of natural size in the optimiser's
   *     coordinates: 1 for a log- or logit-transformed parameter, the data's spread for a location
   */
  private FreeParameterOptimizer(FitProblem problem, Objective objective, double[] typicalSteps) {
    this.problem = problem;
    this.objective = objective;
    List<Parameter> parameters = problem.family().parameters();
    this.transforms = new ParameterTransform[problem.freeCount()];
    this.steps = new double[problem.freeCount()];
    int k = 0;
    for (int i = 0; i < parameters.size(); i++) {
      if (problem.isFree(i)) {
        transforms[k] = ParameterTransform.of(parameters.get(i));
        steps[k] = typicalSteps[i];
        k++;
      }
    }
  }

  /**
   * Maximises {@code objective} from {@code start} (a full vector inside the domain).
   *
   * @param maxEvaluations the evaluation budget of each simplex run
   * @param simplexScales the initial simplex sizes of successive Nelder–Mead runs, in units of the
   *     typical steps ({0.5, 0.05} from afar; none to only polish a start near the optimum)
   * @param polish whether to finish with Newton steps (for a smooth objective)
   */
  static Optimum maximise(
      FitProblem problem,
      double[] start,
      double[] typicalSteps,
      Objective objective,
      int maxEvaluations,
      double[] simplexScales,
      boolean polish) {
    return new FreeParameterOptimizer(problem, objective, typicalSteps)
        .run(start, maxEvaluations, simplexScales, polish);
  }

  private Optimum run(double[] start, int maxEvaluations, double[] simplexScales, boolean polish) {
    double[] t = toFree(problem.freeValues(problem.withFixed(start)));
    double value = valueAt(t);
    if (t.length == 0) {
      return new Optimum(problem.withFixed(start), value, evaluations, Double.isFinite(value));
    }
    boolean converged = true;
    for (double scale : simplexScales) {
      try {
        PointValuePair p = simplex(t, scale, maxEvaluations);
        converged = true;
        if (p.getValue() >= value) {
          t = p.getPoint();
          value = p.getValue();
        }
      } catch (TooManyEvaluationsException e) {
        // still climbing when the budget ran out (often along a ridge to an edge of the family):
        // go on from the best point seen, never back to the start; the next, smaller simplex or
        // the polish may still settle, otherwise the optimum is reported as not converged
        converged = false;
        if (bestSeenValue > value) {
          t = bestSeen.clone();
          value = bestSeenValue;
        }
      }
    }
    if (polish && Double.isFinite(value)) {
      Polish polished = newton(t, value);
      if (polished.value() >= value) {
        t = polished.point();
        value = polished.value();
      }
      converged |= polished.converged();
    }
    return new Optimum(
        problem.fullValues(toValues(t)), value, evaluations, converged && Double.isFinite(value));
  }

  /** Where the Newton polish stopped, and whether it stopped because the gain became negligible. */
  private record Polish(double[] point, double value, boolean converged) {}

  /**
   * Newton steps on a large sample from a start near its optimum, with the gradient of the full
   * objective and the Hessian of a thinned stand-in (the same total weight, so the same curvature
   * to about 1/m²): each step costs 2k full evaluations instead of 2k². Stops when a step no longer
   * increases the full objective by more than 1e-13 of it.
   */
  static Optimum refine(
      FitProblem problem,
      double[] start,
      double[] typicalSteps,
      Objective full,
      Objective curvature,
      int maxSteps) {
    FreeParameterOptimizer f = new FreeParameterOptimizer(problem, full, typicalSteps);
    FreeParameterOptimizer c = new FreeParameterOptimizer(problem, curvature, typicalSteps);
    double[] t = f.toFree(problem.freeValues(problem.withFixed(start)));
    double value = f.valueAt(t);
    for (int step = 0; step < maxSteps && Double.isFinite(value) && t.length > 0; step++) {
      double[] h = f.differenceSteps(t);
      double[] gradient = new double[t.length];
      for (int i = 0; i < t.length; i++) {
        double plus = f.valueAt(shifted(t, i, h[i], -1, 0));
        double minus = f.valueAt(shifted(t, i, -h[i], -1, 0));
        gradient[i] = (plus - minus) / (2 * h[i]);
      }
      double[][] hessian = new double[t.length][t.length];
      if (!c.derivatives(t, c.valueAt(t), h, new double[t.length], hessian)) {
        break;
      }
      Step next = f.newtonStep(t, value, gradient, hessian);
      if (next == null) {
        break;
      }
      t = next.point();
      value = next.value();
      // Newton converges quadratically: after a step whose predicted gain is this small, the
      // remaining error in the parameters is far below 1e-8 of their spread
      if (next.predictedGain() <= 1e-10 * (1 + Math.abs(value))) {
        break;
      }
    }
    return new Optimum(
        problem.fullValues(f.toValues(t)),
        value,
        f.evaluations + c.evaluations,
        Double.isFinite(value));
  }

  /** A damped Newton step taken: the new point, its objective, and the quadratic model's gain. */
  private record Step(double[] point, double value, double predictedGain) {}

  private double[] differenceSteps(double[] t) {
    double[] h = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      h[i] = 1e-4 * Math.max(steps[i], Math.abs(t[i]) * 1e-3);
    }
    return h;
  }

  /** A damped Newton step that does not lower the objective, or null. */
  private Step newtonStep(double[] t, double value, double[] gradient, double[][] hessian) {
    RealVector delta;
    try {
      delta =
          new LUDecomposition(new Array2DRowRealMatrix(hessian))
              .getSolver()
              .solve(new ArrayRealVector(gradient))
              .mapMultiply(-1);
    } catch (SingularMatrixException e) {
      return null;
    }
    double predicted = -0.5 * delta.dotProduct(new ArrayRealVector(gradient));
    for (double factor = 1; factor > 1e-4; factor /= 2) {
      double[] candidate = t.clone();
      for (int i = 0; i < t.length; i++) {
        candidate[i] += factor * delta.getEntry(i);
      }
      double v = valueAt(candidate);
      if (v >= value) {
        return new Step(candidate, v, Math.abs(predicted));
      }
    }
    return null;
  }

  private PointValuePair simplex(double[] t, double scale, int maxEvaluations) {
    double[] size = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      size[i] = scale * steps[i];
    }
    SimplexOptimizer optimizer = new SimplexOptimizer(1e-14, 1e-300);
    return optimizer.optimize(
        new MaxEval(maxEvaluations),
        new ObjectiveFunction(this::valueAt),
        GoalType.MAXIMIZE,
        new InitialGuess(t),
        new NelderMeadSimplex(size));
  }

  private Polish newton(double[] start, double startValue) {
    double[] t = start.clone();
    double value = startValue;
    for (int iteration = 0; iteration < MAX_NEWTON_STEPS; iteration++) {
      double[] h = new double[t.length];
      for (int i = 0; i < t.length; i++) {
        h[i] = 1e-4 * Math.max(steps[i], Math.abs(t[i]) * 1e-3);
      }
      double[] gradient = new double[t.length];
      double[][] hessian = new double[t.length][t.length];
      if (!derivatives(t, value, h, gradient, hessian)) {
        return new Polish(t, value, false);
      }
      RealVector delta;
      try {
        delta =
            new LUDecomposition(new Array2DRowRealMatrix(hessian))
                .getSolver()
                .solve(new ArrayRealVector(gradient))
                .mapMultiply(-1);
      } catch (SingularMatrixException e) {
        return new Polish(t, value, false);
      }
      double predicted = -0.5 * delta.dotProduct(new ArrayRealVector(gradient));
      double[] next = null;
      double nextValue = Double.NEGATIVE_INFINITY;
      for (double factor = 1; factor > 1e-4; factor /= 2) {
        double[] candidate = t.clone();
        for (int i = 0; i < t.length; i++) {
          candidate[i] += factor * delta.getEntry(i);
        }
        double v = valueAt(candidate);
        if (v >= value) {
          next = candidate;
          nextValue = v;
          break;
        }
      }
      if (next == null) {
        // no step raises the objective: converged if the model predicted no gain to be had
        return new Polish(t, value, Math.abs(predicted) <= 1e-8 * (1 + Math.abs(value)));
      }
      t = next;
      double gain = nextValue - value;
      value = nextValue;
      if (Math.abs(predicted) <= 1e-13 * (1 + Math.abs(value))
          && gain <= 1e-13 * (1 + Math.abs(value))) {
        return new Polish(t, value, true);
      }
    }
    return new Polish(t, value, false);
  }

  /** Central-difference gradient and Hessian; false when a neighbour is outside the domain. */
  private boolean derivatives(
      double[] t, double f0, double[] h, double[] gradient, double[][] hessian) {
    int k = t.length;
    double[] plus = new double[k];
    double[] minus = new double[k];
    for (int i = 0; i < k; i++) {
      plus[i] = valueAt(shifted(t, i, h[i], -1, 0));
      minus[i] = valueAt(shifted(t, i, -h[i], -1, 0));
      if (!Double.isFinite(plus[i]) || !Double.isFinite(minus[i])) {
        return false;
      }
      gradient[i] = (plus[i] - minus[i]) / (2 * h[i]);
      hessian[i][i] = (plus[i] - 2 * f0 + minus[i]) / (h[i] * h[i]);
    }
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        double pp = valueAt(shifted(t, i, h[i], j, h[j]));
        double pm = valueAt(shifted(t, i, h[i], j, -h[j]));
        double mp = valueAt(shifted(t, i, -h[i], j, h[j]));
        double mm = valueAt(shifted(t, i, -h[i], j, -h[j]));
        double v = (pp - pm - mp + mm) / (4 * h[i] * h[j]);
        if (!Double.isFinite(v)) {
          return false;
        }
        hessian[i][j] = v;
        hessian[j][i] = v;
      }
    }
    return true;
  }

  private static double[] shifted(double[] t, int i, double di, int j, double dj) {
    double[] out = t.clone();
    out[i] += di;
    if (j >= 0) {
      out[j] += dj;
    }
    return out;
  }

  private double valueAt(double[] t) {
    evaluations++;
    double v = objective.value(problem.fullValues(toValues(t)));
    if (v > bestSeenValue) {
      bestSeenValue = v;
      bestSeen = t.clone();
    }
    return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
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
