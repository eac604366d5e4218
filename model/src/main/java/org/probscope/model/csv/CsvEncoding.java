package org.probscope.model.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The text encodings the reader supports. Both are ASCII-compatible, so numbers can be parsed
 * straight from the bytes; the encoding only matters for header names and skipped-row text. A UTF-8
 * byte-order mark at the start of the file is always skipped.
 */
public enum CsvEncoding {
  UTF_8(StandardCharsets.UTF_8),
  LATIN_1(StandardCharsets.ISO_8859_1);

  private final Charset charset;

  CsvEncoding(Charset charset) {
    this.charset = charset;
  }

  public Charset charset() {
    return charset;
  }
}
