package org.probscope.model.csv;

import java.util.Objects;

/**
 * A row whose cell in a column was not kept, as the user would find it in the file.
 *
 * @param lineNumber the 1-based physical line in the file (blank lines and the header count)
 * @param text the row as text, cut to {@link #MAX_TEXT_LENGTH} characters
 * @param reason why the cell was skipped
 */
public record SkippedRow(long lineNumber, String text, SkipReason reason) {

  /** Rows longer than this are cut and end with "…", so that a report stays small. */
  public static final int MAX_TEXT_LENGTH = 200;

  /** Validates the fields and cuts an over-long text. */
  public SkippedRow {
    if (lineNumber < 1) {
      throw new IllegalArgumentException("line numbers start at 1: " + lineNumber);
    }
    Objects.requireNonNull(reason, "reason");
    // escaped: a skipped row is echoed to terminals and labels, where a raw ESC would act
    text = org.probscope.model.text.Echo.of(text, Integer.MAX_VALUE);
    text = text.length() > MAX_TEXT_LENGTH ? text.substring(0, MAX_TEXT_LENGTH) + "…" : text;
  }
}
