package org.probscope.model.gof;

/**
 * Where the Kolmogorov–Smirnov statistic sits: at the order statistic {@code x} the empirical CDF
 * jumps from {@code ecdfBefore} = (i−1)/n to {@code ecdfAt} = i/n while the target CDF is {@code
 * cdf}. The largest gap is the vertical segment from {@link #segmentLow()} to {@link
 * #segmentHigh()} at {@code x}, of length D.
 *
 * @param x the order statistic where the largest gap sits (the first one when several tie)
 * @param ecdfBefore Fn just left of {@code x}
 * @param ecdfAt Fn at {@code x}
 * @param cdf F at {@code x}
 * @param ecdfAbove true when the gap is D⁺ (Fn above F), false when it is D⁻ (F above Fn)
 */
public record KsGap(double x, double ecdfBefore, double ecdfAt, double cdf, boolean ecdfAbove) {

  /** The lower end of the segment to draw: F for D⁺, Fn(x−) for D⁻. */
  public double segmentLow() {
    return ecdfAbove ? cdf : ecdfBefore;
  }

  /** The upper end of the segment to draw: Fn(x) for D⁺, F for D⁻. */
  public double segmentHigh() {
    return ecdfAbove ? ecdfAt : cdf;
  }
}
