package org.probscope.app.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.probscope.app.common.TaskRunner;

/**
 * Evaluates the functions a plot's layers hold (densities, CDFs, quantiles, mass functions) into
 * tables, off the FX thread, so that drawing on the FX thread only reads arrays: a distribution
 * whose every evaluation is slow then delays its curve, never the window. Layers of data already in
 * arrays (ECDF steps, points, histograms, markers) pass through as they are.
 *
 * <p>A table covers the visible x range and half of it again on each side, at two samples per pixel
 * column (eight integers per column for mass functions and step CDFs), so panning and modest
 * zooming draw at once from the same tables while newer ones are made.
 */
final class LayerSampler {

  static final int SAMPLES_PER_PIXEL = 2;
  static final int INTEGERS_PER_PIXEL = 8;

  /** How far beyond the visible x range a table reaches, as a fraction of the visible span. */
  static final double MARGIN = 0.5;

  /** A change between neighbouring samples of more pixels than this is checked for a jump. */
  private static final double JUMP_CHECK_PIXELS = 24;

  /** Zooming in further than this since a table was made asks for a finer one. */
  private static final double MAX_ZOOM_IN = 1.5;

  private LayerSampler() {}

  /**
   * The tables of one model for one view.
   *
   * @param source the model whose functions were evaluated
   * @param sampled the same model with every function replaced by its table
   * @param coverage the x range the tables cover
   * @param spanPerColumn the visible x span per pixel column the tables were made for
   */
  record Frame(PlotModel source, PlotModel sampled, AxisRange coverage, double spanPerColumn) {

    /** Whether these tables can draw {@code x} over {@code columns} pixels at full resolution. */
    boolean covers(AxisRange x, double columns) {
      return coverage.min() <= x.min()
          && coverage.max() >= x.max()
          && x.span() / columns * MAX_ZOOM_IN >= spanPerColumn;
    }
  }

  /** Tables for {@code model} drawn over {@code view} in a plot area of about the given size. */
  static Frame sample(
      PlotModel model, ViewRange view, double columns, double rows, TaskRunner.TaskContext ctx) {
    double width = Math.max(1, columns);
    AxisRange x = view.x();
    AxisRange coverage = widened(x);
    int count = (int) Math.ceil(width * (1 + 2 * MARGIN)) * SAMPLES_PER_PIXEL + 1;
    int integers = (int) Math.ceil(width * (1 + 2 * MARGIN)) * INTEGERS_PER_PIXEL;
    double jumpCheck = JUMP_CHECK_PIXELS * view.y().span() / Math.max(1, rows);
    List<PlotLayer> layers = new ArrayList<>(model.layers().size());
    for (PlotLayer layer : model.layers()) {
      if (ctx.isCancelled()) {
        break;
      }
      PlotLayer table = sampled(layer, coverage, count, integers, jumpCheck);
      if (table != null) {
        layers.add(table);
      }
    }
    return new Frame(model, model.withLayers(layers), coverage, x.span() / width);
  }

  private static PlotLayer sampled(
      PlotLayer layer, AxisRange coverage, int count, int integers, double jumpCheck) {
    double lo = coverage.min();
    double hi = coverage.max();
    if (layer instanceof PlotLayer.Curve c) {
      return new PlotLayer.Curve(
          c.name(), c.series(), SampledCurve.of(c.function(), lo, hi, count, jumpCheck), c.dash());
    }
    if (layer instanceof PlotLayer.StepCurve s) {
      return new PlotLayer.StepCurve(
          s.name(), s.series(), integersOver(s.valueAt(), coverage, integers), s.dots(), s.dash());
    }
    if (layer instanceof PlotLayer.Stems s) {
      return new PlotLayer.Stems(s.name(), s.series(), integersOver(s.mass(), coverage, integers));
    }
    if (layer instanceof PlotLayer.Band b) {
      return new PlotLayer.Band(
          b.name(), b.series(), smooth(b.lower(), lo, hi, count), smooth(b.upper(), lo, hi, count));
    }
    if (layer instanceof PlotLayer.FilledArea a) {
      double from = Math.max(a.from(), lo);
      double to = Math.min(a.to(), hi);
      if (!(from < to)) {
        return null; // outside the tables' reach: a pan that far asks for new tables
      }
      int n = Math.max(2, (int) Math.ceil(count * (to - from) / (hi - lo)));
      return new PlotLayer.FilledArea(
          a.name(),
          a.series(),
          smooth(a.lower(), from, to, n),
          smooth(a.upper(), from, to, n),
          a.from(),
          a.to());
    }
    return layer;
  }

  /** Whether drawing {@code layer} reads only data it already holds, never a function of x. */
  static boolean holdsNoFunction(PlotLayer layer) {
    return !(layer instanceof PlotLayer.Curve
        || layer instanceof PlotLayer.StepCurve
        || layer instanceof PlotLayer.Stems
        || layer instanceof PlotLayer.Band
        || layer instanceof PlotLayer.FilledArea);
  }

  private static SampledCurve smooth(DoubleUnaryOperator f, double from, double to, int count) {
    return SampledCurve.of(f, from, to, count, Double.POSITIVE_INFINITY);
  }

  private static SampledIntegers integersOver(
      java.util.function.IntToDoubleFunction f, AxisRange coverage, int integers) {
    long first = (long) Math.max(Integer.MIN_VALUE, Math.floor(coverage.min()) - 1);
    long last = (long) Math.min(Integer.MAX_VALUE, Math.floor(coverage.max()) + 1);
    return SampledIntegers.of(f, first, last, integers);
  }

  private static AxisRange widened(AxisRange x) {
    double pad = MARGIN * x.span();
    double lo = x.min() - pad;
    double hi = x.max() + pad;
    return Double.isFinite(lo) && Double.isFinite(hi) && lo < hi ? AxisRange.of(lo, hi) : x;
  }
}
