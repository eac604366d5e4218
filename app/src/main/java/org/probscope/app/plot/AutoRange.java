package org.probscope.app.plot;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;

/**
 * Proposes a y range that shows the layers over a given x range. It evaluates each function at a
 * fixed number of points (not per data point), so it costs the same for any sample size; narrow
 * spikes between the probes can be missed, which only means they are clipped.
 */
public final class AutoRange {

  private static final int PROBES = 512;
  private static final double PADDING = 0.04;
  static final double DOMINANCE = 4;

  private AutoRange() {}

  /**
   * The smallest range holding every finite layer value over {@code x}, padded by 4% on each side,
   * or {@code fallback} when the layers have no finite value there.
   *
   * <p>A histogram taller than {@value #DOMINANCE} times the tallest of the other layers (a sample
   * on another scale than the target: a histogram at 0.038 beside a mass function peaking at 8e-5)
   * would flatten them into the axis; then the range fits the other layers and the histogram runs
   * off the top. The target's curve or stems are what the plot is about.
   */
  public static AxisRange yRange(List<PlotLayer> layers, AxisRange x, AxisRange fallback) {
    Extent all = new Extent();
    Extent others = new Extent();
    double histogramMax = Double.NEGATIVE_INFINITY;
    for (PlotLayer layer : layers) {
      include(all, layer, x);
      if (layer instanceof PlotLayer.Histogram) {
        Extent own = new Extent();
        include(own, layer, x);
        histogramMax = Math.max(histogramMax, own.max);
      } else {
        include(others, layer, x);
      }
    }
    Extent extent = others.max > 0 && histogramMax > DOMINANCE * others.max ? others : all;
    if (!(extent.min <= extent.max)) {
      return fallback;
    }
    double span = extent.max - extent.min;
    if (span == 0) {
      double half = extent.max == 0 ? 0.5 : Math.abs(extent.max) * 0.1;
      return AxisRange.of(extent.min - half, extent.max + half);
    }
    return AxisRange.of(extent.min - PADDING * span, extent.max + PADDING * span);
  }

  private static void include(Extent extent, PlotLayer layer, AxisRange x) {
    if (layer instanceof PlotLayer.Curve curve) {
      probe(extent, curve.function(), x);
    } else if (layer instanceof PlotLayer.Band band) {
      probe(extent, band.lower(), x);
      probe(extent, band.upper(), x);
    } else if (layer instanceof PlotLayer.FilledArea area) {
      probe(extent, area.lower(), x);
      probe(extent, area.upper(), x);
    } else if (layer instanceof PlotLayer.StepCurve steps) {
      probeIntegers(extent, steps.valueAt(), Math.floor(x.min()), Math.floor(x.max()));
    } else if (layer instanceof PlotLayer.Stems stems) {
      extent.add(0);
      probeIntegers(extent, stems.mass(), Math.ceil(x.min()), Math.floor(x.max()));
    } else if (layer instanceof PlotLayer.EcdfSteps) {
      extent.add(0);
      extent.add(1);
    } else if (layer instanceof PlotLayer.Histogram histogram) {
      extent.add(0);
      for (int i = 0; i < histogram.binCount(); i++) {
        if (histogram.edge(i + 1) >= x.min() && histogram.edge(i) <= x.max()) {
          extent.add(histogram.height(i));
        }
      }
    } else if (layer instanceof PlotLayer.Marker marker) {
      extent.add(marker.y1());
      extent.add(marker.y2());
    } else if (layer instanceof PlotLayer.Points points) {
      probeIndices(extent, points.y(), points.size());
    }
  }

  private static void probe(Extent extent, DoubleUnaryOperator f, AxisRange x) {
    for (int i = 0; i <= PROBES; i++) {
      extent.add(f.applyAsDouble(x.min() + x.span() * i / PROBES));
    }
  }

  private static void probeIntegers(Extent extent, IntToDoubleFunction f, double from, double to) {
    double lo = Math.max(from, Integer.MIN_VALUE);
    double hi = Math.min(to, Integer.MAX_VALUE);
    double count = hi - lo + 1;
    if (count <= 0) {
      return;
    }
    if (count <= PROBES) {
      for (double k = lo; k <= hi; k++) {
        extent.add(f.applyAsDouble((int) k));
      }
    } else {
      for (int i = 0; i <= PROBES; i++) {
        extent.add(f.applyAsDouble((int) Math.round(lo + (hi - lo) * i / PROBES)));
      }
    }
  }

  private static void probeIndices(Extent extent, IntToDoubleFunction f, int size) {
    if (size == 0) {
      return;
    }
    for (int i = 0; i <= PROBES; i++) {
      extent.add(f.applyAsDouble((int) ((long) (size - 1) * i / PROBES)));
    }
  }

  private static final class Extent {
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    void add(double value) {
      if (Double.isFinite(value)) {
        min = Math.min(min, value);
        max = Math.max(max, value);
      }
    }
  }
}
