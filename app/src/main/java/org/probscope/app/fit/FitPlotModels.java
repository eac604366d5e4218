package org.probscope.app.fit;

import java.util.ArrayList;
import java.util.List;
import org.probscope.app.gof.ProbabilityPlots;
import org.probscope.app.plot.AxisRange;
import org.probscope.app.plot.Dash;
import org.probscope.app.plot.PlotLayer;
import org.probscope.app.plot.PlotModel;
import org.probscope.app.plot.ViewRange;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Figures;
import org.probscope.model.fit.FitData;
import org.probscope.model.gof.DkwBand;
import org.probscope.model.sample.Histogram;
import org.probscope.model.sample.Sample;

/**
 * The overlay plots: the data in the neutral colour, each overlaid fit in its own colour and dash
 * (slot i of the palette and of {@link Dash}), so that six fits stay apart in grey scale too. Q-Q
 * and P-P points are computed here (a quantile per point): call off the FX thread.
 */
final class FitPlotModels {

  /** The DKW band's level on the ECDF plot, as the goodness-of-fit tab's default α. */
  static final double BAND_ALPHA = 0.05;

  private static final int MAX_MASS_BARS = 2_000;

  /** The vertices of the dashed line through a fit's Q-Q or P-P points. */
  static final int TRACE_POINTS = 400;

  private FitPlotModels() {}

  /** A fit to overlay: its legend name, slot and distribution. */
  record Overlay(String name, int slot, Distribution distribution) {}

  static PlotModel density(Sample s, Histogram h, FitData data, List<Overlay> fits) {
    List<PlotLayer> layers = new ArrayList<>();
    boolean discrete = fits.stream().anyMatch(f -> f.distribution().isDiscrete());
    if (discrete && integers(data) && data.distinct() <= MAX_MASS_BARS) {
      layers.add(massBars(data));
    } else {
      layers.add(new PlotLayer.Histogram("data", PlotLayer.NEUTRAL, h.edges(), h.heights()));
    }
    for (Overlay f : fits) {
      Distribution d = f.distribution();
      layers.add(
          d.isDiscrete()
              ? new PlotLayer.Stems(f.name(), f.slot(), d::density)
              : new PlotLayer.Curve(f.name(), f.slot(), d::density, Dash.of(f.slot())));
    }
    AxisRange x = xRange(s);
    return PlotModel.of(ViewRange.of(x.min(), x.max(), 0, 1), layers)
        .withAutoY(true)
        .withTitle(discrete ? "Data and fitted probabilities" : "Histogram and fitted densities")
        .withAxisTitles("x", discrete ? "P(X = x)" : "density");
  }

  static PlotModel cdf(Sample s, List<Overlay> fits) {
    List<PlotLayer> layers = new ArrayList<>();
    DkwBand band = DkwBand.of(s.size(), BAND_ALPHA);
    layers.add(
        new PlotLayer.Band(
            "DKW band " + Figures.format(100 * (1 - BAND_ALPHA), 3) + "%",
            PlotLayer.NEUTRAL,
            t -> band.lower(s.ecdf(t)),
            t -> band.upper(s.ecdf(t))));
    layers.add(new PlotLayer.EcdfSteps("data Fn", PlotLayer.NEUTRAL, s::sorted, s.size()));
    for (Overlay f : fits) {
      Distribution d = f.distribution();
      layers.add(
          d.isDiscrete()
              ? new PlotLayer.StepCurve(f.name(), f.slot(), k -> d.cdf(k), false, Dash.of(f.slot()))
              : new PlotLayer.Curve(f.name(), f.slot(), d::cdf, Dash.of(f.slot())));
    }
    AxisRange x = xRange(s);
    return PlotModel.of(ViewRange.of(x.min(), x.max(), -0.02, 1.02), layers)
        .withTitle("Empirical CDF and fitted CDFs")
        .withAxisTitles("x", "P(X ≤ x)");
  }

  static PlotModel qq(Sample s, List<Overlay> fits) {
    List<PlotLayer> layers = new ArrayList<>();
    layers.add(new PlotLayer.Curve("", PlotLayer.NEUTRAL, t -> t));
    double lo = s.min();
    double hi = s.max();
    for (Overlay f : fits) {
      ProbabilityPlots.Points p = ProbabilityPlots.qq(s, f.distribution()).finite();
      addPoints(layers, f, p);
      if (p.x().length > 0) {
        lo = Math.min(lo, p.x()[0]);
        hi = Math.max(hi, p.x()[p.x().length - 1]);
      }
    }
    if (!(hi > lo)) {
      lo -= 1;
      hi += 1;
    }
    double pad = 0.04 * (hi - lo);
    return PlotModel.of(ViewRange.of(lo - pad, hi + pad, lo - pad, hi + pad), layers)
        .withTitle("Q-Q plot: data against each fit")
        .withAxisTitles("fitted quantile", "data quantile");
  }

