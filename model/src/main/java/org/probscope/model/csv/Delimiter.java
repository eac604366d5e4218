package org.probscope.model.csv;

/** The character (or run of characters) that separates the cells of a row. */
public enum Delimiter {
  COMMA(',', "comma"),
  SEMICOLON(';', "semicolon"),
  TAB('\t', "tab"),
  /** One or more spaces; leading and trailing spaces of a row are ignored, as in R's read.table. */
  SPACES(' ', "spaces");

  private final char character;
  private final String label;

  Delimiter(char character, String label) {
    this.character = character;
    this.label = label;
  }

  /** The separating character; for {@link #SPACES} a run of it counts as one separator. */
  public char character() {
    return character;
  }

  /** A lowercase name for messages and the import dialog. */
  public String label() {
    return label;
  }
}
