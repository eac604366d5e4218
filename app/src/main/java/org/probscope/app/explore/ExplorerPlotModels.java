package org.probscope.app.explore;

import java.util.ArrayList;
import java.util.List;
import org.probscope.app.calc.CalculatorViewModel;
import org.probscope.app.plot.PlotLayer;
import org.probscope.app.plot.PlotModel;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.sample.Histogram;
import org.probscope.model.sample.Sample;

/**
 * Builds the explorer's plot models from immutable inputs. Cheap: layers hold the distribution's
 * own functions and the sample's sorted values, evaluated per pixel when drawn, so nothing here
 * depends on the sample size.
 */
final class ExplorerPlotModels {

  static final int TARGET = 0;
  static final int SAMPLE = 1;
  static final int SHADE = 2;

  /** The widest framing, as a multiple of the body's width, that a sample may ask for. */
  static final double MAX_WIDENING = 5;

  private ExplorerPlotModels() {}

  /** Density or mass, with the shaded calculator region and the sample's histogram. */
  static PlotModel density(
      Distribution d, ViewRange range, SampleSnapshot sample, CalculatorViewModel.Shade shade) {
    List<PlotLayer> layers = new ArrayList<>();
    if (sample != null) {
      Histogram h = sample.histogram();
      layers.add(new PlotLayer.Histogram("Sample histogram", SAMPLE, h.edges(), h.heights()));
    }
    if (shade != null && !d.isDiscrete()) {
      double from = Math.max(shade.lower(), range.lower() - range.width());
      double to = Math.min(shade.upper(), range.upper() + range.width());
      if (from < to) {
        layers.add(new PlotLayer.FilledArea("", SHADE, x -> 0, d::density, from, to));
      }
    }
    if (d.isDiscrete()) {
      layers.add(new PlotLayer.Stems("P(X = k)", TARGET, k -> massInShade(d, k, shade)));
      if (shade != null && shadesAStem(shade, range)) {
        layers.add(new PlotLayer.Stems("shaded", SHADE, k -> inShade(k, shade) ? d.density(k) : 0));
      }
    } else {
      layers.add(new PlotLayer.Curve("density", TARGET, d::density));
    }
    return PlotModel.of(home(range, 0, 1), layers)
        .withAxisTitles("x", d.isDiscrete() ? "P(X = k)" : "density f(x)")
        .withTitle(d.isDiscrete() ? "Probability mass" : "Density")
        .withAutoY(true);
  }

  /** The CDF, with the sample's empirical CDF over it. */
  static PlotModel cdf(Distribution d, ViewRange range, SampleSnapshot sample) {
    List<PlotLayer> layers = new ArrayList<>();
    if (sample != null) {
      Sample s = sample.sample();
      layers.add(new PlotLayer.EcdfSteps("sample ECDF", SAMPLE, s::sorted, s.size()));
    }
    if (d.isDiscrete()) {
      layers.add(new PlotLayer.StepCurve("F(x)", TARGET, k -> d.cdf(k), true));
    } else {
      layers.add(new PlotLayer.Curve("F(x)", TARGET, d::cdf));
    }
    return PlotModel.of(home(range, -0.02, 1.02), layers)
        .withAxisTitles("x", "P(X ≤ x)")
        .withTitle("Cumulative distribution");
  }

  /**
   * The x range the plots show: the distribution's body, widened to the sample's range when there
   * is a sample nearby (so a sample drawn elsewhere, or a target moved a little away from it, stays
   * in view). A sample on another scale would squeeze the body into a few pixels (a gamma sample
   * beside hypergeometric(population=1e9, ...) at 2.5e8): then the body alone is framed, since the
   * plots are about the distribution.
   */
  static ViewRange home(ViewRange body, SampleSnapshot sample) {
    if (sample == null) {
      return body;
    }
    double lo = Math.min(body.lower(), sample.sample().min());
    double hi = Math.max(body.upper(), sample.sample().max());
    if (lo == body.lower() && hi == body.upper()) {
      return body;
    }
    if (!(hi - lo <= MAX_WIDENING * body.width())) {
      return body;
    }
    double pad = hi > lo ? 0.03 * (hi - lo) : 1;
    return new ViewRange(lo - pad, hi + pad);
  }

  /**
   * The quantile function over p in (0, 1). Its y range is the distribution's body alone: no sample
   * quantiles are drawn here, so the sample's range has no business stretching it.
   */
  static PlotModel quantile(Distribution d, ViewRange body) {
    List<PlotLayer> layers = List.of(new PlotLayer.Curve("Q(p)", TARGET, d::quantile));
    ViewRange range = body;
    double pad = 0.02 * range.width();
    return PlotModel.of(
            org.probscope.app.plot.ViewRange.of(0, 1, range.lower() - pad, range.upper() + pad),
            layers)
        .withAxisTitles("p", "Q(p)")
        .withTitle("Quantile function");
  }

  private static org.probscope.app.plot.ViewRange home(ViewRange range, double yMin, double yMax) {
    return org.probscope.app.plot.ViewRange.of(range.lower(), range.upper(), yMin, yMax);
  }

  private static double massInShade(Distribution d, int k, CalculatorViewModel.Shade shade) {
    return shade != null && inShade(k, shade) ? 0 : d.density(k);
  }

  /**
   * Whether some whole k in (lower, upper] lies in the view: otherwise "shaded" in the legend would
   * name something that is not drawn (a = 18.36, b = 18.9).
   */
  static boolean shadesAStem(CalculatorViewModel.Shade shade, ViewRange range) {
    double first = Math.max(Math.floor(shade.lower()) + 1, Math.ceil(range.lower()));
    double last = Math.min(Math.floor(shade.upper()), Math.floor(range.upper()));
    return first <= last;
  }

  private static boolean inShade(int k, CalculatorViewModel.Shade shade) {
    return k > shade.lower() && k <= shade.upper();
  }
}
