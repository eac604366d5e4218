package org.probscope.model.csv;

/** Why a cell was not kept as a number. */
public enum SkipReason {
  /** Nothing but spaces between the delimiters. */
  EMPTY("empty"),
  /** A missing-value marker: {@code NA}, {@code N/A}, {@code #N/A}, {@code null}, {@code None}. */
  NA("NA"),
  /** {@code NaN} in any letter case, with or without a sign. */
  NAN("NaN"),
  /**
   * {@code inf}, {@code Infinity}, {@code ∞} with an optional sign, or a number too large for a
   * double ({@code 1e999}).
   */
  INFINITE("infinite"),
  /** Anything else that is not a decimal number (words, hex, dates, thousands separators). */
  TEXT("text"),
  /** The row has fewer cells than the column's position. */
  MISSING("missing cell");

  private final String label;

  SkipReason(String label) {
    this.label = label;
  }

  /** A short word for messages, as in "12 rows: 10 text, 2 NA". */
  public String label() {
    return label;
  }
}
