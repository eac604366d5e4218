package org.probscope.model.csv;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;

/**
 * Turns one cell (ASCII-compatible bytes) into a double or a {@link SkipReason}.
 *
 * <p>A number is {@code [+-]? (digits [sep digits?] | sep digits) ([eE] [+-]? digits)?} with the
 * format's decimal separator, surrounded by optional spaces or tabs. The syntax is checked here
 * before FastDoubleParser converts it (correctly rounded, like {@link Double#parseDouble}), so text
 * never costs an exception and Java-only forms ({@code 0x1p3}, {@code 1.5d}) count as text.
 *
 * <p>Not thread-safe: it keeps the last value and a scratch buffer to avoid allocating per cell.
 */
final class CellParser {

  private static final byte[][] NA_WORDS = {
    ascii("na"), ascii("n/a"), ascii("#n/a"), ascii("null"), ascii("none")
  };
  private static final byte[][] INFINITY_WORDS = {
    ascii("inf"), ascii("infinity"), {(byte) 0xE2, (byte) 0x88, (byte) 0x9E}
  };
  private static final byte[] NAN_WORD = ascii("nan");

  private final byte decimalSeparator;
  private byte[] stringBytes = new byte[64];
  private byte[] dotCopy = new byte[64];
  private double value;

  CellParser(char decimalSeparator) {
    this.decimalSeparator = (byte) decimalSeparator;
  }

  /** The number parsed by the last call of {@link #parse} that returned {@code null}. */
  double value() {
    return value;
  }

  /**
   * Parses {@code bytes[from, to)}; returns {@code null} when it is a finite number (then read
   * {@link #value()}), otherwise why it is skipped.
   */
  SkipReason parse(byte[] bytes, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && isBlank(bytes[start])) {
      start++;
    }
    while (end > start && isBlank(bytes[end - 1])) {
      end--;
    }
    if (start == end) {
      return SkipReason.EMPTY;
    }
    int separatorAt = numberSeparatorPosition(bytes, start, end);
    if (separatorAt == NOT_A_NUMBER) {
      return classifyWord(bytes, start, end);
    }
    if (separatorAt >= 0 && decimalSeparator != '.') {
      value = parseWithDot(bytes, start, end, separatorAt);
    } else {
      value = JavaDoubleParser.parseDouble(bytes, start, end - start);
    }
    return Double.isInfinite(value) ? SkipReason.INFINITE : null;
  }

  /** Parses a cell that arrived as a string (the quoted-file path). */
  SkipReason parse(String cell) {
    int length = cell.length();
    if (stringBytes.length < length) {
      stringBytes = new byte[Math.max(length, stringBytes.length * 2)];
    }
    for (int i = 0; i < length; i++) {
      char c = cell.charAt(i);
      if (c >= 0x80) {
        return classifyNonAscii(cell);
      }
      stringBytes[i] = (byte) c;
    }
    return parse(stringBytes, 0, length);
  }

  /** A cell with a non-ASCII character is never a number; it may be the infinity sign. */
  private static SkipReason classifyNonAscii(String cell) {
    String trimmed = cell.strip();
    boolean infinity = trimmed.equals("∞") || trimmed.equals("+∞") || trimmed.equals("-∞");
    return infinity ? SkipReason.INFINITE : SkipReason.TEXT;
  }

  private static final int NOT_A_NUMBER = -2;
  private static final int NO_SEPARATOR = -1;

  /**
   * Checks the number syntax; returns {@link #NOT_A_NUMBER}, {@link #NO_SEPARATOR} or the index of
   * the decimal separator.
   */
  private int numberSeparatorPosition(byte[] b, int start, int end) {
    int i = start;
    if (b[i] == '+' || b[i] == '-') {
      i++;
    }
    int digits = 0;
    while (i < end && isDigit(b[i])) {
      i++;
      digits++;
    }
    int separatorAt = NO_SEPARATOR;
    if (i < end && b[i] == decimalSeparator) {
      separatorAt = i;
      i++;
      while (i < end && isDigit(b[i])) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return NOT_A_NUMBER;
    }
    if (i < end && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < end && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      int exponentDigits = 0;
      while (i < end && isDigit(b[i])) {
        i++;
        exponentDigits++;
      }
      if (exponentDigits == 0) {
        return NOT_A_NUMBER;
      }
    }
    return i == end ? separatorAt : NOT_A_NUMBER;
  }

  private double parseWithDot(byte[] bytes, int start, int end, int separatorAt) {
    int length = end - start;
    if (dotCopy.length < length) {
      dotCopy = new byte[Math.max(length, dotCopy.length * 2)];
    }
    System.arraycopy(bytes, start, dotCopy, 0, length);
    dotCopy[separatorAt - start] = '.';
    return JavaDoubleParser.parseDouble(dotCopy, 0, length);
  }

  private static SkipReason classifyWord(byte[] b, int start, int end) {
    int unsigned = (b[start] == '+' || b[start] == '-') ? start + 1 : start;
    if (equalsIgnoreCase(b, unsigned, end, NAN_WORD)) {
      return SkipReason.NAN;
    }
    for (byte[] word : INFINITY_WORDS) {
      if (equalsIgnoreCase(b, unsigned, end, word)) {
        return SkipReason.INFINITE;
      }
    }
    for (byte[] word : NA_WORDS) {
      if (equalsIgnoreCase(b, start, end, word)) {
        return SkipReason.NA;
      }
    }
    return SkipReason.TEXT;
  }

  private static boolean equalsIgnoreCase(byte[] b, int start, int end, byte[] lowerWord) {
    if (end - start != lowerWord.length) {
      return false;
    }
    for (int i = 0; i < lowerWord.length; i++) {
      byte c = b[start + i];
      byte lower = (c >= 'A' && c <= 'Z') ? (byte) (c + ('a' - 'A')) : c;
      if (lower != lowerWord[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  static boolean isBlank(byte c) {
    return c == ' ' || c == '\t';
  }

  private static byte[] ascii(String word) {
    return word.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
