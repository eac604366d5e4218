package org.probscope.model.csv;

import java.util.Objects;

/**
 * How to read a delimited text file: what {@link CsvDetector} guessed, or what the user chose in
 * the import dialog. Cells may be quoted with {@code "} (a doubled {@code ""} inside a quoted cell
 * is one quote, as in RFC 4180); lines end with LF or CRLF.
 *
 * @param delimiter what separates cells
 * @param decimalSeparator {@code '.'} or {@code ','}
 * @param header whether the first non-blank row holds column names
 * @param encoding the text encoding
 */
public record CsvFormat(
    Delimiter delimiter, char decimalSeparator, boolean header, CsvEncoding encoding) {

  /** Validates the fields. */
  public CsvFormat {
    Objects.requireNonNull(delimiter, "delimiter");
    Objects.requireNonNull(encoding, "encoding");
    if (decimalSeparator != '.' && decimalSeparator != ',') {
      throw new IllegalArgumentException(
          "the decimal separator must be '.' or ',', not '" + decimalSeparator + "'");
    }
  }

  /** Comma-delimited, decimal dot, with a header row, UTF-8: the RFC 4180 shape. */
  public static CsvFormat standard() {
    return new CsvFormat(Delimiter.COMMA, '.', true, CsvEncoding.UTF_8);
  }

  public CsvFormat withDelimiter(Delimiter newDelimiter) {
    return new CsvFormat(newDelimiter, decimalSeparator, header, encoding);
  }

  public CsvFormat withDecimalSeparator(char newDecimalSeparator) {
    return new CsvFormat(delimiter, newDecimalSeparator, header, encoding);
  }

  public CsvFormat withHeader(boolean newHeader) {
    return new CsvFormat(delimiter, decimalSeparator, newHeader, encoding);
  }

  public CsvFormat withEncoding(CsvEncoding newEncoding) {
    return new CsvFormat(delimiter, decimalSeparator, header, newEncoding);
  }

  /**
   * Why this format cannot read decimal numbers, if it cannot: a comma as both the delimiter and
   * the decimal separator splits every unquoted {@code 1,5} into two cells. (Quoted cells, {@code
   * "1,5"}, would read; the reader allows the combination, the import dialog refuses it.)
   */
  public java.util.Optional<String> conflict() {
    return delimiter == Delimiter.COMMA && decimalSeparator == ','
        ? java.util.Optional.of(
            "the comma cannot be both the delimiter and the decimal separator (1,5 would be two"
                + " cells): choose semicolon or tab as the delimiter, or the dot as the decimal"
                + " separator")
        : java.util.Optional.empty();
  }

  /** For example {@code "semicolon-delimited, decimal comma, header, UTF_8"}. */
  public String describe() {
    return delimiter.label()
        + "-delimited, decimal "
        + (decimalSeparator == '.' ? "dot" : "comma")
        + (header ? ", header, " : ", no header, ")
        + encoding;
  }
}
