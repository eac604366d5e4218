package org.probscope.app.gof;

import java.util.ArrayList;
import java.util.List;
import org.probscope.app.plot.AxisRange;
import org.probscope.app.plot.PlotLayer;
import org.probscope.app.plot.PlotModel;
import org.probscope.app.plot.ViewRange;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Figures;
import org.probscope.model.gof.DkwBand;
import org.probscope.model.gof.KsGap;
import org.probscope.model.sample.Sample;

/** Builds the goodness-of-fit plots; every layer is drawn per pixel, whatever the sample size. */
final class GofPlotModels {

  static final int TARGET = 0;
  static final int SAMPLE = 1;
  static final int BAND = 2;
  static final int GAP = 3;
  static final int KDE = 4;

  private GofPlotModels() {}

  /**
   * What the user asked to see besides the data.
   *
   * @param band the DKW band (CDF view)
   * @param wassersteinArea the area between Fn and F (CDF view)
   * @param kde the sample's kernel density estimate (density view)
   * @param stale whether the figures (band, KS gap, Q-Q and P-P points) belong to an earlier
   *     request than the one being computed
   */
  record Options(boolean band, boolean wassersteinArea, boolean kde, boolean stale) {}

  /**
   * The plot of {@code kind}; a placeholder while there is no sample or no figures yet. The
   * target's curves come from {@code d}, the newest target, so they follow a slider at once; the
   * figures come from {@code result}, marked when stale.
   */
  static PlotModel choose(
      GofViewModel.PlotKind kind,
      SampleSnapshot sample,
      Distribution d,
      GofSnapshot result,
      AxisRange frame,
      SampleShape shape,
      Options options) {
    if (sample == null) {
      return PlotModel.empty().withTitle("No sample yet");
    }
    boolean current = result != null && result.sample() == sample.sample() && frame != null;
    if (!current) {
      return PlotModel.empty().withTitle("Computing the figures…");
    }
    String updating = options.stale() ? " (updating…)" : "";
    return switch (kind) {
      case DENSITY ->
          shape == null || shape.sample() != sample.sample()
              ? PlotModel.empty().withTitle("Computing the histogram…")
              : density(shape, d, frame, options.kde());
      case QQ -> qq(result.qq()).withTitle("Q-Q plot against the target" + updating);
      case PP -> pp(result.pp()).withTitle("P-P plot against the target" + updating);
      case CDF ->
          cdf(
              sample.sample(),
              d,
              frame,
              options.band() ? result.band() : null,
              options.wassersteinArea(),
              result.gof().ksGap(),
              options.stale());
    };
  }

  /** The read-out at data x: F(x) of the target and Fn(x) of the sample; off the FX thread. */
  static String readout(Distribution d, Sample s, double x) {
    return "x = "
        + Figures.format(x, 5)
        + "   F(x) = "
        + Figures.format(d.cdf(x), 5)
        + "   Fn(x) = "
        + Figures.format(s.ecdf(x), 5);
  }

  /** The x range showing the sample and the target's body together. */
  static AxisRange xRange(Sample s, Distribution d) {
    double lo = Math.min(s.min(), finiteOr(d.quantile(0.001), s.min()));
    double hi = Math.max(s.max(), finiteOr(d.quantile(0.999), s.max()));
    if (!(hi > lo)) {
      lo -= 1;
      hi += 1;
    }
    double pad = 0.04 * (hi - lo);
    return AxisRange.of(lo - pad, hi + pad);
  }

