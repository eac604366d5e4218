package org.probscope.model.fit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probscope.model.distribution.Family;
import org.probscope.model.distribution.Parameter;

/**
 * Parameters a user holds fixed while the others are estimated (a gamma with shape 2, a binomial
 * with 20 trials), by name. Names that a family does not have are ignored for that family, so one
 * set can be applied to a list of candidates ({@code --fix trials=20} matters only to binomial).
 * Immutable.
 */
public final class FixedParameters {

  private static final FixedParameters NONE = new FixedParameters(Map.of());

  private final Map<String, Double> values;

  private FixedParameters(Map<String, Double> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public static FixedParameters none() {
    return NONE;
  }

  /** Fixes the named parameters; names are lowercase spec names. */
  public static FixedParameters of(Map<String, Double> values) {
    return values.isEmpty() ? NONE : new FixedParameters(values);
  }

  /** A copy with one more parameter fixed. */
  public FixedParameters with(String name, double value) {
    Map<String, Double> copy = new LinkedHashMap<>(values);
    copy.put(name, value);
    return new FixedParameters(copy);
  }

  public Map<String, Double> asMap() {
    return values;
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The fixed value of a parameter, if it is fixed. */
  public Optional<Double> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /**
   * Why these values cannot be fixed for {@code family} (a value outside a parameter's domain), or
   * empty when they can; names the family lacks are not a problem.
   */
  public Optional<String> problemFor(Family family) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Double> e : values.entrySet()) {
      Optional<Parameter> p = family.parameter(e.getKey());
      if (p.isPresent()) {
        p.get().check(e.getValue()).ifPresent(v -> problems.add(v.message()));
      }
    }
    return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", problems));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FixedParameters f && f.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
