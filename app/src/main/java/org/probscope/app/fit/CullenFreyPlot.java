package org.probscope.app.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.probscope.app.plot.Dash;
import org.probscope.app.plot.PlotLayer;
import org.probscope.app.plot.PlotModel;
import org.probscope.app.plot.ViewRange;
import org.probscope.model.fit.CullenFrey;
import org.probscope.model.fit.CullenFreyReferences;
import org.probscope.model.fit.CullenFreyReferences.Reference;

/**
 * The Cullen and Frey graph as {@code descdist} draws it, with kurtosis rising upwards (descdist
 * turns the axis over): the observation, its bootstrap cloud, the families' points (labelled),
 * lines (coloured and dashed) and regions (shaded).
 */
final class CullenFreyPlot {

  private static final int LINE_POINTS = 160;

  private CullenFreyPlot() {}

  static PlotModel of(CullenFrey graph) {
    CullenFrey.Point obs = graph.observation();
    double xMax = Math.max(4, Math.ceil(obs.squaredSkewness()));
    double yMax = Math.max(10, Math.ceil(obs.kurtosis()));
    for (CullenFrey.Point p : graph.bootstrap()) {
      xMax = Math.max(xMax, Math.ceil(p.squaredSkewness()));
      yMax = Math.max(yMax, Math.ceil(p.kurtosis()));
    }
    List<PlotLayer> layers = new ArrayList<>();
    int line = 0;
    for (Reference r : graph.references()) {
      switch (r.shape()) {
        case REGION ->
            layers.add(
                new PlotLayer.Band(
                    name(r) + " (region)",
                    PlotLayer.NEUTRAL,
                    b1 -> b1 < 0 ? Double.NaN : CullenFreyReferences.regionLower(r, b1),
                    b1 -> b1 < 0 ? Double.NaN : CullenFreyReferences.regionUpper(r, b1)));
        case LINE -> {
          List<CullenFrey.Point> path = CullenFreyReferences.line(r, xMax * 1.05, LINE_POINTS);
          layers.add(
              new PlotLayer.Polyline(
                  name(r),
                  1 + line,
                  Dash.of(1 + line),
                  path.stream().mapToDouble(CullenFrey.Point::squaredSkewness).toArray(),
                  path.stream().mapToDouble(CullenFrey.Point::kurtosis).toArray()));
          line++;
        }
        case POINT -> {
          CullenFrey.Point p = CullenFreyReferences.point(r);
          layers.add(
              new PlotLayer.Marker(
                  name(r),
                  PlotLayer.NEUTRAL,
                  p.squaredSkewness(),
                  p.kurtosis() - 0.012 * yMax,
                  p.kurtosis() + 0.012 * yMax));
        }
      }
    }
    if (!graph.bootstrap().isEmpty()) {
      List<CullenFrey.Point> cloud = new ArrayList<>(graph.bootstrap());
      cloud.sort(Comparator.comparingDouble(CullenFrey.Point::squaredSkewness));
      layers.add(
          PlotLayer.Points.of(
              "bootstrap (" + cloud.size() + ")",
              4,
              cloud.stream().mapToDouble(CullenFrey.Point::squaredSkewness).toArray(),
              cloud.stream().mapToDouble(CullenFrey.Point::kurtosis).toArray()));
    }
    layers.add(
        PlotLayer.Points.of(
            "observation", 0, new double[] {obs.squaredSkewness()}, new double[] {obs.kurtosis()}));
    double tick = 0.012 * yMax;
    layers.add(
        new PlotLayer.Marker(
            "data", 0, obs.squaredSkewness(), obs.kurtosis() - tick, obs.kurtosis() + tick));
    // room on the left for the labels of the points at β₁ = 0 (normal, uniform, logistic), and
    // above the exponential point (4, 9), whose label would otherwise flip out of the plot
    return PlotModel.of(ViewRange.of(-0.14 * xMax, 1.04 * xMax, 1, yMax + 1), layers)
        .withTitle("Cullen and Frey graph")
        .withAxisTitles("square of skewness β₁", "kurtosis β₂");
  }

  static String name(Reference r) {
    return switch (r) {
      case NEGATIVE_BINOMIAL -> "negative binomial";
      default -> r.name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
