package org.probscope.app.compare;

import java.util.Objects;

/**
 * One line of the comparison table.
 *
 * @param figure what is measured
 * @param value the statistic, formatted
 * @param pValue the p-value with how it was obtained, or "—" for a distance
 * @param explanation the tooltip: what the figure measures and how far to trust the p-value
 */
public record ComparisonRow(String figure, String value, String pValue, String explanation) {

  public ComparisonRow {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(pValue, "pValue");
    Objects.requireNonNull(explanation, "explanation");
  }
}
