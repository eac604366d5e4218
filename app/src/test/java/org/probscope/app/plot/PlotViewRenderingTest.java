package org.probscope.app.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probscope.app.plot.PlotFixture.blend;
import static org.probscope.app.plot.PlotFixture.colourAt;
import static org.probscope.app.plot.PlotFixture.colourNear;
import static org.probscope.app.plot.PlotFixture.mapping;
import static org.probscope.app.plot.PlotFixture.near;
import static org.probscope.app.plot.PlotFixture.onFx;
import static org.probscope.app.plot.PlotFixture.runFx;
import static org.probscope.app.plot.PlotFixture.snapshot;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Pixel facts of rendered plots, read back from snapshots of the headless (Monocle) stage. */
@ExtendWith(ApplicationExtension.class)
class PlotViewRenderingTest {

  private static final DoubleUnaryOperator STANDARD_NORMAL_DENSITY =
      x -> Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);

  private static final ViewRange DENSITY_VIEW = ViewRange.of(-4, 4, 0, 0.5);

  private PlotView view;

  @Start
  void start(Stage stage) {
    view = PlotFixture.showIn(stage);
  }

  private void show(PlotLayer... layers) {
    runFx(() -> view.setModel(PlotModel.of(DENSITY_VIEW, List.of(layers))));
  }

  @Test
  void aCurveIsDrawnWhereItsValueMaps() {
    show(new PlotLayer.Curve("density", 0, STANDARD_NORMAL_DENSITY));
    PlotImage image = snapshot(view);
    PixelMapping m = mapping(view);
    Color series = PlotTheme.LIGHT.series(0);
    for (double x : new double[] {-1.5, 0, 0.7, 2}) {
      double px = m.toPixelX(x);
      double py = m.toPixelY(STANDARD_NORMAL_DENSITY.applyAsDouble(x));
      // a 2-pixel line: its colour lies within one pixel of the exact position
      assertThat(colourNear(image, px, py, 1, series)).as("curve at x=%s", x).isTrue();
      assertThat(colourNear(image, px, py + 25, 2, series)).as("nothing 25 px below").isFalse();
    }
  }

  @Test
  void aJumpInACurveIsNotJoinedByAVerticalLine() {
    show(new PlotLayer.Curve("step", 1, x -> x < 0.3 ? 0.1 : 0.4));
    PlotImage image = snapshot(view);
    PixelMapping m = mapping(view);
    Color series = PlotTheme.LIGHT.series(1);
    double jumpX = m.toPixelX(0.3);
    assertThat(colourNear(image, jumpX - 3, m.toPixelY(0.1), 1, series)).isTrue();
    assertThat(colourNear(image, jumpX + 3, m.toPixelY(0.4), 1, series)).isTrue();
    assertThat(colourNear(image, jumpX, m.toPixelY(0.25), 2, series)).isFalse();
  }

  @Test
  void aDiscreteStepCurveHasNoRisersButHasDotsAtTheJumps() {
    // CDF of the uniform distribution on {0, 1, 2, 3}
    PlotLayer.StepCurve cdf =
        new PlotLayer.StepCurve("cdf", 0, k -> k < 0 ? 0 : k >= 3 ? 1 : (k + 1) / 4.0, true);
    runFx(() -> view.setModel(PlotModel.of(ViewRange.of(-1, 5, -0.1, 1.1), List.of(cdf))));
    PlotImage image = snapshot(view);
    PixelMapping m = mapping(view);
    Color series = PlotTheme.LIGHT.series(0);
    assertThat(colourNear(image, m.toPixelX(1.5), m.toPixelY(0.5), 1, series)).isTrue();
    // the open dot's interior at (2, 0.5) is background and there is no riser between the levels
    assertThat(colourNear(image, m.toPixelX(2), m.toPixelY(0.625), 2, series)).isFalse();
    assertThat(colourNear(image, m.toPixelX(2), m.toPixelY(0.75), 1, series)).isTrue();
  }

  @Test
  void theEcdfOfASortedSampleIsAStepFunction() {
    double[] sorted = {-1, 0, 0, 2};
    show(new PlotLayer.EcdfSteps("", 2, i -> sorted[i], sorted.length));
    runFx(() -> view.setModel(view.getModel().withHome(ViewRange.of(-2, 3, -0.1, 1.1))));
    PlotImage image = snapshot(view);
    PixelMapping m = mapping(view);
    Color series = PlotTheme.LIGHT.series(2);
    assertThat(colourNear(image, m.toPixelX(-0.5), m.toPixelY(0.25), 1, series)).isTrue();
    assertThat(colourNear(image, m.toPixelX(1), m.toPixelY(0.75), 1, series)).isTrue();
    assertThat(colourNear(image, m.toPixelX(2.5), m.toPixelY(1), 1, series)).isTrue();
    assertThat(colourNear(image, m.toPixelX(1), m.toPixelY(0.5), 2, series)).isFalse();
  }

  @Test
  void aBandIsShadedTranslucently() {
    show(new PlotLayer.Band("band", 0, x -> 0.1, x -> 0.3));
    PlotImage image = snapshot(view);
    PixelMapping m = mapping(view);
    Color expected =
        blend(PlotTheme.LIGHT.background(), PlotTheme.LIGHT.series(0), LayerPainter.BAND_OPACITY);
    // a point between grid lines: x = 0.5, y = 0.15 (grid lines are at whole multiples of 0.1 and
    // 1)
    assertThat(colourAt(image, m.toPixelX(0.5), m.toPixelY(0.15)))
        .satisfies(c -> assertThat(near(c, expected)).isTrue());
    assertThat(
            near(colourAt(image, m.toPixelX(0.5), m.toPixelY(0.35)), PlotTheme.LIGHT.background()))
        .isTrue();
  }

  @Test
  void aFilledAreaCoversOnlyItsInterval() {
    show(new PlotLayer.FilledArea("P(a<X<=b)", 1, x -> 0, STANDARD_NORMAL_DENSITY, -1, 1));
    PlotImage image = snapshot(view);
    PixelMapping m = mapping(view);
    Color fill =
        blend(PlotTheme.LIGHT.background(), PlotTheme.LIGHT.series(1), LayerPainter.AREA_OPACITY);
    assertThat(near(colourAt(image, m.toPixelX(0.5), m.toPixelY(0.15)), fill)).isTrue();
    assertThat(
            near(colourAt(image, m.toPixelX(1.5), m.toPixelY(0.05)), PlotTheme.LIGHT.background()))
        .isTrue();
  }

  @Test
  void theGapMarkerIsDrawnInItsColumn() {
    show(new PlotLayer.Marker("D = 0.3", 1, 1.5, 0.1, 0.4));
    PlotImage image = snapshot(view);
    PixelMapping m = mapping(view);
    Color series = PlotTheme.LIGHT.series(1);
    double column = AnnotationPainter.crisp(m.toPixelX(1.5));
    assertThat(near(colourAt(image, column, m.toPixelY(0.25)), series)).isTrue();
    assertThat(near(colourAt(image, column - 3, m.toPixelY(0.25)), PlotTheme.LIGHT.background()))
        .isTrue();
    assertThat(near(colourAt(image, column + 3, m.toPixelY(0.25)), PlotTheme.LIGHT.background()))
        .isTrue();
  }

  @Test
  void stemsRiseFromZeroAtTheIntegers() {
    runFx(
        () ->
            view.setModel(
                PlotModel.of(
                    ViewRange.of(-0.5, 4.5, 0, 0.5),
                    List.of(new PlotLayer.Stems("pmf", 3, k -> k >= 0 && k <= 4 ? 0.2 : 0)))));
    PlotImage image = snapshot(view);
    PixelMapping m = mapping(view);
    Color series = PlotTheme.LIGHT.series(3);
    assertThat(colourNear(image, m.toPixelX(2), m.toPixelY(0.1), 1, series)).isTrue();
    assertThat(colourNear(image, m.toPixelX(2.5), m.toPixelY(0.1), 2, series)).isFalse();
  }

  @Test
  void millionPointsAreDecimatedButStillDrawnAlongTheirLine() {
    int n = 1_000_000;
    show(new PlotLayer.Points("qq", 0, n, i -> -4 + 8.0 * i / n, i -> 0.05 + 0.4 * i / n));
    PlotImage image = snapshot(view);
    PixelMapping m = mapping(view);
    assertThat(colourNear(image, m.toPixelX(0), m.toPixelY(0.25), 1, PlotTheme.LIGHT.series(0)))
        .isTrue();
  }

  @Test
  void histogramBarsAreFilledUpToTheirHeight() {
    show(
        new PlotLayer.Histogram(
            "", 5, new double[] {-2, -1, 0, 1, 2}, new double[] {0.1, 0.3, 0.2, 0.05}));
    PlotImage image = snapshot(view);
    PixelMapping m = mapping(view);
    Color bar =
        blend(PlotTheme.LIGHT.background(), PlotTheme.LIGHT.series(5), LayerPainter.BAR_OPACITY);
    assertThat(near(colourAt(image, m.toPixelX(-0.7), m.toPixelY(0.15)), bar)).isTrue();
    // the bar over [0, 1] is 0.2 high
    assertThat(near(colourAt(image, m.toPixelX(0.3), m.toPixelY(0.15)), bar)).isTrue();
    assertThat(
            near(colourAt(image, m.toPixelX(0.3), m.toPixelY(0.25)), PlotTheme.LIGHT.background()))
        .isTrue();
  }

  @Test
  void aReferenceLineIsADashedLineInTheNeutralColour() {
    show(PlotLayer.ReferenceLine.horizontal(0.25, ""));
    PlotImage image = snapshot(view);
    PixelMapping m = mapping(view);
    double row = AnnotationPainter.crisp(m.toPixelY(0.25));
    int coloured = 0;
    int columns = 40;
    for (int i = 0; i < columns; i++) {
      if (near(colourAt(image, m.toPixelX(0.3) + i, row), PlotTheme.LIGHT.mutedText())) {
        coloured++;
      }
    }
    // dashes of 6 on, 4 off: about 60% of the row, never all of it
    assertThat(coloured).isBetween(columns / 3, columns - 4);
  }

  @Test
  void theDarkThemeHasADarkBackground() {
    show(new PlotLayer.Curve("density", 0, STANDARD_NORMAL_DENSITY));
    runFx(() -> view.setTheme(PlotTheme.DARK));
    PlotImage image = snapshot(view);
    Color corner = colourAt(image, 2, 2);
    assertThat(near(corner, PlotTheme.DARK.background())).isTrue();
    assertThat(corner.getBrightness()).isLessThan(0.15);
    PixelMapping m = mapping(view);
    assertThat(
            colourNear(
                image,
                m.toPixelX(0),
                m.toPixelY(STANDARD_NORMAL_DENSITY.applyAsDouble(0)),
                1,
                PlotTheme.DARK.series(0)))
        .isTrue();
  }

  @Test
  void manyModelChangesInOneFxRunDrawOneFrame() {
    long before =
        onFx(
            () -> {
              view.layout();
              return view.frameCount();
            });
    long drawnDuringChanges =
        onFx(
            () -> {
              for (int i = 1; i <= 50; i++) {
                double sd = i / 10.0;
                view.setModel(
                    PlotModel.of(
                        DENSITY_VIEW,
                        List.of(
                            new PlotLayer.Curve("", 0, x -> Math.exp(-0.5 * x * x / (sd * sd))))));
              }
              return view.frameCount() - before;
            });
    long after =
        onFx(
            () -> {
              view.layout();
              return view.frameCount();
            });
    assertThat(drawnDuringChanges).isZero();
    assertThat(after - before).isEqualTo(1);
  }

  @Test
  void theViewFollowsEachNewModelUntilTheUserZoomsAndFollowsAgainAfterAReset() {
    show(new PlotLayer.Curve("", 0, STANDARD_NORMAL_DENSITY));
    ViewRange movedHome = ViewRange.of(0, 10, 0, 1);
    runFx(() -> view.setModel(view.getModel().withHome(movedHome)));
    assertThat(onFx(view::getViewRange)).isEqualTo(movedHome);

    runFx(() -> view.zoomX(0.5));
    ViewRange zoomed = onFx(view::getViewRange);
    assertThat(zoomed.x()).isEqualTo(AxisRange.of(2.5, 7.5));
    assertThat(onFx(view::isFollowing)).isFalse();
    runFx(() -> view.setModel(view.getModel().withHome(DENSITY_VIEW)));
    assertThat(onFx(view::getViewRange).x()).isEqualTo(zoomed.x());
    // y was not touched by an x zoom, so it still follows the model
    assertThat(onFx(view::getViewRange).y()).isEqualTo(DENSITY_VIEW.y());

    runFx(view::resetView);
    assertThat(onFx(view::getViewRange)).isEqualTo(DENSITY_VIEW);
    runFx(() -> view.setModel(view.getModel().withHome(movedHome)));
    assertThat(onFx(view::getViewRange)).isEqualTo(movedHome);
  }

  @Test
  void aNullViewRangeFromABindingMeansTheHomeRange() {
    show(new PlotLayer.Curve("", 0, STANDARD_NORMAL_DENSITY));
    runFx(() -> view.setViewRange(ViewRange.of(-1, 1, 0, 0.5)));
    runFx(() -> view.viewRangeProperty().set(null));
    assertThat(onFx(view::getViewRange)).isEqualTo(DENSITY_VIEW);
  }

  @Test
  void autoYFitsTheCurveOverTheVisibleRange() {
    runFx(
        () ->
            view.setModel(
                PlotModel.of(
                        DENSITY_VIEW,
                        List.of(
                            new PlotLayer.Curve(
                                "", 0, x -> 3 * STANDARD_NORMAL_DENSITY.applyAsDouble(x))))
                    .withAutoY(true)));
    AxisRange y = onFx(view::getViewRange).y();
    double peak = 3 / Math.sqrt(2 * Math.PI);
    assertThat(y.max()).isGreaterThan(peak).isLessThan(peak * 1.1);
  }
}
