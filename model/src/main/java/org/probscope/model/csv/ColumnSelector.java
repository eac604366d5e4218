package org.probscope.model.csv;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.probscope.model.text.Echo;

/**
 * Which column to read: by header name or by 1-based position.
 *
 * <p>Positions are 1-based everywhere in this package, as the "Column 1" names of a headerless
 * file, spreadsheet users and {@code cut -f} count. {@link #parse} reads the command line's {@code
 * --column NAME|INDEX}: a header name wins over a number, so a column literally named "2" is found
 * by name; otherwise a positive integer is a position.
 */
public final class ColumnSelector {

  private final String name;
  private final int position;

  private ColumnSelector(String name, int position) {
    this.name = name;
    this.position = position;
  }

  /** The column whose header is {@code name} (exact, else ignoring case and surrounding spaces). */
  public static ColumnSelector named(String name) {
    Objects.requireNonNull(name, "name");
    return new ColumnSelector(name, 0);
  }

  /** The column at 1-based {@code position}. */
  public static ColumnSelector position(int position) {
    if (position < 1) {
      throw new IllegalArgumentException("column positions start at 1: " + position);
    }
    return new ColumnSelector(null, position);
  }

  /** A name or, when it is a positive integer and no header has that name, a 1-based position. */
  public static ColumnSelector parse(String nameOrPosition) {
    Objects.requireNonNull(nameOrPosition, "nameOrPosition");
    return new ColumnSelector(nameOrPosition, parsePosition(nameOrPosition.strip()));
  }

  private static int parsePosition(String text) {
    if (text.isEmpty() || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
      return 0;
    }
    return Integer.parseInt(text);
  }

  /**
   * The 0-based index of the column among {@code columnNames} (the header, or the "Column k" names
   * of a headerless file), or a message naming the columns there are.
   *
   * @param columnNames the known column names; for a headerless file pass an empty list, and any
   *     position (or a "Column k" name) is accepted
   * @param header whether the names come from a header row
   */
  Resolution resolve(List<String> columnNames, boolean header) {
    if (name != null) {
      Optional<Integer> byName = findName(columnNames, header);
      if (byName.isPresent()) {
        return new Resolution(byName.get(), null);
      }
    }
    if (position > 0 && (!header || position <= columnNames.size())) {
      return new Resolution(position - 1, null);
    }
    return new Resolution(-1, notFoundMessage(columnNames, header));
  }

  private Optional<Integer> findName(List<String> columnNames, boolean header) {
    if (!header) {
      String lower = name.strip().toLowerCase(java.util.Locale.ROOT);
      if (lower.startsWith("column ")) {
        int k = parsePosition(lower.substring("column ".length()).strip());
        return k > 0 ? Optional.of(k - 1) : Optional.empty();
      }
      return Optional.empty();
    }
    int exact = columnNames.indexOf(name);
    if (exact >= 0) {
      return Optional.of(exact);
    }
    int found = -1;
    for (int i = 0; i < columnNames.size(); i++) {
      if (columnNames.get(i).strip().equalsIgnoreCase(name.strip())) {
        if (found >= 0) {
          return Optional.empty();
        }
        found = i;
      }
    }
    return found >= 0 ? Optional.of(found) : Optional.empty();
  }

  private String notFoundMessage(List<String> columnNames, boolean header) {
    String wanted = name != null ? "no column '" + Echo.of(name) + "'" : "no column " + position;
    if (!header) {
      return wanted + " (the file has no header: use a position such as 1, or 'Column 1')";
    }
    int count = columnNames.size();
    if (count <= LISTED_COLUMNS) {
      return wanted
          + " (the header has "
          + count
          + (count == 1 ? " column: " : " columns: ")
          + columnNames.stream().map(Echo::of).collect(Collectors.joining(", "))
          + ")";
    }
    List<String> closest =
        name == null
            ? columnNames.subList(0, CLOSEST_COLUMNS)
            : closest(columnNames, name, CLOSEST_COLUMNS);
    return wanted
        + " (the header has "
        + count
        + " columns, positions 1 to "
        + count
        + (name == null ? "; the first are " : "; the closest names are ")
        + closest.stream().map(Echo::of).collect(Collectors.joining(", "))
        + ")";
  }

  /** Above this many columns a message lists the closest few instead of every name. */
  static final int LISTED_COLUMNS = 12;

  private static final int CLOSEST_COLUMNS = 5;

  /** The {@code k} names nearest {@code wanted} by case-blind edit distance, nearest first. */
  private static List<String> closest(List<String> names, String wanted, int k) {
    String target = wanted.strip().toLowerCase(java.util.Locale.ROOT);
    record Scored(String name, int distance, int index) {}
    java.util.PriorityQueue<Scored> best =
        new java.util.PriorityQueue<>(
            java.util.Comparator.comparingInt(Scored::distance)
                .thenComparingInt(Scored::index)
                .reversed());
    for (int i = 0; i < names.size(); i++) {
      String candidate = names.get(i);
      best.add(
          new Scored(candidate, distance(candidate.toLowerCase(java.util.Locale.ROOT), target), i));
      if (best.size() > k) {
        best.poll();
      }
    }
    List<Scored> sorted = new java.util.ArrayList<>(best);
    sorted.sort(
        java.util.Comparator.comparingInt(Scored::distance).thenComparingInt(Scored::index));
    return sorted.stream().map(Scored::name).toList();
  }

  /** Levenshtein distance, both texts cut to 64 characters (names are short; costs stay small). */
  private static int distance(String a, String b) {
    String x = a.length() > 64 ? a.substring(0, 64) : a;
    String y = b.length() > 64 ? b.substring(0, 64) : b;
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int substitute = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }

  /** The selector as the user would type it. */
  @Override
  public String toString() {
    return name != null ? name : Integer.toString(position);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ColumnSelector that
        && Objects.equals(name, that.name)
        && position == that.position;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, position);
  }

  /** A resolved 0-based index, or -1 and a message. */
  record Resolution(int index, String message) {}
}
