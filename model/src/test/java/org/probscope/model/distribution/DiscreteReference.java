package org.probscope.model.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * One row of the mpmath reference files ({@code discrete/<family>.csv}, see {@link
 * DiscreteReferenceTest}), found by spec, quantity and argument as the file spells them.
 *
 * @param value the mpmath value
 * @param scipy SciPy 1.17's answer to the same question (NaN where it was not asked)
 */
record DiscreteReference(double value, double scipy) {

  private static final Map<String, Map<String, DiscreteReference>> FILES = new HashMap<>();

  /** The row {@code spec;quantity;argument}; an argument is written as the file writes it. */
  static synchronized DiscreteReference of(String spec, String quantity, String argument) {
    String family = spec.substring(0, spec.indexOf('('));
    Map<String, DiscreteReference> rows = FILES.computeIfAbsent(family, DiscreteReference::load);
    DiscreteReference row = rows.get(spec + ";" + quantity + ";" + argument);
    if (row == null) {
      throw new IllegalArgumentException(
          "no reference row " + spec + ";" + quantity + ";" + argument);
    }
    return row;
  }

  private static Map<String, DiscreteReference> load(String family) {
    Map<String, DiscreteReference> rows = new HashMap<>();
    try {
      for (String line : DiscreteReferenceTest.lines(family)) {
        String[] field = line.split(";", -1);
        if (field[1].equals("modes")) {
          continue;
        }
        double scipy = field[4].isEmpty() ? Double.NaN : Double.parseDouble(field[4]);
        rows.put(
            field[0] + ";" + field[1] + ";" + field[2],
            new DiscreteReference(Double.parseDouble(field[3]), scipy));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