  static PlotModel pp(Sample s, List<Overlay> fits) {
    List<PlotLayer> layers = new ArrayList<>();
    layers.add(new PlotLayer.Curve("", PlotLayer.NEUTRAL, t -> t));
    for (Overlay f : fits) {
      ProbabilityPlots.Points p = ProbabilityPlots.pp(s, f.distribution()).finite();
      addPoints(layers, f, p);
    }
    return PlotModel.of(ViewRange.of(-0.02, 1.02, -0.02, 1.02), layers)
        .withTitle("P-P plot: each fit's F at the data")
        .withAxisTitles("plotting position (i − ½)/n", "fitted F(x₍ᵢ₎)");
  }

  /**
   * A fit's Q-Q or P-P points, and a thin line through at most {@value #TRACE_POINTS} of them in
   * the fit's dash: the points are monotone, so the line follows them, and it tells the fits apart
   * where colour does not (the legend shows the dash).
   */
  private static void addPoints(List<PlotLayer> layers, Overlay f, ProbabilityPlots.Points p) {
    layers.add(PlotLayer.Points.of("", f.slot(), p.x(), p.y()));
    int n = p.x().length;
    int m = Math.min(n, TRACE_POINTS);
    double[] xs = new double[m];
    double[] ys = new double[m];
    for (int i = 0; i < m; i++) {
      int j = m == 1 ? 0 : (int) Math.round((double) i * (n - 1) / (m - 1));
      xs[i] = p.x()[j];
      ys[i] = p.y()[j];
    }
    layers.add(new PlotLayer.Polyline(f.name(), f.slot(), Dash.of(f.slot()), xs, ys));
  }

  static PlotModel profile(LikelihoodProfile p, String family, int slot) {
    double[] v = p.values();
    double[] l = p.logLikelihoods();
    if (v.length < 2) {
      return PlotModel.empty().withTitle("No profile: the refits around the estimate failed");
    }
    double yLo = p.maxLogLikelihood() - LikelihoodProfile.DROP_95;
    double yHi = p.maxLogLikelihood();
    for (double y : l) {
      yLo = Math.min(yLo, y);
      yHi = Math.max(yHi, y);
    }
    double yPad = 0.06 * (yHi - yLo) + 1e-9 * Math.abs(yHi);
    double xPad = 0.03 * (v[v.length - 1] - v[0]);
    List<PlotLayer> layers =
        List.of(
            PlotLayer.ReferenceLine.horizontal(
                yLo == yHi ? yHi : p.maxLogLikelihood() - LikelihoodProfile.DROP_95,
                "95% profile interval (ln L̂ − 1.92)"),
            PlotLayer.ReferenceLine.vertical(p.estimate(), "estimate"),
            new PlotLayer.Polyline("profile ln L", slot, Dash.SOLID, v, l),
            PlotLayer.Points.of("", slot, v, l));
    String failed = p.failed() > 0 ? " (" + p.failed() + " refits failed)" : "";
    return PlotModel.of(
            ViewRange.of(v[0] - xPad, v[v.length - 1] + xPad, yLo - yPad, yHi + yPad), layers)
        .withTitle("Profile log-likelihood of " + p.parameter() + " (" + family + ")" + failed)
        .withAxisTitles(p.parameter() + " (fixed; the others re-estimated)", "ln L");
  }

  static AxisRange xRange(Sample s) {
    double lo = s.min();
    double hi = s.max();
    if (!(hi > lo)) {
      lo -= 1;
      hi += 1;
    }
    double pad = 0.04 * (hi - lo);
    return AxisRange.of(lo - pad, hi + pad);
  }

  static boolean integers(FitData data) {
    for (int i = 0; i < data.distinct(); i++) {
      if (data.value(i) != Math.rint(data.value(i))) {
        return false;
      }
    }
    return true;
  }

  /** The data's relative frequencies as unit-wide bars centred on the integers. */
  private static PlotLayer massBars(FitData data) {
    int k = data.distinct();
    List<Double> edges = new ArrayList<>();
    List<Double> heights = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      double x = data.value(i);
      if (edges.isEmpty() || edges.get(edges.size() - 1) < x - 0.5) {
        if (!edges.isEmpty()) {
          heights.add(0.0); // a gap between integers that did not occur
        }
        edges.add(x - 0.5);
      }
      edges.add(x + 0.5);
      heights.add(data.weight(i) / data.totalWeight());
    }
    return new PlotLayer.Histogram(
        "data frequency",
        PlotLayer.NEUTRAL,
        edges.stream().mapToDouble(Double::doubleValue).toArray(),
        heights.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
