package org.probscope.app.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 7, item 10: a legend goes where it hides the least, not always in the top right. */
class LegendPlacementTest {

  private static final PixelMapping AREA =
      new PixelMapping(ViewRange.of(-4, 4, -0.02, 1.02), 50, 20, 400, 300);

  private static double[] corner(PlotLayer... layers) {
    return LegendPlacement.corner(AREA, List.of(layers), 120, 60);
  }

  private static PlotLayer.Curve logisticCdf() {
    return new PlotLayer.Curve("F", 0, x -> 1 / (1 + Math.exp(-2 * x)));
  }

  @Test
  void aCdfEndingInTheTopRightGetsItsLegendInTheTopLeft() {
    double[] c = corner(logisticCdf());
    assertThat(c[0]).isEqualTo(AREA.left());
    assertThat(c[1]).isEqualTo(AREA.top());
  }

  @Test
  void aBellLeavesBothTopCornersFreeAndTheConventionalTopRightWins() {
    double[] c = corner(new PlotLayer.Curve("f", 0, x -> 0.9 * Math.exp(-2 * x * x)));
    assertThat(c[0]).isEqualTo(AREA.right() - 120);
    assertThat(c[1]).isEqualTo(AREA.top());
  }

  @Test
  void aSurvivalCurveUnderAHighLineLeavesOnlyTheBottomLeftFree() {
    PlotLayer.Curve falling = new PlotLayer.Curve("S", 0, x -> 1 / (1 + Math.exp(2 * x)));
    PlotLayer.Curve flatHigh = new PlotLayer.Curve("top", 1, x -> 0.97);
    double[] c = corner(falling, flatHigh);
    assertThat(c[0]).isEqualTo(AREA.left());
    assertThat(c[1]).isEqualTo(AREA.bottom() - 60);
  }

  @Test
  void aMarkerAndItsLabelAreNotCovered() {
    // a flat line at mid height touches no corner; the marker's label sits in the top left
    PlotLayer.Marker gap = new PlotLayer.Marker("D = 0.1", 3, -3.5, 0.9, 1.0);
    double[] c = corner(new PlotLayer.Curve("mid", 0, x -> 0.5), gap);
    assertThat(c[0]).isEqualTo(AREA.right() - 120);
    assertThat(c[1]).isEqualTo(AREA.top());
    PlotLayer.Marker right = new PlotLayer.Marker("D = 0.1", 3, 3.5, 0.9, 1.0);
    double[] d = corner(new PlotLayer.Curve("mid", 0, x -> 0.5), right);
    assertThat(d[0]).isEqualTo(AREA.left());
    assertThat(d[1]).isEqualTo(AREA.top());
  }

  @Test
  void aQuantileFunctionThatShootsUpOnlyAtTheRightEdgeStillKeepsTheTopRightFree() {
    PixelMapping unit = new PixelMapping(ViewRange.of(0, 1, -0.5, 10), 50, 20, 400, 300);
    // gamma(2)-like quantile: below 5 until p = 0.96, then up past the top
    PlotLayer.Curve q = new PlotLayer.Curve("Q", 0, p -> p < 1 ? -Math.log(1 - p) * 1.2 : 99);
    double[] c = LegendPlacement.corner(unit, List.of(q), 120, 40);
    assertThat(c[0]).isEqualTo(unit.left());
    assertThat(c[1]).isEqualTo(unit.top());
  }

  @Test
  void onAPlotTooSmallForALegendThatHidesNothingTheLegendIsLeftOut() {
    // the 800×560 explorer's CDF: about 55 px tall, a two-entry legend about 50 px
    PixelMapping tiny = new PixelMapping(ViewRange.of(-4, 4, -0.02, 1.02), 40, 20, 180, 55);
    PlotLayer.Curve ecdfLike = new PlotLayer.Curve("Fn", 1, x -> 1 / (1 + Math.exp(-1.9 * x)));
    assertThat(LegendPlacement.cornerOrNone(tiny, List.of(logisticCdf(), ecdfLike), 110, 50))
        .isNull();
    // the same legend on a plot of ordinary size has a free corner
    assertThat(LegendPlacement.cornerOrNone(AREA, List.of(logisticCdf(), ecdfLike), 110, 50))
        .containsExactly(AREA.left(), AREA.top());
  }

  @Test
  void aSmallLegendThatCoversSomethingIsStillDrawn() {
    PlotLayer.Curve everywhere = new PlotLayer.Curve("flat", 0, x -> 0.98);
    PlotLayer.Curve low = new PlotLayer.Curve("low", 1, x -> 0.02);
    assertThat(LegendPlacement.cornerOrNone(AREA, List.of(everywhere, low), 120, 60)).isNotNull();
  }
}
