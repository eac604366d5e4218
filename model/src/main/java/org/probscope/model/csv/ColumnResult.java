package org.probscope.model.csv;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.probscope.model.sample.Sample;

/**
 * What one column of a read produced.
 *
 * @param name the header name, or "Column k" when the file has no header
 * @param position the 1-based position of the column in a row
 * @param sample the kept values, empty when none was numeric or the read stopped early
 * @param kept how many cells were finite numbers
 * @param skipped how many cells were skipped, per reason (only reasons that occurred)
 * @param firstSkipped the first skipped rows (at most {@link CsvReadOptions#skippedRowsKept()})
 */
public record ColumnResult(
    String name,
    int position,
    Optional<Sample> sample,
    long kept,
    Map<SkipReason, Long> skipped,
    List<SkippedRow> firstSkipped) {

  /** Validates the fields and makes unmodifiable copies. */
  public ColumnResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sample, "sample");
    if (position < 1) {
      throw new IllegalArgumentException("positions start at 1: " + position);
    }
    skipped = Map.copyOf(skipped);
    firstSkipped = List.copyOf(firstSkipped);
  }

  /** The number of skipped cells, all reasons together. */
  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The number of data rows the column was read from: kept plus skipped. */
  public long rows() {
    return kept + skippedTotal();
  }

  /** How many cells were skipped for {@code reason}. */
  public long skipped(SkipReason reason) {
    return skipped.getOrDefault(reason, 0L);
  }

  /**
   * One line for the user, for example {@code "column 'x': 9 values, 3 skipped (2 text, 1 empty)"}
   * or {@code "no numeric values in column 'x' (12 rows: 12 text)"}.
   */
  public String summary() {
    if (kept == 0) {
      long rows = rows();
      return "no numeric values in column '"
          + org.probscope.model.text.Echo.of(name)
          + "' ("
          + rows
          + (rows == 1 ? " row" : " rows")
          + (rows == 0 ? ")" : ": " + reasons() + ")");
    }
    String head =
        "column '"
            + org.probscope.model.text.Echo.of(name)
            + "': "
            + kept
            + (kept == 1 ? " value" : " values");
    return skipped.isEmpty() ? head : head + ", " + skippedTotal() + " skipped (" + reasons() + ")";
  }

  private String reasons() {
    Map<SkipReason, Long> ordered = new EnumMap<>(SkipReason.class);
    ordered.putAll(skipped);
    return ordered.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().label())
        .collect(Collectors.joining(", "));
  }
}
