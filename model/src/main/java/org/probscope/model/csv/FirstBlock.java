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

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final byte[] bytes;
  private final int length;
  private final long fileSize;
  private final int bomLength;

  private FirstBlock(byte[] bytes, int length, long fileSize) {
    this.bytes = bytes;
    this.length = length;
    this.fileSize = fileSize;
    this.bomLength = startsWithBom(bytes, length) ? UTF8_BOM.length : 0;
  }

  static FirstBlock read(Path file) throws IOException {
    long size = Files.size(file);
    byte[] bytes = new byte[(int) Math.min(SIZE, size)];
    int length = 0;
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while (length < bytes.length && (n = in.read(bytes, length, bytes.length - length)) > 0) {
        length += n;
      }
    }
    return new FirstBlock(bytes, length, Math.max(size, length));
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
    return control * 20 > text || (control + invalidUtf8Bytes()) * 10 > text * 3;
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
