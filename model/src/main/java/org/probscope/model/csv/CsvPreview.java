package org.probscope.model.csv;

import java.util.List;

/**
 * The first rows of a file as cells, for the import dialog.
 *
 * @param columnNames the header cells, or "Column 1".."Column n" when the file has no header
 * @param rows the first data rows (at most {@link CsvDetector#PREVIEW_ROWS}), cells unquoted
 * @param suggestedColumn the 1-based position of the first column whose preview cells are mostly
 *     numbers (1 when none is)
 */
public record CsvPreview(List<String> columnNames, List<List<String>> rows, int suggestedColumn) {

  /** Makes deep unmodifiable copies. */
  public CsvPreview {
    columnNames = List.copyOf(columnNames);
    rows = rows.stream().map(List::copyOf).toList();
    if (suggestedColumn < 1) {
      throw new IllegalArgumentException("positions start at 1: " + suggestedColumn);
    }
  }

  static CsvPreview empty() {
    return new CsvPreview(List.of(), List.of(), 1);
  }
}
