package org.probscope.model.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probscope.model.sample.Sample;

/**
 * Collects one column's values into a primitive array and counts what it skips. The array starts at
 * the row count estimated from the file size, so a typical file never grows it; when it must grow
 * it grows by half, and it is trimmed once at the end: the peak is about twice the raw doubles, and
 * {@link Sample#ofOwned} adds the sorted copy.
 */
final class ColumnAccumulator {

  /** The largest array most JVMs allocate. */
  static final int MAX_VALUES = Integer.MAX_VALUE - 8;

  private final String name;
  private final int position;
  private final int skippedRowsKept;
  private final long[] skipCounts = new long[SkipReason.values().length];
  private final List<SkippedRow> firstSkipped = new ArrayList<>();
  private double[] values;
  private int count;

  ColumnAccumulator(String name, int position, int initialCapacity, int skippedRowsKept) {
    this.name = name;
    this.position = position;
    this.skippedRowsKept = skippedRowsKept;
    this.values = new double[Math.max(16, initialCapacity)];
  }

  /**
   * Adds a finite value.
   *
   * @throws TooLargeException when the column outgrows an array or the memory
   */
  void add(double value) {
    if (count == values.length) {
      grow();
    }
    values[count++] = value;
  }

  private void grow() {
    if (values.length == MAX_VALUES) {
      throw new TooLargeException("column '" + name + "' has more than " + MAX_VALUES + " values");
    }
    int newLength = (int) Math.min(MAX_VALUES, values.length + (values.length >> 1) + 16L);
    try {
      values = Arrays.copyOf(values, newLength);
    } catch (OutOfMemoryError e) {
      throw new TooLargeException(
          "not enough memory for column '" + name + "' beyond " + count + " values");
    }
  }

  /** Whether {@link #skip} wants the row's text (so callers decode it only when needed). */
  boolean wantsSkippedText() {
    return firstSkipped.size() < skippedRowsKept;
  }

  void skip(SkipReason reason, long lineNumber, String rowText) {
    skipCounts[reason.ordinal()]++;
    if (rowText != null && firstSkipped.size() < skippedRowsKept) {
      firstSkipped.add(new SkippedRow(lineNumber, rowText, reason));
    }
  }

  /**
   * Appends the values and skips of {@code later}, which read the lines right after this one's; its
   * line numbers are shifted by {@code lineOffset}. The merged array is exact, so {@link #finish}
   * does not copy it again.
   */
  void append(ColumnAccumulator later, long lineOffset) {
    try {
      double[] merged = Arrays.copyOf(values, count + later.count);
      System.arraycopy(later.values, 0, merged, count, later.count);
      values = merged;
      count += later.count;
      later.values = null;
    } catch (OutOfMemoryError e) {
      throw new TooLargeException("not enough memory to join the halves of column '" + name + "'");
    }
    for (int i = 0; i < skipCounts.length; i++) {
      skipCounts[i] += later.skipCounts[i];
    }
    for (SkippedRow row : later.firstSkipped) {
      if (firstSkipped.size() < skippedRowsKept) {
        firstSkipped.add(new SkippedRow(row.lineNumber() + lineOffset, row.text(), row.reason()));
      }
    }
  }

  long rows() {
    long rows = count;
    for (long skipped : skipCounts) {
      rows += skipped;
    }
    return rows;
  }

  /**
   * The column's result; the sample is built (trim, copy, sort) only when {@code withSample} and
   * there are values. The accumulator must not be used afterwards.
   *
   * @throws TooLargeException when the memory does not hold the sample
   */
  ColumnResult finish(boolean withSample) {
    Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
    for (SkipReason reason : SkipReason.values()) {
      if (skipCounts[reason.ordinal()] > 0) {
        skipped.put(reason, skipCounts[reason.ordinal()]);
      }
    }
    Optional<Sample> sample = Optional.empty();
    if (withSample && count > 0) {
      try {
        double[] exact = count == values.length ? values : Arrays.copyOf(values, count);
        values = null;
        sample = Optional.of(Sample.ofOwned(name, exact));
      } catch (OutOfMemoryError e) {
        throw new TooLargeException("not enough memory to sort column '" + name + "'");
      }
    }
    return new ColumnResult(name, position, sample, count, skipped, firstSkipped);
  }

  /** A column that does not fit; becomes a {@link CsvProblem.Kind#TOO_LARGE} result. */
  static final class TooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLargeException(String message) {
      super(message, null, false, false);
    }
  }
}
