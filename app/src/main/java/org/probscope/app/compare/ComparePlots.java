package org.probscope.app.compare;

import java.util.List;
import org.probscope.app.plot.PlotLayer;
import org.probscope.app.plot.PlotModel;
import org.probscope.app.plot.ViewRange;
import org.probscope.model.distribution.Figures;
import org.probscope.model.sample.Sample;
import org.probscope.model.twosample.KolmogorovSmirnovTwoSample;

/** The Compare plot: both empirical CDFs and the largest gap between them. */
final class ComparePlots {

  static final int ACTIVE_SERIES = 0;
  static final int REFERENCE_SERIES = 1;
  static final int GAP_SERIES = 2;

  private ComparePlots() {}

  /** The plot before there are two samples to compare. */
  static PlotModel empty() {
    return PlotModel.empty().withAxisTitles("x", "Fn(x)");
  }

  static PlotModel of(CompareViewModel.ComparedPair pair) {
    Sample a = pair.active().snapshot().sample();
    Sample b = pair.reference().snapshot().sample();
    KolmogorovSmirnovTwoSample ks = pair.comparison().kolmogorovSmirnov();
    List<PlotLayer> layers =
        List.of(
            new PlotLayer.EcdfSteps(pair.active().name(), ACTIVE_SERIES, a::sorted, a.size()),
            new PlotLayer.EcdfSteps(pair.reference().name(), REFERENCE_SERIES, b::sorted, b.size()),
            new PlotLayer.Marker(
                "D = " + Figures.format(ks.statistic(), 3),
                GAP_SERIES,
                ks.location(),
                ks.ecdfA(),
                ks.ecdfB()));
    return PlotModel.of(home(a, b), layers)
        .withTitle("Empirical CDFs")
        .withAxisTitles("x", "Fn(x)");
  }

  private static ViewRange home(Sample a, Sample b) {
    double lo = Math.min(a.min(), b.min());
    double hi = Math.max(a.max(), b.max());
    double pad = hi > lo ? 0.05 * (hi - lo) : Math.max(1, Math.abs(lo) * 0.1);
    return ViewRange.of(lo - pad, hi + pad, -0.02, 1.05);
  }
}
