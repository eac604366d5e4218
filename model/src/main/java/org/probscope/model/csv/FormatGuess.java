package org.probscope.model.csv;

import java.util.List;

/**
 * The format guess of {@link CsvDetector}: the delimiter among tab, semicolon, comma and runs of
 * spaces that splits at least 90 % of the sampled rows into the same number (≥ 2) of cells,
 * preferring the split whose cells are most often numbers; the decimal separator read by more
 * cells; and whether the first row is a header (a text cell above a column with numbers below, or a
 * lone row holding text).
 */
final class FormatGuess {

  private static final Delimiter[] CANDIDATES = {
    Delimiter.TAB, Delimiter.SEMICOLON, Delimiter.COMMA, Delimiter.SPACES
  };

  private FormatGuess() {}

  static CsvFormat guess(String text, CsvEncoding encoding) {
    Delimiter best = null;
    double bestNumeric = -1;
    for (Delimiter candidate : CANDIDATES) {
      List<List<String>> rows = CsvDetector.rows(text, candidate);
      if (splitsConsistently(rows) && !narrowHeader(rows)) {
        double numeric = numericShare(rows.subList(1, rows.size()));
        if (numeric > bestNumeric) {
          best = candidate;
          bestNumeric = numeric;
        }
      }
    }
    List<List<String>> rows = CsvDetector.rows(text, best == null ? Delimiter.SEMICOLON : best);
    List<List<String>> below = rows.size() > 1 ? rows.subList(1, rows.size()) : rows;
    char decimal =
        count(below, new CellParser(',')) > count(below, new CellParser('.')) ? ',' : '.';
    Delimiter delimiter = best != null ? best : oneColumnDelimiter(text, decimal);
    return new CsvFormat(delimiter, decimal, hasHeader(rows, new CellParser(decimal)), encoding);
  }

  /**
   * The delimiter for a file that no candidate splits: with decimal commas a semicolon (as before);
   * otherwise a comma, unless a comma stands between digits somewhere ({@code 12,881.5}, a
   * thousands separator), since cutting there would keep 12: then a delimiter that splits no row,
   * so that the cell is read whole and skipped as the text it is, with its line number.
   */
  private static Delimiter oneColumnDelimiter(String text, char decimal) {
    if (decimal == ',') {
      return Delimiter.SEMICOLON;
    }
    if (!DIGIT_COMMA_DIGIT.matcher(text).find()) {
      return Delimiter.COMMA;
    }
    for (Delimiter candidate : new Delimiter[] {Delimiter.SEMICOLON, Delimiter.TAB}) {
      if (CsvDetector.rows(text, candidate).stream().allMatch(row -> row.size() <= 1)) {
        return candidate;
      }
    }
    return Delimiter.COMMA;
  }

  private static final java.util.regex.Pattern DIGIT_COMMA_DIGIT =
      java.util.regex.Pattern.compile("\\d,\\d");

  private static boolean splitsConsistently(List<List<String>> rows) {
    if (rows.isEmpty()) {
      return false;
    }
    int[] counts = rows.stream().mapToInt(List::size).toArray();
    int mode = 0;
    int modeRows = 0;
    for (int candidate : counts) {
      int same = 0;
      for (int c : counts) {
        same += c == candidate ? 1 : 0;
      }
      if (same > modeRows) {
        mode = candidate;
        modeRows = same;
      }
    }
    return mode >= 2 && modeRows * 10 >= counts.length * 9;
  }

  /**
   * A first row of one text cell over rows that the candidate splits: a one-column header over data
   * that the candidate splits differently, as "x" over "1,288" (one column of decimal commas, not
   * two columns). A wider header over wider rows is left to the rows-wider-than-the-header warning:
   * the candidate may well be right there.
   */
  private static boolean narrowHeader(List<List<String>> rows) {
    if (rows.size() < 2) {
      return false;
    }
    List<String> first = rows.get(0);
    int narrowest = rows.subList(1, rows.size()).stream().mapToInt(List::size).min().orElse(0);
    CellParser dot = new CellParser('.');
    return first.size() == 1
        && narrowest > 1
        && first.stream().anyMatch(cell -> dot.parse(cell) == SkipReason.TEXT);
  }

  private static double numericShare(List<List<String>> rows) {
    long cells = rows.stream().mapToLong(List::size).sum();
    if (cells == 0) {
      return 0;
    }
    long numeric = Math.max(count(rows, new CellParser('.')), count(rows, new CellParser(',')));
    return (double) numeric / cells;
  }

  private static long count(List<List<String>> rows, CellParser parser) {
    return rows.stream().flatMap(List::stream).filter(cell -> parser.parse(cell) == null).count();
  }

  private static boolean hasHeader(List<List<String>> rows, CellParser parser) {
    if (rows.isEmpty()) {
      return false;
    }
    List<String> first = rows.get(0);
    boolean textInFirst = first.stream().anyMatch(cell -> parser.parse(cell) == SkipReason.TEXT);
    if (rows.size() == 1) {
      return textInFirst;
    }
    for (int column = 0; column < first.size(); column++) {
      if (parser.parse(first.get(column)) == SkipReason.TEXT
          && hasNumberBelow(rows, column, parser)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasNumberBelow(List<List<String>> rows, int column, CellParser parser) {
    for (List<String> row : rows.subList(1, rows.size())) {
      if (column < row.size() && parser.parse(row.get(column)) == null) {
        return true;
      }
    }
    return false;
  }
}
