package org.probscope.model.distribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes one distribution family: its spec name, its parameters with their domains, the rules
 * between parameters, and how to build a distribution from valid values. Immutable.
 */
public final class Family {

  /** Whether the family has a density or a probability mass function. */
  public enum Kind {
    CONTINUOUS,
    DISCRETE
  }

  /** Builds a distribution of the family from values that passed every check. */
  @FunctionalInterface
  public interface Factory {
    Distribution create(Family family, double[] values);
  }

  private final String name;
  private final String label;
  private final Kind kind;
  private final List<Parameter> parameters;
  private final List<CrossRule> rules;
  private final Factory factory;

  private Family(
      String name,
      String label,
      Kind kind,
      List<Parameter> parameters,
      List<CrossRule> rules,
      Factory factory) {
    this.name = name;
    this.label = label;
    this.kind = kind;
    this.parameters = List.copyOf(parameters);
    this.rules = List.copyOf(rules);
    this.factory = factory;
  }

  /**
   * Describes a family.
   *
   * @param name lowercase spec name, for example {@code normal}
   * @param label display name, for example "Normal"
   * @param kind continuous or discrete
   * @param parameters the parameters in spec order
   * @param rules rules between parameters, checked after each parameter's own domain
   * @param factory builds a distribution from values that passed every check
   */
  public static Family of(
      String name,
      String label,
      Kind kind,
      List<Parameter> parameters,
      List<CrossRule> rules,
      Factory factory) {
    Objects.requireNonNull(factory, "factory");
    if (!name.matches("[a-z][a-z0-9]*")) {
      throw new IllegalArgumentException("family names are lowercase letters and digits: " + name);
    }
    return new Family(name, label, kind, parameters, rules, factory);
  }

  public String name() {
    return name;
  }

  public String label() {
    return label;
  }

  public Kind kind() {
    return kind;
  }

  public boolean isDiscrete() {
    return kind == Kind.DISCRETE;
  }

  public List<Parameter> parameters() {
    return parameters;
  }

  /** The rules between parameters, for families derived from this one ({@link AffineFamily}). */
  List<CrossRule> rules() {
    return rules;
  }

  /** The index of the named parameter, or -1. */
  public int indexOf(String parameterName) {
    for (int i = 0; i < parameters.size(); i++) {
      if (parameters.get(i).name().equals(parameterName)) {
        return i;
      }
    }
    return -1;
  }

  public Optional<Parameter> parameter(String parameterName) {
    int i = indexOf(parameterName);
    return i < 0 ? Optional.empty() : Optional.of(parameters.get(i));
  }

  /** The default parameter values in spec order. */
  public double[] defaults() {
    return parameters.stream().mapToDouble(Parameter::defaultValue).toArray();
  }

  /**
   * Checks values against every parameter's domain and then the cross-parameter rules.
   *
   * @return every violation found, empty when the values are valid
   */
  public List<Violation> validate(double... values) {
    if (values.length != parameters.size()) {
      return List.of(
          Violation.ofSpec(
              name + " takes " + parameters.size() + " parameters, got " + values.length));
    }
    List<Violation> found = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      parameters.get(i).check(values[i]).ifPresent(found::add);
    }
    if (found.isEmpty()) {
      for (CrossRule rule : rules) {
        rule.check(values.clone()).ifPresent(found::add);
      }
    }
    return found;
  }

  /** Builds a distribution, or returns the rules the values break. */
  public Validated<Distribution> create(double... values) {
    List<Violation> violations = validate(values);
    if (!violations.isEmpty()) {
      return Validated.invalid(violations);
    }
    return Validated.valid(factory.create(this, values.clone()));
  }

  /** The distribution with every parameter at its default. */
  public Distribution createDefault() {
    return create(defaults()).orElseThrow();
  }

  @Override
  public String toString() {
    return name + Arrays.toString(parameters.stream().map(Parameter::name).toArray());
  }
}
