package org.probscope.app.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The toolkit-free parts of the painters and the auto range. */
class PainterMathTest {

  @Test
  void countAtOrBelowIsTheEcdfNumeratorIncludingTies() {
    double[] sorted = {1, 2, 2, 2, 5};
    assertThat(StepPainter.countAtOrBelow(i -> sorted[i], 5, 0.5)).isZero();
    assertThat(StepPainter.countAtOrBelow(i -> sorted[i], 5, 1)).isEqualTo(1);
    assertThat(StepPainter.countAtOrBelow(i -> sorted[i], 5, 2)).isEqualTo(4);
    assertThat(StepPainter.countAtOrBelow(i -> sorted[i], 5, 4.99)).isEqualTo(4);
    assertThat(StepPainter.countAtOrBelow(i -> sorted[i], 5, 5)).isEqualTo(5);
  }

  @Test
  void aJumpIsADiscontinuityButASteepSlopeIsNot() {
    DoubleUnaryOperator step = x -> x < 0.3 ? 0 : 1;
    DoubleUnaryOperator steep = x -> Math.atan(1e4 * (x - 0.3));
    assertThat(FunctionPainter.isDiscontinuous(step, 0.25, 0, 0.35, 1)).isTrue();
    assertThat(
            FunctionPainter.isDiscontinuous(
                steep, 0.25, steep.applyAsDouble(0.25), 0.35, steep.applyAsDouble(0.35)))
        .isFalse();
  }

  @Test
  void aPoleBetweenSamplesIsADiscontinuity() {
    DoubleUnaryOperator tan = Math::tan;
    double a = Math.PI / 2 - 0.01;
    double b = Math.PI / 2 + 0.01;
    assertThat(
            FunctionPainter.isDiscontinuous(tan, a, tan.applyAsDouble(a), b, tan.applyAsDouble(b)))
        .isTrue();
  }

  @Test
  void autoYCoversTheCurveOverTheVisibleXWithFourPercentPadding() {
    PlotLayer line = new PlotLayer.Curve("", 0, x -> 2 * x);
    AxisRange y = AutoRange.yRange(List.of(line), AxisRange.of(0, 1), AxisRange.of(0, 1));
    assertThat(y.min()).isCloseTo(-0.08, within(1e-12));
    assertThat(y.max()).isCloseTo(2.08, within(1e-12));
  }

  @Test
  void autoYIgnoresNonFiniteValuesAndFallsBackWhenNothingIsFinite() {
    AxisRange fallback = AxisRange.of(-1, 1);
    PlotLayer nothing = new PlotLayer.Curve("", 0, x -> Double.NaN);
    assertThat(AutoRange.yRange(List.of(nothing), AxisRange.of(0, 1), fallback)).isSameAs(fallback);
    PlotLayer pole = new PlotLayer.Curve("", 0, x -> x == 0 ? Double.POSITIVE_INFINITY : 1);
    AxisRange y = AutoRange.yRange(List.of(pole), AxisRange.of(0, 1), fallback);
    assertThat(y.contains(1)).isTrue();
    assertThat(y.max()).isLessThan(2);
  }

  @Test
  void autoYOfStemsAndEcdfStartsAtZero() {
    PlotLayer stems = new PlotLayer.Stems("", 0, k -> 0.5);
    assertThat(
            AutoRange.yRange(List.of(stems), AxisRange.of(0, 10), AxisRange.of(5, 6)).contains(0))
        .isTrue();
    PlotLayer ecdf = new PlotLayer.EcdfSteps("", 0, i -> i, 3);
    AxisRange y = AutoRange.yRange(List.of(ecdf), AxisRange.of(5, 6), AxisRange.of(5, 6));
    assertThat(y.min()).isLessThan(0);
    assertThat(y.max()).isGreaterThan(1);
  }

  @Test
  void anXTickLabelAtTheRightEdgeIsMovedInsideTheCanvas() {
    assertThat(PlotRenderer.labelCentre(640, 20, 640)).isEqualTo(619);
    assertThat(PlotRenderer.labelCentre(0, 20, 640)).isEqualTo(21);
    assertThat(PlotRenderer.labelCentre(300, 20, 640)).isEqualTo(300);
    assertThat(PlotRenderer.labelCentre(300, 400, 640)).isEqualTo(320);
  }

  @Test
  void aKsLabelIsPlacedClearOfTheTwoCdfsItsMarkerJoins() {
    PixelMapping m = new PixelMapping(ViewRange.of(-4, 4, -0.02, 1.02), 50, 20, 400, 200);
    DoubleUnaryOperator target = x -> 1 / (1 + Math.exp(-2 * x));
    DoubleUnaryOperator sample = x -> 1 / (1 + Math.exp(-2 * (x - 0.3)));
    for (double x = -2; x <= 2; x += 0.25) {
      double upper =
          Math.min(m.toPixelY(target.applyAsDouble(x)), m.toPixelY(sample.applyAsDouble(x)));
      double lower =
          Math.max(m.toPixelY(target.applyAsDouble(x)), m.toPixelY(sample.applyAsDouble(x)));
      double px = m.toPixelX(x);
      boolean aboveLeft = AnnotationPainter.labelAboveLeft(m, upper);
      // the label's box, 70 px wide and one line tall, beside the end it is drawn at
      double left = aboveLeft ? px - 6 - 70 : px + 6;
      double top = aboveLeft ? upper - 6 - AnnotationPainter.LABEL_HEIGHT : lower + 6;
      double bottom = top + AnnotationPainter.LABEL_HEIGHT;
      for (double c = left; c <= left + 70; c++) {
        for (DoubleUnaryOperator f : List.of(target, sample)) {
          double y = m.toPixelY(f.applyAsDouble(m.toDataX(c)));
          assertThat(y < top || y > bottom)
              .as("marker at x = %s: curve at pixel (%.0f, %.0f) inside the label", x, c, y)
              .isTrue();
        }
      }
    }
  }
}
