package org.probscope.app.cli;

import java.util.ArrayList;
import java.util.List;

/** Left-aligned text columns separated by two spaces, for human-readable output. */
final class TextTable {

  private static final String GAP = "  ";

  private TextTable() {}

  /**
   * Renders the header and rows; each row has as many cells as the header. Trailing spaces are
   * trimmed so that the last column is not padded.
   */
  static List<String> render(List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      if (row.size() != widths.length) {
        throw new IllegalArgumentException("row has " + row.size() + " cells: " + row);
      }
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    List<String> lines = new ArrayList<>(all.size());
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        line.append(row.get(i)).append(" ".repeat(widths[i] - row.get(i).length())).append(GAP);
      }
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}
