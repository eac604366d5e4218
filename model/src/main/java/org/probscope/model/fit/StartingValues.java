package org.probscope.model.fit;

import java.util.ArrayList;
import java.util.List;
import org.probscope.model.distribution.Family;
import org.probscope.model.distribution.Parameter;

/**
 * Where an optimiser starts: candidate parameter vectors (the family's defaults, a guess from the
 * parameters' names and the data's location and spread, and the family's own moment or quantile
 * estimates when {@link MomentStarts} has them), of which the one with the highest objective is
 * taken.
 */
final class StartingValues {

  private StartingValues() {}

  /** Candidate full vectors (fixed values in place), each inside the parameters' domains. */
  static List<double[]> candidates(FitProblem problem, FitData data) {
    Family family = problem.family();
    List<double[]> out = new ArrayList<>();
    MomentStarts.of(problem, data).ifPresent(v -> out.add(problem.withFixed(v)));
    double[] named = byName(family, data);
    out.add(problem.withFixed(named));
    int shift = family.indexOf("shift");
    if (shift >= 0) {
      // an affine form of a base bounded below (chisquared, f) needs every point above its shift
      double[] below = named.clone();
      below[shift] = data.min() - spread(data);
      out.add(problem.withFixed(below));
    }
    out.add(problem.withFixed(family.defaults()));
    return out;
  }

  /**
   * For each parameter (full vector) a step of natural size in the optimiser's coordinates: the
   * data's spread for a parameter on the whole line (a location), 1 for a transformed one.
   */
  static double[] typicalSteps(Family family, FitData data) {
    double spread = spread(data);
    List<Parameter> parameters = family.parameters();
    double[] steps = new double[parameters.size()];
    for (int i = 0; i < steps.length; i++) {
      Parameter p = parameters.get(i);
      boolean unbounded =
          Double.isInfinite(Math.max(p.lower(), p.limitMin()))
              && Double.isInfinite(Math.min(p.upper(), p.limitMax()));
      steps[i] = unbounded ? spread : 1;
    }
    return steps;
  }

  private static double spread(FitData data) {
    double iqr = data.quantile(0.75) - data.quantile(0.25);
    double sd = Math.sqrt(data.variance());
    double s = iqr > 0 ? iqr / 1.349 : sd;
    if (!(s > 0) || !Double.isFinite(s)) {
      s = Math.max(Math.abs(data.mean()), 1) * 1e-3;
    }
    return s;
  }

  /** A guess from the parameter names: locations at the median, scales at the spread. */
  private static double[] byName(Family family, FitData data) {
    double[] v = family.defaults();
    List<Parameter> parameters = family.parameters();
    double spread = spread(data);
    for (int i = 0; i < v.length; i++) {
      Parameter p = parameters.get(i);
      double guess =
          switch (p.name()) {
            case "mean", "location", "shift" -> data.quantile(0.5);
            case "sd", "scale" -> spread;
            case "rate" -> 1 / Math.max(Math.abs(data.mean()), 1e-300);
            case "lower" -> data.min() - 1e-6 * Math.max(spread, Math.abs(data.min()));
            case "upper" -> data.max() + 1e-6 * Math.max(spread, Math.abs(data.max()));
            default -> v[i];
          };
      if (p.check(guess).isEmpty() && !p.integer()) {
        v[i] = guess;
      }
    }
    return v;
  }
}
