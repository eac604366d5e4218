package org.probscope.model.distribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The family of X = shift + scale·Y for Y from a continuous base family: the spec form {@code
 * affine(SPEC, shift=s, scale=c)} of DESIGN.md, which a fit of a family without location or scale
 * uses to name the transform (SciPy's {@code loc} and {@code scale}: {@code scipy.stats.t(df,
 * loc=s, scale=c)} is {@code affine(studentt(df=...), shift=s, scale=c)}).
 *
 * <p>An affine family is an ordinary {@link Family} named {@value #NAME}: its parameters are the
 * base's, in the base's order, followed by {@code shift} (any finite number, default 0) and {@code
 * scale} (&gt; 0, default 1), so that anything that edits a family's parameters (the explorer's
 * sliders) edits an affine one unchanged. A base parameter called {@code shift} or {@code scale}
 * (gamma's scale, say) is listed under the base's name followed by its own ({@code gammascale}) so
 * that every name of the list is unique; the spec keeps the base's own names inside the inner spec.
 * The base's rules between parameters hold unchanged.
 *
 * <p>There is one affine family per base (cached), so that families compare by identity as the
 * catalogue's do. {@link Families#all()} does not list affine families.
 */
public final class AffineFamily {

  /** The spec name of every affine family. */
  public static final String NAME = "affine";

  /** The names of the two parameters the transform adds. */
  public static final String SHIFT = "shift";

  public static final String SCALE = "scale";

  /** shift and scale, the parameters the transform adds after the base's. */
  static final List<Parameter> TRANSFORM =
      List.of(
          Parameters.anyReal(SHIFT, "shift s: X = s + c·Y moves the distribution by s", 0, 0.1),
          Parameters.positive(
              SCALE,
              "scale c > 0: X = s + c·Y stretches the distribution by c",
              1,
              0.05,
              10,
              0.05));

  private static final Map<Family, Family> BY_BASE = new ConcurrentHashMap<>();
  private static final Map<Family, Family> BASES = new ConcurrentHashMap<>();

  private AffineFamily() {}

  /**
   * The affine family over {@code base}, the same object on every call with the same base.
   *
   * @throws IllegalArgumentException when {@code base} is discrete or itself affine (see {@link
   *     #checkBase}, which says so as a value)
   */
  public static Family of(Family base) {
    checkBase(base)
        .ifPresent(
            v -> {
              throw new IllegalArgumentException(v.message());
            });
    return BY_BASE.computeIfAbsent(
        base,
        b -> {
          Family affine = build(b);
          BASES.put(affine, b);
          return affine;
        });
  }

  /** Whether {@code family} is an affine family (made by {@link #of}). */
  public static boolean isAffine(Family family) {
    return BASES.containsKey(family);
  }

  /** The base family of an affine family; empty for any other family. */
  public static Optional<Family> baseOf(Family family) {
    return Optional.ofNullable(BASES.get(family));
  }

  /**
   * Why {@code base} cannot be transformed: it is discrete (X = s + cY would live on a lattice the
   * spec cannot name), or it is affine already (one transform composes two). Empty when it can.
   */
  public static Optional<Violation> checkBase(Family base) {
    if (base.isDiscrete()) {
      return Optional.of(
          Violation.ofSpec(
              NAME
                  + " takes a continuous distribution; "
                  + base.name()
                  + " is discrete (shift its values by changing its own parameters)"));
    }
    if (isAffine(base)) {
      return Optional.of(
          Violation.ofSpec(
              NAME
                  + " takes a distribution that is not affine already: write one "
                  + NAME
                  + "(SPEC, shift=s, scale=c) with shift = s₂ + c₂·s₁ and scale = c₂·c₁"));
    }
    return Optional.empty();
  }

  private static Family build(Family base) {
    List<Parameter> own = base.parameters();
    List<Parameter> parameters = new ArrayList<>();
    for (Parameter p : own) {
      parameters.add(clashes(p.name()) ? renamed(base, p) : p);
    }
    parameters.addAll(TRANSFORM);
    List<CrossRule> rules = new ArrayList<>();
    for (CrossRule rule : base.rules()) {
      rules.add(values -> rule.check(Arrays.copyOf(values, own.size())).map(v -> flat(base, v)));
    }
    return Family.of(
        NAME,
        base.label() + ", shifted and scaled",
        Family.Kind.CONTINUOUS,
        parameters,
        rules,
        (family, values) -> {
          int k = own.size();
          Distribution y = base.create(Arrays.copyOf(values, k)).orElseThrow();
          return new AffineDistribution(family, y, values[k], values[k + 1]);
        });
  }

  private static boolean clashes(String name) {
    return name.equals(SHIFT) || name.equals(SCALE);
  }

  private static Parameter renamed(Family base, Parameter p) {
    return new Parameter(
        base.name() + p.name(),
        p.description() + " (of " + base.name() + ")",
        p.lower(),
        p.lowerInclusive(),
        p.upper(),
        p.upperInclusive(),
        p.integer(),
        p.defaultValue(),
        p.sliderMin(),
        p.sliderMax(),
        p.step(),
        p.limitMin(),
        p.limitMax());
  }

  /** A base rule's violation, naming the parameter as the affine family lists it. */
  private static Violation flat(Family base, Violation v) {
    if (!clashes(v.parameter())) {
      return v;
    }
    String name = base.name() + v.parameter();
    return new Violation(name, v.message(), v.kind(), name);
  }
}
