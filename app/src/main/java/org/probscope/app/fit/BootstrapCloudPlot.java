package org.probscope.app.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.probscope.app.plot.Dash;
import org.probscope.app.plot.PlotLayer;
import org.probscope.app.plot.PlotModel;
import org.probscope.app.plot.ViewRange;
import org.probscope.model.fit.BootstrapResult;
import org.probscope.model.fit.FitResult;
import org.probscope.model.fit.ParameterEstimate;
import org.probscope.model.sample.Histogram;
import org.probscope.model.sample.Sample;

/**
 * The bootstrap cloud of a fit, as {@code plot(bootdist(...))}: the refits' estimates of two free
 * parameters as points, the point estimate marked, and the 95% percentile intervals drawn as the
 * box they span. A fit with one free parameter gets the histogram of its estimates with the
 * estimate and the interval's ends as vertical lines.
 */
final class BootstrapCloudPlot {

  private BootstrapCloudPlot() {}

  /** The cloud of the selected row's bootstrap, or a placeholder saying why there is none. */
  static PlotModel forRow(FitRow row, String x, String y) {
    if (row == null || !row.isOk()) {
      return PlotModel.empty().withTitle("Select a fitted row to see its bootstrap cloud");
    }
    FitBootstrap.Outcome o = row.bootstrapProperty().get();
    if (o == null) {
      return PlotModel.empty().withTitle("No bootstrap was run. Set Bootstrap B > 0 and fit again");
    }
    return switch (o.state()) {
      case WAITING, RUNNING ->
          PlotModel.empty().withTitle("The bootstrap of " + row.family() + " is running…");
      case FAILED -> PlotModel.empty().withTitle("The bootstrap stopped: " + o.problem());
      case NOT_RUN ->
          PlotModel.empty()
              .withTitle("Not bootstrapped: cancelled before " + row.family() + " — fit again");
      case DONE -> of(o.bootstrap().orElseThrow(), x, y);
    };
  }

  /** The cloud of {@code x} against {@code y} (both free parameters of the bootstrapped fit). */
  static PlotModel of(BootstrapResult b, String x, String y) {
    List<String> names = b.parameterNames();
    if (names.isEmpty()) {
      return PlotModel.empty().withTitle("Every parameter of this fit is fixed: no cloud to draw");
    }
    if (b.succeeded() < 2) {
      return PlotModel.empty().withTitle("No bootstrap cloud: " + BootstrapCells.failures(b));
    }
    String px = names.contains(x) ? x : names.get(0);
    String py = names.contains(y) ? y : names.get(names.size() > 1 ? 1 : 0);
    if (names.size() == 1 || px.equals(py)) {
      return histogram(b, px);
    }
    double[] xs = b.estimates(px);
    double[] ys = b.estimates(py);
    Integer[] order = new Integer[xs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> xs[i]));
    double[] sx = new double[xs.length];
    double[] sy = new double[ys.length];
    for (int i = 0; i < order.length; i++) {
      sx[i] = xs[order[i]];
      sy[i] = ys[order[i]];
    }
    double ex = estimate(b.fit(), px);
    double ey = estimate(b.fit(), py);
    double[] ix = b.percentileInterval(px, BootstrapCells.LEVEL);
    double[] iy = b.percentileInterval(py, BootstrapCells.LEVEL);
    List<PlotLayer> layers = new ArrayList<>();
    layers.add(PlotLayer.Points.of("refits (" + xs.length + ")", 4, sx, sy));
    layers.add(
        new PlotLayer.Polyline(
            "95% percentile intervals",
            1,
            Dash.of(1),
            new double[] {ix[0], ix[1], ix[1], ix[0], ix[0]},
            new double[] {iy[0], iy[0], iy[1], iy[1], iy[0]}));
    layers.add(PlotLayer.Points.of("", 0, new double[] {ex}, new double[] {ey}));
    double[] rx = range(xs, ex);
    double[] ry = range(ys, ey);
    double tick = 0.03 * (ry[1] - ry[0]);
    layers.add(new PlotLayer.Marker("estimate", 0, ex, ey - tick, ey + tick));
    return PlotModel.of(ViewRange.of(rx[0], rx[1], ry[0], ry[1]), layers)
        .withTitle(title(b))
        .withAxisTitles(px, py);
  }

  private static PlotModel histogram(BootstrapResult b, String name) {
    double[] v = b.estimates(name);
    Histogram h = Histogram.of(Sample.of("bootstrap " + name, v));
    double e = estimate(b.fit(), name);
    double[] i = b.percentileInterval(name, BootstrapCells.LEVEL);
    double[] r = range(v, e);
    List<PlotLayer> layers =
        List.of(
            new PlotLayer.Histogram(
                "refits' " + name + " (" + v.length + ")", 4, h.edges(), h.heights()),
            PlotLayer.ReferenceLine.vertical(i[0], "2.5%"),
            PlotLayer.ReferenceLine.vertical(i[1], "97.5%"),
            new PlotLayer.ReferenceLine(
                "estimate", 0, PlotLayer.ReferenceLine.Direction.VERTICAL, e));
    return PlotModel.of(ViewRange.of(r[0], r[1], 0, 1), layers)
        .withAutoY(true)
        .withTitle(title(b) + " — one free parameter: histogram")
        .withAxisTitles(name, "density");
  }

  private static String title(BootstrapResult b) {
    return "Bootstrap cloud of "
        + b.fit().family().name()
        + ": "
        + b.succeeded()
        + " of "
        + b.refits()
        + " refits"
        + (b.failed() > 0 ? " (" + b.failed() + " failed)" : "")
        + ", seed "
        + b.settings().seed()
        + (b.isComplete() ? "" : " — PARTIAL (cancelled)");
  }

  private static double estimate(FitResult fit, String name) {
    return fit.parameters().stream()
        .filter(p -> p.name().equals(name))
        .mapToDouble(ParameterEstimate::value)
        .findFirst()
        .orElse(Double.NaN);
  }

  /** The values' span with the estimate, padded by 6%. */
  private static double[] range(double[] values, double estimate) {
    double lo = estimate;
    double hi = estimate;
    for (double v : values) {
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    if (!(hi > lo)) {
      double d = Math.max(1e-9, Math.abs(lo) * 1e-3);
      return new double[] {lo - d, hi + d};
    }
    double pad = 0.06 * (hi - lo);
    return new double[] {lo - pad, hi + pad};
  }
}
