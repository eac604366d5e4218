package org.probscope.model.gof;

import static org.probscope.model.distribution.Parameter.Bound.open;
import static org.probscope.model.distribution.Parameter.Bound.unbounded;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.CauchyDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.distribution.Family;
import org.probscope.model.distribution.Parameter;

/**
 * Test-only targets over Commons Statistics for the families this branch does not have yet
 * (exponential, gamma, cauchy), so the metrics can be checked against SciPy on several shapes. Only
 * what the metrics use is meaningful; shape figures are NaN.
 */
final class CommonsTarget implements Distribution {

  private static final Pattern NUMBER = Pattern.compile("=\\s*([-+0-9.eE]+)");

  private final Family family;
  private final double[] parameters;
  private final ContinuousDistribution delegate;

  private CommonsTarget(Family family, double[] parameters, ContinuousDistribution delegate) {
    this.family = family;
    this.parameters = parameters.clone();
    this.delegate = delegate;
  }

  /** Reads a spec: normal and poisson through the real catalogue, the others over Commons. */
  static Distribution parse(String spec) {
    String name = spec.substring(0, spec.indexOf('(')).strip().toLowerCase(Locale.ROOT);
    List<Double> values = new ArrayList<>();
    Matcher m = NUMBER.matcher(spec);
    while (m.find()) {
      values.add(Double.parseDouble(m.group(1)));
    }
    double[] p = values.stream().mapToDouble(Double::doubleValue).toArray();
    return switch (name) {
      case "exponential" -> exponential(p[0]);
      case "gamma" -> gamma(p[0], p[1]);
      case "cauchy" -> cauchy(p[0], p[1]);
      default -> DistributionSpec.parse(spec).orElseThrow();
    };
  }

  static Distribution exponential(double rate) {
    return of("exponential", List.of("rate"), ExponentialDistribution.of(1 / rate), rate);
  }

  static Distribution gamma(double shape, double scale) {
    return of("gamma", List.of("shape", "scale"), GammaDistribution.of(shape, scale), shape, scale);
  }

  static Distribution cauchy(double location, double scale) {
    return of(
        "cauchy",
        List.of("location", "scale"),
        CauchyDistribution.of(location, scale),
        location,
        scale);
  }

  private static Distribution of(
      String name, List<String> names, ContinuousDistribution delegate, double... values) {
    List<Parameter> parameters =
        names.stream()
            .map(
                p ->
                    Parameter.real(
                        p, p, open(Double.NEGATIVE_INFINITY), unbounded(true), 1, 0, 10, 1))
            .toList();
    Family family =
        Family.of(
            name,
            name,
            Family.Kind.CONTINUOUS,
            parameters,
            List.of(),
            (f, v) -> new CommonsTarget(f, v, delegate));
    return new CommonsTarget(family, values, delegate);
  }

  @Override
  public Family family() {
    return family;
  }

  @Override
  public double[] parameters() {
    return parameters.clone();
  }

  @Override
  public double parameter(String name) {
    return parameters[family.indexOf(name)];
  }

  @Override
  public double supportLower() {
    return delegate.getSupportLowerBound();
  }

  @Override
  public double supportUpper() {
    return delegate.getSupportUpperBound();
  }

  @Override
  public double density(double x) {
    return delegate.density(x);
  }

  @Override
  public double logDensity(double x) {
    return delegate.logDensity(x);
  }

  @Override
  public double cdf(double x) {
    return delegate.cumulativeProbability(x);
  }

  @Override
  public double survival(double x) {
    return delegate.survivalProbability(x);
  }

  @Override
  public double quantile(double p) {
    return delegate.inverseCumulativeProbability(p);
  }

  @Override
  public double hazard(double x) {
    return delegate.density(x) / delegate.survivalProbability(x);
  }

  @Override
  public double mean() {
    return delegate.getMean();
  }

  @Override
  public double variance() {
    return delegate.getVariance();
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
    return Double.NaN;
  }

  @Override
  public double entropy() {
    return Double.NaN;
  }

  @Override
  public Sampler sampler(UniformRandomProvider rng) {
    return delegate.createSampler(rng)::sample;
  }

  @Override
  public String spec() {
    StringBuilder text = new StringBuilder(family.name()).append('(');
    for (int i = 0; i < parameters.length; i++) {
      text.append(i == 0 ? "" : ", ")
          .append(family.parameters().get(i).name())
          .append('=')
          .append(parameters[i]);
    }
    return text.append(')').toString();
  }
}
