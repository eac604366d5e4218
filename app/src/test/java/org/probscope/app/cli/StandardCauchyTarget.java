package org.probscope.app.cli;

import static org.probscope.model.distribution.Parameter.Bound.open;
import static org.probscope.model.distribution.Parameter.Bound.unbounded;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.CauchyDistribution;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Family;
import org.probscope.model.distribution.Parameter;

/**
 * The standard Cauchy distribution over Commons Statistics, for a target without a finite mean
 * while this branch's catalogue has no cauchy family yet. Only what {@code gof} uses is meaningful;
 * the shape figures are NaN.
 */
final class StandardCauchyTarget implements Distribution {

  private static final CauchyDistribution CAUCHY = CauchyDistribution.of(0, 1);

  private final Family family =
      Family.of(
          "cauchy",
          "Cauchy",
          Family.Kind.CONTINUOUS,
          List.of(
              Parameter.real(
                  "location", "location", unbounded(false), unbounded(true), 0, -10, 10, 0.1),
              Parameter.real("scale", "scale", open(0), unbounded(true), 1, 0.1, 10, 0.1)),
          List.of(),
          (f, values) -> new StandardCauchyTarget());

  @Override
  public Family family() {
    return family;
  }

  @Override
  public double[] parameters() {
    return new double[] {0, 1};
  }

  @Override
  public double parameter(String name) {
    return parameters()[family.indexOf(name)];
  }

  @Override
  public double supportLower() {
    return Double.NEGATIVE_INFINITY;
  }

  @Override
  public double supportUpper() {
    return Double.POSITIVE_INFINITY;
  }

  @Override
  public double density(double x) {
    return CAUCHY.density(x);
  }

  @Override
  public double logDensity(double x) {
    return CAUCHY.logDensity(x);
  }

  @Override
  public double cdf(double x) {
    return CAUCHY.cumulativeProbability(x);
  }

  @Override
  public double survival(double x) {
    return CAUCHY.survivalProbability(x);
  }

  @Override
  public double quantile(double p) {
    return CAUCHY.inverseCumulativeProbability(p);
  }

  @Override
  public double hazard(double x) {
    return density(x) / survival(x);
  }

  @Override
  public double mean() {
    return CAUCHY.getMean();
  }

  @Override
  public double variance() {
    return CAUCHY.getVariance();
  }

  @Override
  public double skewness() {
    return Double.NaN;
  }

  @Override
  public double excessKurtosis() {
    return Double.NaN;
  }

  @Override
  public double mode() {
    return 0;
  }

  @Override
  public double entropy() {
    return Double.NaN;
  }

  @Override
  public Sampler sampler(UniformRandomProvider rng) {
    return CAUCHY.createSampler(rng)::sample;
  }

  @Override
  public String spec() {
    return "cauchy(location=0, scale=1)";
  }
}
