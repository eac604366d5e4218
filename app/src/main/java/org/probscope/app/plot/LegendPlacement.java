package org.probscope.app.plot;

import java.util.List;

/**
 * Chooses the corner of the plot area where a box of a given size covers the least of the layers.
 * Each layer is probed at a fixed number of columns across the box (never per data point), so the
 * choice costs the same for any sample size; the layers' functions must be tables (see {@link
 * LayerSampler}).
 */
final class LegendPlacement {

  private static final int PROBES = 24;

  /** Markers carry a label beside them: count them heavily, a covered label is unreadable. */
  private static final int MARKER_WEIGHT = PROBES;

  /** The label of a marker reaches about this far beside it (pixels). */
  private static final double MARKER_LABEL_WIDTH = 110;

  private LegendPlacement() {}

  /** Beyond this share of the plot's height or width a legend that covers data is left out. */
  static final double MAX_COVERING_SHARE = 0.4;

  /**
   * The top-left pixel of the box, or null when every corner covers drawn data and the box takes
   * more than {@value #MAX_COVERING_SHARE} of the plot's height or width: on a plot a few dozen
   * pixels tall (800×560 window) a two-line legend would hide most of the curves it names. The
   * layers' colours and the plot's title still tell them apart there.
   */
  static double[] cornerOrNone(
      PixelMapping m, List<PlotLayer> layers, double width, double height) {
    double[] best = corner(m, layers, width, height);
    boolean large =
        height > MAX_COVERING_SHARE * m.height() || width > MAX_COVERING_SHARE * m.width();
    if (large
        && covered(
                m,
                layers,
                best[0],
                best[1],
                Math.min(width, m.width()),
                Math.min(height, m.height()))
            > 0) {
      return null;
    }
    return best;
  }

