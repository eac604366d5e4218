package org.probscope.app.data;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.probscope.model.csv.ColumnResult;
import org.probscope.model.csv.CsvLoadResult;
import org.probscope.model.csv.SkipReason;
import org.probscope.model.csv.SkippedRow;

/**
 * What a load kept and skipped, for the report the Data panel keeps beside each loaded sample.
 *
 * @param fileName the file's name
 * @param format how it was read, as {@link org.probscope.model.csv.CsvFormat#describe()} says
 * @param lines physical lines read
 * @param blankLines blank lines skipped silently
 * @param columns one result per loaded column
 */
public record LoadReport(
    String fileName, String format, long lines, long blankLines, List<ColumnResult> columns) {

  public LoadReport {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(format, "format");
    columns = List.copyOf(columns);
  }

  /** The report of a completed read of {@code fileName}. */
  public static LoadReport of(String fileName, CsvLoadResult result) {
    return new LoadReport(
        fileName,
        result.format().describe(),
        result.lines(),
        result.blankLines(),
        result.columns());
  }

  /** The report as lines of text: counts by reason and the first skipped rows with line numbers. */
  public String text() {
    StringBuilder text = new StringBuilder();
    text.append(fileName).append(" (").append(format).append(")\n");
    text.append(lines).append(lines == 1 ? " line read" : " lines read");
    if (blankLines > 0) {
      text.append(", ").append(blankLines).append(" blank");
    }
    text.append('\n');
    for (ColumnResult column : columns) {
      text.append('\n').append(columnText(column));
    }
    return text.toString();
  }

  private static String columnText(ColumnResult column) {
    StringBuilder text = new StringBuilder();
    text.append("Column '")
        .append(column.name())
        .append("' (position ")
        .append(column.position())
        .append("): ")
        .append(column.kept())
        .append(" kept, ")
        .append(column.skippedTotal())
        .append(" skipped\n");
    Map<SkipReason, Long> ordered = new EnumMap<>(SkipReason.class);
    ordered.putAll(column.skipped());
    ordered.forEach(
        (reason, count) ->
            text.append("  ").append(count).append(' ').append(reason.label()).append('\n'));
    if (!column.firstSkipped().isEmpty()) {
      text.append("  First skipped rows:\n");
      for (SkippedRow row : column.firstSkipped()) {
        text.append("    line ")
            .append(row.lineNumber())
            .append(" (")
            .append(row.reason().label())
            .append("): ")
            .append(row.text())
            .append('\n');
      }
    }
    return text.toString();
  }
}
