package org.probscope.model.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows {@link PairedColumnReader} keeps: the value and weight of each row whose two cells are
 * finite numbers, in file order, with each column's cell counts (see {@link PairedColumns}).
 */
final class PairSink {

  private final CellParser parser;
  private final int valueIndex;
  private final int weightIndex;
  private final CellCounts valueCells;
  private final CellCounts weightCells;
  private double[] values = new double[1024];
  private double[] weights = new double[1024];
  private int count;
  long dataRows;
  long negativeWeightRows;
  PairedColumns.NegativeWeight firstNegative;

  PairSink(
      CsvFormat format,
      int valueIndex,
      int weightIndex,
      String valueName,
      String weightName,
      int skippedRowsKept) {
    this.parser = new CellParser(format.decimalSeparator());
    this.valueIndex = valueIndex;
    this.weightIndex = weightIndex;
    this.valueCells = new CellCounts(valueName, valueIndex + 1, skippedRowsKept);
    this.weightCells = new CellCounts(weightName, weightIndex + 1, skippedRowsKept);
  }

  /** One non-blank record at physical line {@code line}; {@code text} is built only if needed. */
  void accept(List<String> cells, long line, RowSink.RowText text) {
    dataRows++;
    SkipReason valueReason = reason(cells, valueIndex);
    double value = parser.value();
    SkipReason weightReason = reason(cells, weightIndex);
    double weight = parser.value();
    valueCells.count(valueReason, line, text);
    weightCells.count(weightReason, line, text);
    if (valueReason != null || weightReason != null) {
      return;
    }
    if (weight < 0) {
      negativeWeightRows++;
      if (firstNegative == null) {
        firstNegative = new PairedColumns.NegativeWeight(line, weight);
      }
      return;
    }
    if (count == values.length) {
      grow();
    }
    values[count] = value;
    weights[count] = weight;
    count++;
  }

  private SkipReason reason(List<String> cells, int index) {
    return index < cells.size() ? parser.parse(cells.get(index)) : SkipReason.MISSING;
  }

  private void grow() {
    if (values.length >= ColumnAccumulator.MAX_VALUES) {
      throw new ColumnAccumulator.TooLargeException(
          "more than " + ColumnAccumulator.MAX_VALUES + " rows");
    }
    int newLength =
        (int) Math.min(ColumnAccumulator.MAX_VALUES, values.length + (values.length >> 1) + 16L);
    values = Arrays.copyOf(values, newLength);
    weights = Arrays.copyOf(weights, newLength);
  }

  /** The result; the arrays only when {@code problem} is null. */
  PairedColumns finish(CsvFormat format, CsvProblem problem) {
    boolean complete = problem == null;
    return new PairedColumns(
        format,
        Optional.of(valueCells.result()),
        Optional.of(weightCells.result()),
        complete ? Arrays.copyOf(values, count) : new double[0],
        complete ? Arrays.copyOf(weights, count) : new double[0],
        dataRows,
        negativeWeightRows,
        Optional.ofNullable(firstNegative),
        Optional.empty(),
        Optional.ofNullable(problem));
  }

  /** One column's cells: how many were numbers, how many were skipped and why. */
  private static final class CellCounts {
    private final String name;
    private final int position;
    private final int skippedRowsKept;
    private final long[] skips = new long[SkipReason.values().length];
    private final List<SkippedRow> firstSkipped = new ArrayList<>();
    private long numbers;

    CellCounts(String name, int position, int skippedRowsKept) {
      this.name = name;
      this.position = position;
      this.skippedRowsKept = skippedRowsKept;
    }

    void count(SkipReason reason, long line, RowSink.RowText text) {
      if (reason == null) {
        numbers++;
        return;
      }
      skips[reason.ordinal()]++;
      if (firstSkipped.size() < skippedRowsKept) {
        firstSkipped.add(new SkippedRow(line, text.text(), reason));
      }
    }

    ColumnResult result() {
      Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
      for (SkipReason reason : SkipReason.values()) {
        if (skips[reason.ordinal()] > 0) {
          skipped.put(reason, skips[reason.ordinal()]);
        }
      }
      return new ColumnResult(name, position, Optional.empty(), numbers, skipped, firstSkipped);
    }
  }
}
