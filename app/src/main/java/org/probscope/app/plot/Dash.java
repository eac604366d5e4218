package org.probscope.app.plot;

/**
 * A line's dash pattern, so that overlaid curves stay apart when colour does not (a grey-scale
 * print, a projector, colour-vision deficiency): a fit's colour and dash change together.
 */
public enum Dash {
  SOLID(),
  DASHED(8, 4),
  DOTTED(2, 3),
  DASH_DOT(9, 3, 2, 3),
  LONG_DASH(16, 5),
  DASH_DOT_DOT(9, 3, 2, 3, 2, 3);

  private final double[] pattern;

  Dash(double... pattern) {
    this.pattern = pattern;
  }

  /** Dash and gap lengths in pixels (empty for a solid line), as {@code setLineDashes} takes. */
  public double[] pattern() {
    return pattern.clone();
  }

  /** The dash of slot {@code index}, wrapping around after the six patterns. */
  public static Dash of(int index) {
    Dash[] all = values();
    return all[Math.floorMod(index, all.length)];
  }
}
