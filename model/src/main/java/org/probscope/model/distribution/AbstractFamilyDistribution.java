package org.probscope.model.distribution;

import java.util.Arrays;

/** Holds the family, the parameter values and the summary figures; equality is by spec. */
abstract class AbstractFamilyDistribution implements Distribution {

  private final Family family;
  private final double[] parameters;
  private final Shape shape;

  AbstractFamilyDistribution(Family family, double[] parameters, Shape shape) {
    this.family = family;
    this.parameters = parameters.clone();
    this.shape = shape;
  }

  @Override
  public final Family family() {
    return family;
  }

  @Override
  public final double[] parameters() {
    return parameters.clone();
  }

  @Override
  public final double parameter(String name) {
    int i = family.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(family.name() + " has no parameter " + name);
    }
    return parameters[i];
  }

  @Override
  public final double mean() {
    return shape.mean();
  }

  @Override
  public final double variance() {
    return shape.variance();
  }

  @Override
  public final double skewness() {
    return shape.skewness();
  }

  @Override
  public final double excessKurtosis() {
    return shape.excessKurtosis();
  }

  @Override
  public final Modes modes() {
    return shape.modes();
  }

  @Override
  public final double entropy() {
    return shape.entropy();
  }

  @Override
  public final boolean equals(Object o) {
    return o instanceof AbstractFamilyDistribution other
        && family.name().equals(other.family.name())
        && Arrays.equals(parameters, other.parameters);
  }

  @Override
  public final int hashCode() {
    return family.name().hashCode() * 31 + Arrays.hashCode(parameters);
  }

  @Override
  public final String toString() {
    return spec();
  }
}