  /** The top-left pixel of the chosen box of {@code width × height}. */
  static double[] corner(PixelMapping m, List<PlotLayer> layers, double width, double height) {
    double w = Math.min(width, m.width());
    double h = Math.min(height, m.height());
    double[][] corners = {
      {m.right() - w, m.top()},
      {m.left(), m.top()},
      {m.right() - w, m.bottom() - h},
      {m.left(), m.bottom() - h},
    };
    double[] best = corners[0];
    long bestScore = Long.MAX_VALUE;
    for (double[] c : corners) {
      long score = covered(m, layers, c[0], c[1], w, h);
      if (score < bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }

  private static long covered(
      PixelMapping m, List<PlotLayer> layers, double left, double top, double w, double h) {
    long hits = 0;
    double bottom = top + h;
    // lines are followed pixel by pixel (a quantile function rises within its last pixels),
    // everything else is probed at a fixed number of columns
    int columns = (int) Math.ceil(w);
    for (PlotLayer layer : layers) {
      if (isLine(layer)) {
        double previous = Double.NaN;
        long covered = 0;
        for (int c = 0; c <= columns; c++) {
          double y = lineAt(layer, m.toDataX(left + Math.min(c, w)));
          // a line between two neighbouring pixels passes every height in between
          covered += c > 0 ? span(m, previous, y, top, bottom) : 0;
          previous = y;
        }
        // in probe units like the other layers; any covered pixel counts at least once
        hits += (covered * PROBES + columns - 1) / Math.max(1, columns);
        continue;
      }
      for (int i = 0; i < PROBES; i++) {
        double px = left + i * w / PROBES;
        hits += hitsAt(m, layer, m.toDataX(px + 0.5 * w / PROBES), px, left, top, w, bottom);
      }
    }
    return hits;
  }

  private static boolean isLine(PlotLayer layer) {
    return layer instanceof PlotLayer.Curve
        || layer instanceof PlotLayer.StepCurve
        || layer instanceof PlotLayer.EcdfSteps;
  }

  /** The height of a line layer at x, or NaN (also for layers that are not lines). */
  private static double lineAt(PlotLayer layer, double x) {
    if (layer instanceof PlotLayer.Curve c) {
      return c.function().applyAsDouble(x);
    }
    if (layer instanceof PlotLayer.StepCurve s) {
      return s.valueAt().applyAsDouble(toInt(Math.floor(x)));
    }
    if (layer instanceof PlotLayer.EcdfSteps e && e.size() > 0) {
      return (double) StepPainter.countAtOrBelow(e.sortedValue(), e.size(), x) / e.size();
    }
    return Double.NaN;
  }

  private static int hitsAt(
      PixelMapping m,
      PlotLayer layer,
      double x,
      double px,
      double left,
      double top,
      double w,
      double bottom) {
    if (layer instanceof PlotLayer.Stems s) {
      return span(m, 0, s.mass().applyAsDouble(toInt(Math.rint(x))), top, bottom);
    }
    if (layer instanceof PlotLayer.Histogram hist) {
      return span(m, 0, heightAt(hist, x), top, bottom);
    }
    if (layer instanceof PlotLayer.Band b) {
      return span(m, b.lower().applyAsDouble(x), b.upper().applyAsDouble(x), top, bottom);
    }
    if (layer instanceof PlotLayer.FilledArea a) {
      if (x < a.from() || x > a.to()) {
        return 0;
      }
      return span(m, a.lower().applyAsDouble(x), a.upper().applyAsDouble(x), top, bottom);
    }
    if (layer instanceof PlotLayer.Points p) {
      return points(m, p, px + 0.5 * w / PROBES, w, top, bottom);
    }
    if (layer instanceof PlotLayer.Marker marker && px == left) {
      return marker(m, marker, left, top, w, bottom);
    }
    return 0;
  }

  private static int span(PixelMapping m, double y1, double y2, double top, double bottom) {
    if (!Double.isFinite(y1) || !Double.isFinite(y2)) {
      return 0;
    }
    double a = m.toPixelY(y1);
    double b = m.toPixelY(y2);
    return Math.max(a, b) >= top && Math.min(a, b) <= bottom ? 1 : 0;
  }

  private static int points(
      PixelMapping m, PlotLayer.Points p, double px, double w, double top, double bottom) {
    double from = m.toDataX(px - 0.5 * w / PROBES);
    double to = m.toDataX(px + 0.5 * w / PROBES);
    int lo = firstAtOrAbove(p, from);
    int hi = firstAtOrAbove(p, to);
    if (hi <= lo) {
      return 0;
    }
    double first = p.y().applyAsDouble(lo);
    double last = p.y().applyAsDouble(hi - 1);
    return span(m, first, last, top, bottom);
  }

  private static int marker(
      PixelMapping m, PlotLayer.Marker marker, double left, double top, double w, double bottom) {
    double px = m.toPixelX(marker.x());
    double upper = Math.min(m.toPixelY(marker.y1()), m.toPixelY(marker.y2()));
    double lower = Math.max(m.toPixelY(marker.y1()), m.toPixelY(marker.y2()));
    // the segment, and its label where AnnotationPainter puts it
    boolean aboveLeft = AnnotationPainter.labelAboveLeft(m, upper);
    double from = aboveLeft ? px - MARKER_LABEL_WIDTH : px;
    double to = aboveLeft ? px : px + MARKER_LABEL_WIDTH;
    double labelTop = aboveLeft ? upper - 2 * AnnotationPainter.LABEL_HEIGHT : lower;
    double labelBottom = aboveLeft ? upper : lower + 2 * AnnotationPainter.LABEL_HEIGHT;
    boolean overlapsX = to >= left && from <= left + w;
    boolean overlapsY = Math.min(labelTop, upper) <= bottom && Math.max(labelBottom, lower) >= top;
    return overlapsX && overlapsY ? MARKER_WEIGHT : 0;
  }

  private static double heightAt(PlotLayer.Histogram h, double x) {
    for (int i = 0; i < h.binCount(); i++) {
      if (x >= h.edge(i) && x <= h.edge(i + 1)) {
        return h.height(i);
      }
    }
    return Double.NaN;
  }

  private static int firstAtOrAbove(PlotLayer.Points p, double value) {
    int lo = 0;
    int hi = p.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (p.x().applyAsDouble(mid) < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int toInt(double k) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, k));
  }
}
