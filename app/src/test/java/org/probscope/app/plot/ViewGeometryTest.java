package org.probscope.app.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Axis ranges, view ranges and the data-to-pixel mapping, without a toolkit. */
class ViewGeometryTest {

  private static final double EXACT = 1e-12;

  private final PixelMapping mapping =
      new PixelMapping(ViewRange.of(-2, 2, 0, 0.5), 50, 10, 400, 200);

  @Test
  void dataCornersMapToTheAreaCornersWithYGrowingDownwards() {
    assertThat(mapping.toPixelX(-2)).isEqualTo(50);
    assertThat(mapping.toPixelX(2)).isEqualTo(450);
    assertThat(mapping.toPixelY(0.5)).isEqualTo(10);
    assertThat(mapping.toPixelY(0)).isEqualTo(210);
    assertThat(mapping.toPixelX(0)).isEqualTo(250);
  }

  @Test
  void pixelToDataInvertsDataToPixel() {
    for (double x = -2; x <= 2; x += 0.37) {
      assertThat(mapping.toDataX(mapping.toPixelX(x))).isCloseTo(x, within(EXACT));
    }
    for (double y = 0; y <= 0.5; y += 0.031) {
      assertThat(mapping.toDataY(mapping.toPixelY(y))).isCloseTo(y, within(EXACT));
    }
  }

  @Test
  void farAwayValuesAreClampedToAFewAreaSizesSoPathsStayDrawable() {
    assertThat(mapping.toPixelY(1e300)).isEqualTo(10 - 4 * 200);
    assertThat(mapping.toPixelY(-1e300)).isEqualTo(210 + 4 * 200);
    assertThat(mapping.toPixelX(Double.NaN)).isNaN();
  }

  @Test
  void zoomKeepsTheAnchorAtTheSameRelativePosition() {
    AxisRange range = AxisRange.of(0, 10);
    AxisRange zoomed = range.zoom(0.5, 2);
    assertThat(zoomed.min()).isCloseTo(1, within(EXACT));
    assertThat(zoomed.max()).isCloseTo(6, within(EXACT));
    assertThat((2 - zoomed.min()) / zoomed.span()).isCloseTo(0.2, within(EXACT));
  }

  @Test
  void zoomXLeavesYAloneAndZoomScalesBoth() {
    ViewRange view = ViewRange.of(0, 10, 0, 1);
    assertThat(view.zoomX(2, 5).y()).isEqualTo(view.y());
    assertThat(view.zoomX(2, 5).x()).isEqualTo(AxisRange.of(-5, 15));
    assertThat(view.zoom(0.5, 5, 0.5).y()).isEqualTo(AxisRange.of(0.25, 0.75));
  }

  @Test
  void panShiftsBothEnds() {
    assertThat(ViewRange.of(0, 10, 0, 1).pan(2.5, -0.5))
        .isEqualTo(ViewRange.of(2.5, 12.5, -0.5, 0.5));
  }

  @Test
  void zoomOrPanThatWouldLeaveFiniteNumbersKeepsTheRange() {
    AxisRange range = AxisRange.of(0, 1);
    assertThat(range.zoom(1e-300, 0.5)).isSameAs(range);
    assertThat(range.zoom(1e308 * 10, 0.5)).isSameAs(range);
    assertThat(range.zoom(-1, 0.5)).isSameAs(range);
    assertThat(range.pan(Double.POSITIVE_INFINITY)).isSameAs(range);
    assertThat(AxisRange.of(1e300, 1.1e300).zoom(1e10, 1e300))
        .extracting(AxisRange::min)
        .isEqualTo(1e300);
  }

  @Test
  void emptyOrNonFiniteRangesAreRejected() {
    assertThatThrownBy(() -> AxisRange.of(1, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AxisRange.of(2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AxisRange.of(0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AxisRange.of(Double.NEGATIVE_INFINITY, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
