package org.probscope.model.fit;

import java.util.List;
import java.util.Optional;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Family;
import org.probscope.model.distribution.Parameter;
import org.probscope.model.distribution.Validated;
import org.probscope.model.distribution.Violation;

/**
 * One family with some parameters fixed: which parameters an estimator may move and what the others
 * are held at. Parameter vectors are always full, in the family's spec order; the free ones are
 * whatever the estimator puts there. Immutable.
 */
public final class FitProblem {

  private final Family family;
  private final boolean[] free;
  private final double[] fixedValues;
  private final int freeCount;

  private FitProblem(Family family, boolean[] free, double[] fixedValues) {
    this.family = family;
    this.free = free;
    this.fixedValues = fixedValues;
    int k = 0;
    for (boolean f : free) {
      k += f ? 1 : 0;
    }
    this.freeCount = k;
  }

  /**
   * The problem of fitting {@code family} with the given parameters held fixed (names the family
   * lacks are ignored), or the reason the fixed values are invalid.
   */
  public static Validated<FitProblem> of(Family family, FixedParameters fixed) {
    Optional<String> problem = fixed.problemFor(family);
    if (problem.isPresent()) {
      return Validated.invalid(new Violation("fixed", problem.get()));
    }
    List<Parameter> parameters = family.parameters();
    boolean[] free = new boolean[parameters.size()];
    double[] values = new double[parameters.size()];
    for (int i = 0; i < parameters.size(); i++) {
      Optional<Double> v = fixed.value(parameters.get(i).name());
      free[i] = v.isEmpty();
      values[i] = v.orElse(Double.NaN);
    }
    return Validated.valid(new FitProblem(family, free, values));
  }

  /** Every parameter free. */
  public static FitProblem allFree(Family family) {
    return of(family, FixedParameters.none()).orElseThrow();
  }

  public Family family() {
    return family;
  }

  public int parameterCount() {
    return free.length;
  }

  /** The number of parameters the estimator moves (k in AIC = 2k − 2 ln L). */
  public int freeCount() {
    return freeCount;
  }

  public boolean isFree(int index) {
    return free[index];
  }

  /** Whether the named parameter is free; false for a name the family lacks. */
  public boolean isFree(String name) {
    int i = family.indexOf(name);
    return i >= 0 && free[i];
  }

  /** The fixed value of parameter {@code index}, NaN when it is free. */
  public double fixedValue(int index) {
    return fixedValues[index];
  }

  /** A full vector with the fixed values in place and {@code start}'s values elsewhere. */
  public double[] withFixed(double[] start) {
    double[] out = start.clone();
    for (int i = 0; i < free.length; i++) {
      if (!free[i]) {
        out[i] = fixedValues[i];
      }
    }
    return out;
  }

  /** The free entries of a full vector, in order. */
  public double[] freeValues(double[] full) {
    double[] out = new double[freeCount];
    int k = 0;
    for (int i = 0; i < free.length; i++) {
      if (free[i]) {
        out[k++] = full[i];
      }
    }
    return out;
  }

  /** The full vector whose free entries are {@code freeValues} and whose fixed ones are fixed. */
  public double[] fullValues(double[] freeValues) {
    double[] out = fixedValues.clone();
    int k = 0;
    for (int i = 0; i < free.length; i++) {
      if (free[i]) {
        out[i] = freeValues[k++];
      }
    }
    return out;
  }

  /** The distribution at a full parameter vector, empty when the values break a family rule. */
  public Optional<Distribution> distribution(double[] full) {
    Validated<Distribution> d = family.create(full);
    return d.isValid() ? Optional.of(d.orElseThrow()) : Optional.empty();
  }
}
