package org.probscope.app.explore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.probscope.app.plot.AxisRange;
import org.probscope.app.plot.PlotLayer;
import org.probscope.app.sample.SampleSnapshot;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/** What "Frame plots" frames: the distribution's body, whatever the sample on screen. */
class FramingTest {

  private static Distribution law(String spec) {
    return DistributionSpec.parse(spec).orElseThrow();
  }

  private static SampleSnapshot drawn(String spec, int n) {
    Sample s = SampleGenerator.draw(law(spec), n, 1);
    return SampleSnapshot.of(s, spec);
  }

  @Test
  void allMassAtZeroIsFramedAroundZeroNotOverTheWholeSupport() {
    ViewRange body = ViewRange.around(law("binomial(trials=1e9, p=1e-300)"));
    assertThat(body.lower()).isEqualTo(-0.5);
    assertThat(body.upper()).isLessThanOrEqualTo(3.5);
  }

  @Test
  void aSupportEndNearTheBodyIsShown() {
    ViewRange beta = ViewRange.around(law("beta(alpha=0.5, beta=0.5)"));
    assertThat(beta.lower()).isLessThan(0).isGreaterThan(-0.1);
    assertThat(beta.upper()).isGreaterThan(1).isLessThan(1.1);
    ViewRange binomial = ViewRange.around(law("binomial(trials=10, p=0.5)"));
    assertThat(binomial.lower()).isEqualTo(-0.5);
    assertThat(binomial.upper()).isEqualTo(10.5);
    ViewRange zipf = ViewRange.around(law("zipf(elements=100000, exponent=0.2)"));
    assertThat(zipf.upper()).isEqualTo(100000.5);
  }

  @Test
  void aSampleOnAnotherScaleDoesNotSqueezeTheBody() {
    Distribution d = law("normal(mean=1000000, sd=1)");
    ViewRange body = ViewRange.around(d);
    SampleSnapshot gamma = drawn("gamma(shape=2, scale=1)", 1000);
    assertThat(ExplorerPlotModels.home(body, gamma)).isEqualTo(body);
  }

  @Test
  void aSampleNearTheBodyStaysInView() {
    ViewRange body = ViewRange.around(law("normal(mean=0, sd=1)"));
    SampleSnapshot shifted = drawn("normal(mean=3, sd=1)", 1000);
    ViewRange home = ExplorerPlotModels.home(body, shifted);
    assertThat(home.upper()).isGreaterThan(shifted.sample().max());
    assertThat(home.lower())
        .isEqualTo(body.lower() - 0.03 * (shifted.sample().max() - body.lower()));
  }

  @Test
  void theMassFunctionSetsTheYRangeWhenTheHistogramIsOnAnotherScale() {
    Distribution zipf = law("zipf(elements=100000, exponent=0.2)");
    ViewRange body = ViewRange.around(zipf);
    SampleSnapshot sample = drawn("gamma(shape=2, scale=1)", 1000);
    var model = ExplorerPlotModels.density(zipf, body, sample, null);
    double peak = zipf.density(1);
    AxisRange y =
        org.probscope.app.plot.AutoRange.yRange(
            model.layers(), AxisRange.of(body.lower(), body.upper()), AxisRange.of(0, 1));
    assertThat(y.max()).isLessThan(2 * peak).isGreaterThanOrEqualTo(peak);
    assertThat(model.layers()).anyMatch(l -> l instanceof PlotLayer.Histogram);
  }

  @Test
  void aHistogramOfTheTargetsOwnSampleStaysInsideTheYRange() {
    Distribution normal = law("normal(mean=0, sd=1)");
    ViewRange body = ViewRange.around(normal);
    SampleSnapshot sample = drawn("normal(mean=0, sd=1)", 200);
    var model = ExplorerPlotModels.density(normal, body, sample, null);
    AxisRange y =
        org.probscope.app.plot.AutoRange.yRange(
            model.layers(), AxisRange.of(body.lower(), body.upper()), AxisRange.of(0, 1));
    double tallest = 0;
    for (double h : sample.histogram().heights()) {
      tallest = Math.max(tallest, h);
    }
    assertThat(y.max()).isGreaterThanOrEqualTo(tallest);
  }

  @Test
  void theMassLegendNamesShadedStemsOnlyWhenSomeAreShaded() {
    Distribution poisson = law("poisson(mean=3)");
    ViewRange body = ViewRange.around(poisson);
    var none = new org.probscope.app.calc.CalculatorViewModel.Shade(18.36, 18.9);
    var some = new org.probscope.app.calc.CalculatorViewModel.Shade(1.5, 4);
    var offView = new org.probscope.app.calc.CalculatorViewModel.Shade(500, 600);
    assertThat(ExplorerPlotModels.density(poisson, body, null, none).layers())
        .noneMatch(l -> l.name().equals("shaded"));
    assertThat(ExplorerPlotModels.density(poisson, body, null, offView).layers())
        .noneMatch(l -> l.name().equals("shaded"));
    assertThat(ExplorerPlotModels.density(poisson, body, null, some).layers())
        .anyMatch(l -> l.name().equals("shaded"));
  }
}
