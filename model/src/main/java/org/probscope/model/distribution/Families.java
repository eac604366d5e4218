package org.probscope.model.distribution;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The catalogue of families, in the order DESIGN.md lists them: continuous first. */
public final class Families {

  private static final List<Family> ALL =
      Stream.concat(ContinuousFamilies.all().stream(), DiscreteFamilies.all().stream()).toList();

  private Families() {}

  public static List<Family> all() {
    return ALL;
  }

  /** Looks a family up by its spec name, ignoring case and surrounding space. */
  public static Optional<Family> byName(String name) {
    String key = name.strip().toLowerCase(java.util.Locale.ROOT);
    return ALL.stream().filter(f -> f.name().equals(key)).findFirst();
  }

  public static Family normal() {
    return byName("normal").orElseThrow();
  }
}
