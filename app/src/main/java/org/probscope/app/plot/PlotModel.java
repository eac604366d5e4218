package org.probscope.app.plot;

import java.util.List;
import java.util.Objects;

/**
 * Everything a plot shows, as one immutable value: a title, axis titles, the layers (drawn in list
 * order, so put fills before lines) and the home range that "reset" returns to. With {@code autoY}
 * the y part of the home range is replaced by the extent of the layers over the visible x range
 * (see {@link AutoRange}).
 */
public record PlotModel(
    String title,
    String xTitle,
    String yTitle,
    List<PlotLayer> layers,
    ViewRange home,
    boolean autoY) {

  public PlotModel {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(xTitle, "xTitle");
    Objects.requireNonNull(yTitle, "yTitle");
    Objects.requireNonNull(home, "home");
    layers = List.copyOf(layers);
  }

  /** A plot of {@code layers} over {@code home}, with no titles and a fixed y range. */
  public static PlotModel of(ViewRange home, List<? extends PlotLayer> layers) {
    return new PlotModel("", "", "", List.copyOf(layers), home, false);
  }

  /** An empty plot over the unit square. */
  public static PlotModel empty() {
    return of(ViewRange.of(0, 1, 0, 1), List.of());
  }

  public PlotModel withTitle(String newTitle) {
    return new PlotModel(newTitle, xTitle, yTitle, layers, home, autoY);
  }

  public PlotModel withAxisTitles(String newXTitle, String newYTitle) {
    return new PlotModel(title, newXTitle, newYTitle, layers, home, autoY);
  }

  public PlotModel withLayers(List<? extends PlotLayer> newLayers) {
    return new PlotModel(title, xTitle, yTitle, List.copyOf(newLayers), home, autoY);
  }

  public PlotModel withHome(ViewRange newHome) {
    return new PlotModel(title, xTitle, yTitle, layers, newHome, autoY);
  }

  public PlotModel withAutoY(boolean newAutoY) {
    return new PlotModel(title, xTitle, yTitle, layers, home, newAutoY);
  }
}
