package org.probscope.model.csv;

/**
 * The state both reading paths feed: the wanted columns (ascending 0-based indices, each with its
 * accumulator), the cell parser and the line counters. The fast path hands over to the FastCSV path
 * in the middle of a file, so this state outlives either.
 */
final class RowSink {

  final int[] indices;
  final ColumnAccumulator[] columns;
  final CellParser parser;

  /** The number of the last physical line consumed (1-based; 0 before the first). */
  long lineNumber;

  long blankLines;
  long dataRows;

  RowSink(int[] indices, ColumnAccumulator[] columns, CellParser parser, long lineNumber) {
    this.indices = indices;
    this.columns = columns;
    this.parser = parser;
    this.lineNumber = lineNumber;
  }

  /** Appends what {@code later} read from the lines right after this sink's lines. */
  void append(RowSink later) {
    for (int w = 0; w < columns.length; w++) {
      columns[w].append(later.columns[w], lineNumber);
    }
    lineNumber += later.lineNumber;
    blankLines += later.blankLines;
    dataRows += later.dataRows;
  }

  /** Records a cell of column {@code w} (an index into {@link #indices}) given as a string. */
  void cell(int w, String cell, long line, RowText row) {
    SkipReason reason = parser.parse(cell);
    if (reason == null) {
      columns[w].add(parser.value());
    } else {
      skip(w, reason, line, row);
    }
  }

  /** Records a cell of column {@code w} given as bytes {@code [from, to)}. */
  void cell(int w, byte[] bytes, int from, int to, long line, RowText row) {
    SkipReason reason = parser.parse(bytes, from, to);
    if (reason == null) {
      columns[w].add(parser.value());
    } else {
      skip(w, reason, line, row);
    }
  }

  void skip(int w, SkipReason reason, long line, RowText row) {
    ColumnAccumulator column = columns[w];
    column.skip(reason, line, column.wantsSkippedText() ? row.text() : null);
  }

  /** The text of the current row, built only for the first skipped rows. */
  @FunctionalInterface
  interface RowText {
    String text();
  }
}
