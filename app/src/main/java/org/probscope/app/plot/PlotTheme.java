package org.probscope.app.plot;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The colours of a plot. The neutral colours are GitHub Primer's (the palette AtlantaFX's Primer
 * Light and Primer Dark themes are built on), so a plot sits on the app's background without a
 * seam. Series colours come from the Okabe–Ito palette, which stays distinguishable under the
 * common colour-vision deficiencies (Okabe &amp; Ito, "Color Universal Design", 2008). Each theme
 * orders them so that the first slots have enough contrast against its background: dark blue and
 * black vanish on a dark background, yellow on a white one, so slot {@code i} keeps the same hue
 * family (blue, orange-red, green, purple, ...) but takes the lighter or darker member of it.
 */
public enum PlotTheme {
  LIGHT(
      Color.web("#ffffff"),
      Color.web("#1f2328"),
      Color.web("#59636e"),
      Color.web("#8c959f"),
      Color.web("#d8dee4"),
      Color.web("#57606a"),
      Color.web("#ffffff", 0.88),
      List.of(
          Color.web("#0072B2"),
          Color.web("#D55E00"),
          Color.web("#009E73"),
          Color.web("#CC79A7"),
          Color.web("#E69F00"),
          Color.web("#56B4E9"),
          Color.web("#000000"))),
  DARK(
      Color.web("#0d1117"),
      Color.web("#e6edf3"),
      Color.web("#9198a1"),
      Color.web("#6e7681"),
      Color.web("#262c36"),
      Color.web("#8b949e"),
      Color.web("#0d1117", 0.88),
      List.of(
          Color.web("#56B4E9"),
          Color.web("#E69F00"),
          Color.web("#009E73"),
          Color.web("#CC79A7"),
          Color.web("#D55E00"),
          Color.web("#0072B2"),
          Color.web("#F0E442")));

  private final Color background;
  private final Color text;
  private final Color mutedText;
  private final Color axis;
  private final Color grid;
  private final Color crosshair;
  private final Color legendBackground;
  private final List<Color> series;

  PlotTheme(
      Color background,
      Color text,
      Color mutedText,
      Color axis,
      Color grid,
      Color crosshair,
      Color legendBackground,
      List<Color> series) {
    this.background = background;
    this.text = text;
    this.mutedText = mutedText;
    this.axis = axis;
    this.grid = grid;
    this.crosshair = crosshair;
    this.legendBackground = legendBackground;
    this.series = series;
  }

  public Color background() {
    return background;
  }

  public Color text() {
    return text;
  }

  /** Tick labels and reference-line labels. */
  public Color mutedText() {
    return mutedText;
  }

  public Color axis() {
    return axis;
  }

  public Color grid() {
    return grid;
  }

  public Color crosshair() {
    return crosshair;
  }

  public Color legendBackground() {
    return legendBackground;
  }

  /**
   * The colour of series slot {@code index}; slots wrap around after the palette's seven colours.
   */
  public Color series(int index) {
    return series.get(Math.floorMod(index, series.size()));
  }

  public int seriesCount() {
    return series.size();
  }
}
