package org.probscope.app.data;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.probscope.model.csv.SkipReason;

/**
 * Says which preview cells the reader will skip and why, so the import dialog can mark them before
 * anything is loaded. Mirrors the rules the model's cell parser documents (a decimal number with
 * the chosen separator and an optional exponent; NA words; NaN; infinities); the parser itself is
 * internal to the model, and the final word is always the load report.
 */
final class PreviewCells {

  private static final Set<String> NA_WORDS = Set.of("na", "n/a", "#n/a", "null", "none");
  private static final Set<String> INFINITY_WORDS = Set.of("inf", "infinity", "∞");
  private static final Pattern DOT_NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern COMMA_NUMBER =
      Pattern.compile("[+-]?(\\d+(,\\d*)?|,\\d+)([eE][+-]?\\d+)?");

  private PreviewCells() {}

  /** Why {@code cell} would be skipped, or empty when it is a finite number. */
  static Optional<SkipReason> skipReason(String cell, char decimalSeparator) {
    String text = cell.strip();
    if (text.isEmpty()) {
      return Optional.of(SkipReason.EMPTY);
    }
    Pattern number = decimalSeparator == ',' ? COMMA_NUMBER : DOT_NUMBER;
    if (number.matcher(text).matches()) {
      double value = Double.parseDouble(text.replace(',', '.'));
      return Double.isInfinite(value) ? Optional.of(SkipReason.INFINITE) : Optional.empty();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
    if (unsigned.equals("nan")) {
      return Optional.of(SkipReason.NAN);
    }
    if (INFINITY_WORDS.contains(unsigned)) {
      return Optional.of(SkipReason.INFINITE);
    }
    return Optional.of(NA_WORDS.contains(lower) ? SkipReason.NA : SkipReason.TEXT);
  }

  /** A tooltip sentence for a skipped cell. */
  static String explain(SkipReason reason) {
    return switch (reason) {
      case EMPTY -> "Skipped: the cell is empty";
      case NA -> "Skipped: a missing-value marker (NA)";
      case NAN -> "Skipped: NaN is not a number";
      case INFINITE -> "Skipped: infinite values cannot be measured";
      case TEXT -> "Skipped: text, not a number with this decimal separator";
      case MISSING -> "Skipped: the row has no cell in this column";
    };
  }
}
