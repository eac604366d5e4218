package org.probscope.app.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The tables plots draw from: exact at the grid, faithful between, jumps and poles kept. */
class SampledCurveTest {

  @Test
  void gridPointsAreExactAndBetweenThemTheTableInterpolates() {
    SampledCurve t = SampledCurve.of(x -> x * x, 0, 1, 11, Double.POSITIVE_INFINITY);
    assertThat(t.applyAsDouble(0.3)).isEqualTo(0.3 * 0.3, within(1e-15));
    assertThat(t.applyAsDouble(0.35)).isEqualTo(0.5 * (0.09 + 0.16), within(1e-15));
    assertThat(t.applyAsDouble(1)).isEqualTo(1);
    assertThat(t.applyAsDouble(-0.01)).isNaN();
    assertThat(t.applyAsDouble(1.01)).isNaN();
  }

  @Test
  void aJumpStaysAJumpAtTheBisectedPlace() {
    SampledCurve t = SampledCurve.of(x -> x < 0.537 ? 0 : 1, 0, 1, 11, 0.1);
    assertThat(t.applyAsDouble(0.536)).isZero();
    assertThat(t.applyAsDouble(0.538)).isEqualTo(1);
  }

  /** A quantile function is infinite at p = 1: the curve must still climb out of the plot. */
  @Test
  void nextToAnInfiniteValueTheTableIsFinerSoTheCurveClimbsTowardsIt() {
    SampledCurve t = SampledCurve.of(p -> -Math.log1p(-p), 0, 1, 11, Double.POSITIVE_INFINITY);
    assertThat(t.applyAsDouble(1)).isInfinite();
    double near = t.applyAsDouble(0.995);
    assertThat(near).isGreaterThan(-Math.log1p(-0.9)).isGreaterThan(4);
    assertThat(t.applyAsDouble(0.95)).isBetween(-Math.log1p(-0.9), -Math.log1p(-0.95) + 0.2);
    SampledCurve pole = SampledCurve.of(x -> 1 / x, 0, 1, 11, Double.POSITIVE_INFINITY);
    assertThat(pole.applyAsDouble(0.005)).isGreaterThan(50);
  }
}
