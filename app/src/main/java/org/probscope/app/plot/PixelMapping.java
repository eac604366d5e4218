package org.probscope.app.plot;

import java.util.Objects;

/**
 * Maps data coordinates to canvas pixels for one frame: the view range is drawn into the plot area
 * whose top-left corner is {@code (left, top)}. Pixel y grows downwards, data y upwards.
 */
public record PixelMapping(ViewRange view, double left, double top, double width, double height) {

  /**
   * How far outside the plot area a mapped coordinate may lie. Far-away points (a density of 1e300)
   * are pulled in to this distance so the path stays drawable; the clip hides the difference.
   */
  private static final double GUARD = 4;

  public PixelMapping {
    Objects.requireNonNull(view, "view");
    if (!(width > 0) || !(height > 0)) {
      throw new IllegalArgumentException(
          "plot area must have a positive size: " + width + "x" + height);
    }
  }

  public double right() {
    return left + width;
  }

  public double bottom() {
    return top + height;
  }

  /** The pixel x of data x, clamped to a few plot widths around the area. */
  public double toPixelX(double x) {
    AxisRange r = view.x();
    double px = left + (x - r.min()) / r.span() * width;
    return clamp(px, left - GUARD * width, right() + GUARD * width);
  }

  /** The pixel y of data y, clamped to a few plot heights around the area. */
  public double toPixelY(double y) {
    AxisRange r = view.y();
    double py = top + (r.max() - y) / r.span() * height;
    return clamp(py, top - GUARD * height, bottom() + GUARD * height);
  }

  public double toDataX(double px) {
    AxisRange r = view.x();
    return r.min() + (px - left) / width * r.span();
  }

  public double toDataY(double py) {
    AxisRange r = view.y();
    return r.max() - (py - top) / height * r.span();
  }

  /** Data units per pixel along x. */
  public double dataPerPixelX() {
    return view.x().span() / width;
  }

  /** Data units per pixel along y. */
  public double dataPerPixelY() {
    return view.y().span() / height;
  }

  public boolean insideArea(double px, double py) {
    return px >= left && px <= right() && py >= top && py <= bottom();
  }

  private static double clamp(double value, double lo, double hi) {
    if (Double.isNaN(value)) {
      return value;
    }
    return Math.max(lo, Math.min(hi, value));
  }
}
