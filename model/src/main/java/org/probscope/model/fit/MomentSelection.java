package org.probscope.model.fit;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.probscope.model.distribution.Parameter;

/**
 * Which moments the method of moments matches: the lowest k of mean, variance, skewness and
 * kurtosis whose gradients in the k free parameters are linearly independent at the start (Gram–
 * Schmidt on central differences in the optimiser's coordinates). With every parameter free these
 * are the first k, as {@code mmedist}'s {@code order = 1:k}; a fixed parameter can make a low
 * moment immovable (a normal's mean with the mean fixed), and then the next one is used.
 */
final class MomentSelection {

  private static final double INDEPENDENT = 1e-6;

  private MomentSelection() {}

  /** The 0-based moment orders, or empty when fewer than k moments move independently. */
  static Optional<int[]> orders(
      FitProblem problem, double[] start, Function<double[], double[]> moments) {
    int k = problem.freeCount();
    List<Parameter> parameters = problem.family().parameters();
    double[] free = problem.freeValues(problem.withFixed(start));
    ParameterTransform[] transforms = new ParameterTransform[k];
    int c = 0;
    for (int i = 0; i < parameters.size(); i++) {
      if (problem.isFree(i)) {
        transforms[c++] = ParameterTransform.of(parameters.get(i));
      }
    }
    double[][] gradients = new double[4][k];
    double[] base = moments.apply(problem.withFixed(start));
    for (int j = 0; j < k; j++) {
      double t = transforms[j].toFree(free[j]);
      double h = 1e-5 * Math.max(1, Math.abs(t));
      double[] plus = free.clone();
      double[] minus = free.clone();
      plus[j] = transforms[j].toValue(t + h);
      minus[j] = transforms[j].toValue(t - h);
      double[] mp = moments.apply(problem.fullValues(plus));
      double[] mm = moments.apply(problem.fullValues(minus));
      for (int o = 0; o < 4; o++) {
        double scale = Math.max(Math.abs(base[o]), 1);
        gradients[o][j] = (mp[o] - mm[o]) / (2 * h * scale);
      }
    }
    int[] picked = new int[k];
    double[][] basis = new double[k][];
    int n = 0;
    for (int o = 0; o < 4 && n < k; o++) {
      double[] g = gradients[o].clone();
      if (!finite(g)) {
        continue;
      }
      double norm = norm(g);
      for (int b = 0; b < n; b++) {
        double dot = 0;
        for (int j = 0; j < k; j++) {
          dot += g[j] * basis[b][j];
        }
        for (int j = 0; j < k; j++) {
          g[j] -= dot * basis[b][j];
        }
      }
      double rest = norm(g);
      if (norm > 0 && rest > INDEPENDENT * norm) {
        for (int j = 0; j < k; j++) {
          g[j] /= rest;
        }
        basis[n] = g;
        picked[n++] = o;
      }
    }
    return n == k ? Optional.of(picked) : Optional.empty();
  }

  private static boolean finite(double[] g) {
    for (double v : g) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }

  private static double norm(double[] g) {
    double s = 0;
    for (double v : g) {
      s += v * v;
    }
    return Math.sqrt(s);
  }
}