  static PlotModel cdf(
      Sample s,
      Distribution d,
      AxisRange x,
      DkwBand band,
      boolean wassersteinArea,
      KsGap gap,
      boolean stale) {
    List<PlotLayer> layers = new ArrayList<>();
    if (band != null) {
      layers.add(
          new PlotLayer.Band(
              "DKW band " + Figures.format(100 * (1 - band.alpha()), 3) + "%",
              BAND,
              t -> band.lower(s.ecdf(t)),
              t -> band.upper(s.ecdf(t))));
    }
    if (wassersteinArea) {
      layers.add(
          new PlotLayer.FilledArea(
              "W₁ area",
              GAP,
              t -> Math.min(s.ecdf(t), d.cdf(t)),
              t -> Math.max(s.ecdf(t), d.cdf(t)),
              x.min() - x.span(),
              x.max() + x.span()));
    }
    layers.add(new PlotLayer.EcdfSteps("sample Fn", SAMPLE, s::sorted, s.size()));
    if (d.isDiscrete()) {
      layers.add(new PlotLayer.StepCurve("target F", TARGET, k -> d.cdf(k), false));
    } else {
      layers.add(new PlotLayer.Curve("target F", TARGET, d::cdf));
    }
    if (gap != null) {
      double size = gap.segmentHigh() - gap.segmentLow();
      // a stale gap belongs to an earlier target: drawn grey and labelled so until the newest
      layers.add(
          new PlotLayer.Marker(
              "D = " + Figures.format(size, 3) + (stale ? " (updating…)" : ""),
              stale ? PlotLayer.NEUTRAL : GAP,
              gap.x(),
              gap.segmentLow(),
              gap.segmentHigh()));
    }
    return PlotModel.of(ViewRange.of(x.min(), x.max(), -0.02, 1.02), layers)
        .withTitle("Empirical CDF over the target CDF")
        .withAxisTitles("x", "P(X ≤ x)");
  }

  static PlotModel density(SampleShape shape, Distribution d, AxisRange x, boolean kde) {
    List<PlotLayer> layers = new ArrayList<>();
    var h = shape.histogram();
    layers.add(new PlotLayer.Histogram("sample histogram", SAMPLE, h.edges(), h.heights()));
    if (kde) {
      layers.add(new PlotLayer.Curve("sample KDE", KDE, shape.kde()::density));
    }
    if (d.isDiscrete()) {
      layers.add(new PlotLayer.Stems("target P(X = k)", TARGET, d::density));
    } else {
      layers.add(new PlotLayer.Curve("target density", TARGET, d::density));
    }
    return PlotModel.of(ViewRange.of(x.min(), x.max(), 0, 1), layers)
        .withAutoY(true)
        .withTitle("Histogram over the target density")
        .withAxisTitles("x", "density");
  }

  static PlotModel qq(ProbabilityPlots.Points points) {
    double lo = Math.min(first(points.x()), first(points.y()));
    double hi = Math.max(last(points.x()), last(points.y()));
    if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
      lo = -1;
      hi = 1;
    }
    double pad = 0.04 * (hi - lo);
    List<PlotLayer> layers =
        List.of(
            new PlotLayer.Curve("y = x", TARGET, t -> t), finitePoints("sample quantiles", points));
    return PlotModel.of(ViewRange.of(lo - pad, hi + pad, lo - pad, hi + pad), layers)
        .withTitle("Q-Q plot against the target")
        .withAxisTitles("target quantile", "sample quantile");
  }

  static PlotModel pp(ProbabilityPlots.Points points) {
    List<PlotLayer> layers =
        List.of(new PlotLayer.Curve("y = x", TARGET, t -> t), finitePoints("F(x₍ᵢ₎)", points));
    return PlotModel.of(ViewRange.of(-0.02, 1.02, -0.02, 1.02), layers)
        .withTitle("P-P plot against the target")
        .withAxisTitles("plotting position (i − ½)/n", "target F(x₍ᵢ₎)");
  }

  private static PlotLayer finitePoints(String name, ProbabilityPlots.Points p) {
    ProbabilityPlots.Points f = p.finite();
    return PlotLayer.Points.of(name, SAMPLE, f.x(), f.y());
  }

  private static double first(double[] a) {
    for (double v : a) {
      if (Double.isFinite(v)) {
        return v;
      }
    }
    return Double.NaN;
  }

  private static double last(double[] a) {
    for (int i = a.length - 1; i >= 0; i--) {
      if (Double.isFinite(a[i])) {
        return a[i];
      }
    }
    return Double.NaN;
  }

  private static double finiteOr(double v, double fallback) {
    return Double.isFinite(v) ? v : fallback;
  }
}
