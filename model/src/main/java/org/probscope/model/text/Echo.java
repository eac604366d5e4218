package org.probscope.model.text;

/**
 * User data quoted back in a message (a spec that did not parse, a header name, a skipped cell, a
 * file name): control characters are escaped so that a header holding {@code ESC [ 2 J} cannot
 * clear the terminal or forge a line, and long text is cut so that a 1 MB spec does not become a 3
 * MB error line.
 *
 * <p>Escapes: {@code \n}, {@code \r}, {@code \t}, a backslash as itself, other C0 and C1 controls,
 * DEL, the Unicode line and paragraph separators and the bidirectional overrides (which reorder
 * what a terminal shows) as {@code \}{@code u}{@code XXXX}.
 */
public final class Echo {

  /** The most characters of user text a message quotes. */
  public static final int MAX_CHARS = 120;

  private Echo() {}

  /** {@code text} escaped and cut to {@link #MAX_CHARS} characters. */
  public static String of(String text) {
    return of(text, MAX_CHARS);
  }

  /**
   * {@code text} escaped, cut when longer than {@code maxChars}: the cut is marked {@code …} and
   * the full length is given, as in {@code normal(mean=00000… (1048576 characters)}.
   */
  public static String of(String text, int maxChars) {
    if (text == null) {
      return "null";
    }
    boolean cut = text.length() > maxChars;
    int end = cut ? maxChars : text.length();
    if (cut && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    StringBuilder out = new StringBuilder(end + 16);
    for (int i = 0; i < end; i++) {
      appendEscaped(out, text.charAt(i));
    }
    if (cut) {
      out.append("… (").append(text.length()).append(" characters)");
    }
    return out.toString();
  }

  /** Whether {@code c} would be escaped. */
  public static boolean needsEscape(char c) {
    return Character.getType(c) == Character.CONTROL
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  private static void appendEscaped(StringBuilder out, char c) {
    if (!needsEscape(c)) {
      out.append(c);
      return;
    }
    switch (c) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default -> out.append(String.format("\\u%04X", (int) c));
    }
  }
}
