package org.probscope.model.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first bytes of a file, enough to recognise a byte-order mark, a binary file and the encoding,
 * and to guess the delimiter and the header from the first rows.
 */
final class FirstBlock {

  /** How much detection reads. */
  static final int SIZE = 64 * 1024;

  /** How far detection reads to find the end of a long first line (the header). */
  static final int MAX_FIRST_LINE = 4 << 20;

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final byte[] bytes;
  private final int length;
  private final long fileSize;
  private final int bomLength;
  private final boolean sizeUnknown;

  private FirstBlock(byte[] bytes, int length, long fileSize, boolean sizeUnknown) {
    this.bytes = bytes;
    this.length = length;
    this.fileSize = fileSize;
    this.sizeUnknown = sizeUnknown;
    this.bomLength = startsWithBom(bytes, length) ? UTF8_BOM.length : 0;
  }

  /**
   * Reads the first {@link #SIZE} bytes, more when the first line is longer (a header of many
   * columns), up to {@link #MAX_FIRST_LINE}. The size the file system reports is not trusted: a
   * {@code /proc} file reports 0 bytes and has content, so the block is read until the end of the
   * stream and the size is at least what was read.
   */
  static FirstBlock read(Path file) throws IOException {
    long size = Files.size(file);
    byte[] bytes = new byte[SIZE];
    int length = 0;
    boolean more = false;
    try (InputStream in = Files.newInputStream(file)) {
      while (true) {
        int n = in.read(bytes, length, bytes.length - length);
        if (n < 0) {
          break;
        }
        length += n;
        if (length == bytes.length) {
          if (bytes.length >= MAX_FIRST_LINE || hasLineBreak(bytes, length)) {
            more = in.read() >= 0;
            break;
          }
          bytes = java.util.Arrays.copyOf(bytes, Math.min(MAX_FIRST_LINE, bytes.length * 2));
        }
      }
    }
    long known = more ? Math.max(size, length + 1L) : Math.max(size, length);
    return new FirstBlock(bytes, length, known, size == 0 && length > 0);
  }

  private static boolean hasLineBreak(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r') {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithBom(byte[] bytes, int length) {
    return length >= 3
        && bytes[0] == UTF8_BOM[0]
        && bytes[1] == UTF8_BOM[1]
        && bytes[2] == UTF8_BOM[2];
  }

  byte[] bytes() {
    return bytes;
  }

  int length() {
    return length;
  }

  long fileSize() {
    return fileSize;
  }

  int bomLength() {
    return bomLength;
  }

  /**
   * Whether the file system reported 0 bytes for a file that has content ({@code /proc}, some
   * virtual file systems): such a file must be copied before it can be read by position.
   */
  boolean sizeUnknown() {
    return sizeUnknown;
  }

  /** Whether the block is the whole file. */
  boolean isWholeFile() {
    return length >= fileSize;
  }

  /** True when nothing but spaces and line breaks follows the byte-order mark. */
  boolean isBlank() {
    for (int i = bomLength; i < length; i++) {
      byte c = bytes[i];
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        return false;
      }
    }
    return isWholeFile();
  }

  /**
   * A NUL byte, more than 5 % control bytes, or more than 30 % control bytes and invalid UTF-8
   * together: text files in UTF-8 or Latin-1 have none of these, images and archives do.
   */
  boolean looksBinary() {
    int control = 0;
    int allowedStray = 16;
    for (int i = bomLength; i < length; i++) {
      int c = bytes[i] & 0xFF;
      if (c == 0) {
        return true;
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
        control++;
      }
    }
    int text = length - bomLength;
    // a few stray control bytes in a small text file are cells to skip, not a binary file
    if (control <= allowedStray) {
      return false;
    }
    return control * 20 > text || (control + invalidUtf8Bytes()) * 10 > text * 3;
  }

  /** Whether the file starts with a UTF-16 byte-order mark (and is not UTF-32). */
  boolean utf16WithBom() {
    java.util.Optional<String> wide = wideEncoding();
    return wide.isPresent()
        && wide.get().startsWith("UTF-16")
        && length >= 2
        && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
            || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
  }

  /**
   * "UTF-16LE", "UTF-16BE", "UTF-32LE" or "UTF-32BE" when the block starts with that byte-order
   * mark, or when ASCII text is spelt with a zero byte beside every character (UTF-16 without a
   * mark); empty otherwise.
   */
  java.util.Optional<String> wideEncoding() {
    int b0 = length > 0 ? bytes[0] & 0xFF : -1;
    int b1 = length > 1 ? bytes[1] & 0xFF : -1;
    int b2 = length > 2 ? bytes[2] & 0xFF : -1;
    int b3 = length > 3 ? bytes[3] & 0xFF : -1;
    if (b0 == 0xFF && b1 == 0xFE) {
      return java.util.Optional.of(b2 == 0 && b3 == 0 ? "UTF-32LE" : "UTF-16LE");
    }
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return java.util.Optional.of("UTF-32BE");
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return java.util.Optional.of("UTF-16BE");
    }
    int pairs = Math.min(length, 1024) / 2;
    if (pairs < 2) {
      return java.util.Optional.empty();
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < pairs * 2; i += 2) {
      zeroEven += bytes[i] == 0 ? 1 : 0;
      zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
    }
    if (zeroOdd * 10 >= pairs * 9 && zeroEven * 10 <= pairs) {
      return java.util.Optional.of("UTF-16LE");
    }
    if (zeroEven * 10 >= pairs * 9 && zeroOdd * 10 <= pairs) {
      return java.util.Optional.of("UTF-16BE");
    }
    return java.util.Optional.empty();
  }

  /** UTF-8 when the block decodes cleanly (a sequence cut by the block's end is fine). */
  CsvEncoding encoding() {
    return bomLength > 0 || invalidUtf8Bytes() == 0 ? CsvEncoding.UTF_8 : CsvEncoding.LATIN_1;
  }

  /** The bytes that are not part of a well-formed UTF-8 sequence (RFC 3629 lead bytes). */
  private int invalidUtf8Bytes() {
    int invalid = 0;
    int i = bomLength;
    while (i < length) {
      int c = bytes[i] & 0xFF;
      int following =
          c < 0x80
              ? 0
              : c >= 0xC2 && c <= 0xDF
                  ? 1
                  : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
      if (following < 0) {
        invalid++;
        i++;
        continue;
      }
      if (i + following >= length && !isWholeFile()) {
        break;
      }
      boolean wellFormed = i + following < length;
      for (int k = 1; wellFormed && k <= following; k++) {
        wellFormed = (bytes[i + k] & 0xC0) == 0x80;
      }
      if (wellFormed) {
        i += following + 1;
      } else {
        invalid++;
        i++;
      }
    }
    return invalid;
  }

  /**
   * The block's text after the byte-order mark, decoded, cut after its last line break when the
   * file goes on (so that no row is cut in half).
   */
  String completeLinesText(CsvEncoding encoding) {
    int end = length;
    if (!isWholeFile()) {
      while (end > bomLength && bytes[end - 1] != '\n') {
        end--;
      }
    }
    return new String(bytes, bomLength, end - bomLength, encoding.charset());
  }
}
