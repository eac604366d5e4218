package org.probscope.model.fit;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * One parameter of a fit: its value, whether it was fixed by the user, and its standard error from
 * the observed information (NaN when fixed or when the information is not defined, for example at a
 * boundary estimate such as uniform's lower = min).
 */
public record ParameterEstimate(String name, double value, boolean fixed, double standardError) {

  /**
   * The Wald interval value ± z·SE at the given confidence level (0.95 for 95%); NaN ends when
   * there is no standard error.
   */
  public double[] waldInterval(double level) {
    double z = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - level) / 2);
    return new double[] {value - z * standardError, value + z * standardError};
  }
}
