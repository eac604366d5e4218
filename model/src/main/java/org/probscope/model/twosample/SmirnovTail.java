package org.probscope.model.twosample;

import org.apache.commons.math3.special.Gamma;

/**
 * The large-deviation branch of the two-sided one-sample Kolmogorov distribution that SciPy's
 * {@code kstwo.sf(d, N)} uses (Simard &amp; L'Ecuyer 2011, after Miller 1956): for N &gt; 140, 1
 * &lt; N·d &lt; N − 1 and either d ≥ 0.5 or N·d² ≥ 2.2, P(D<sub>N</sub> ≥ d) = 2 P(D<sub>N</sub>⁺ ≥
 * d), and 0 when d &lt; 0.5 and N·d² ≥ 370. The one-sided tail is Smirnov's sum (Birnbaum &amp;
 * Tingey 1951)
 *
 * <pre>
 * P(D⁺ ≥ d) = d Σ_{j=0}^{⌊N(1−d)⌋} C(N, j) (d + j/N)^{j−1} (1 − d − j/N)^{N−j}
 * </pre>
 *
 * <p>SciPy and Commons add all ⌊N(1 − d)⌋ terms, which takes most of a second at N = 500 000 (two
 * samples of 10⁶); for small d nearly all of them count. But the terms, as a function of j, form
 * one smooth bell (unimodal, log-concave in practice) whose width σ is thousands of indices there.
 * A sum of samples of such a function taken every s indices, times s, is the trapezoidal rule, and
 * by Poisson summation it differs from the sum over all j by about exp(−2π²σ²/s²) relative
 * (Trefethen &amp; Weideman 2014, SIAM Review 56(3), §5). So this class finds the largest term by
 * bisection, the distance σ at which ln(term) has dropped by ½ on each side, and sums every s =
 * ⌊σ/5⌋-th term outwards until the terms fall below 1e-17 of the sum (error exp(−50π²), nothing):
 * about a hundred terms instead of hundreds of thousands, the same value to about 1e-10 relative
 * (log-gamma rounding). If the bell is cut by an end of the range before it has decayed, the step
 * falls back to 1, the plain sum.
 */
final class SmirnovTail {

  private static final double NEGLIGIBLE = 1e-17;

  private SmirnovTail() {}

  /** Whether {@link #twoSidedPValue} is SciPy's branch for this d and N. */
  static boolean covers(double d, long effectiveSize) {
    double t = effectiveSize * d;
    return effectiveSize > 140
        && t > 1
        && t < effectiveSize - 1
        && (d >= 0.5 || effectiveSize * d * d >= 2.2);
  }

  /** P(D<sub>N</sub> ≥ d) on the branch {@link #covers} accepts. */
  static double twoSidedPValue(double d, long effectiveSize) {
    if (d < 0.5 && effectiveSize * d * d >= 370) {
      return 0;
    }
    return Math.min(1, 2 * oneSided(d, effectiveSize));
  }

  /** P(D<sub>N</sub>⁺ ≥ d) by the subsampled Smirnov sum. */
  static double oneSided(double d, long size) {
    LogTerm term = new LogTerm(size, d);
    long last = (long) Math.floor(size * (1 - d));
    long peak = largestTerm(term, last);
    double logPeak = term.at(peak);
    long width =
        Math.min(
            halfWidth(term, peak, logPeak, 1, last - peak),
            halfWidth(term, peak, logPeak, -1, peak));
    double sum = sampledSum(term, peak, logPeak, last, Math.max(1, width / 5));
    if (Double.isNaN(sum)) {
      sum = sampledSum(term, peak, logPeak, last, 1);
    }
    return d * Math.exp(Gamma.logGamma(size + 1.0) + logPeak) * sum;
  }

  /** The index of the largest term, by bisection on the sign of the next difference. */
  private static long largestTerm(LogTerm term, long last) {
    long low = 0;
    long high = last;
    while (low < high) {
      long mid = (low + high) >>> 1;
      if (term.at(mid + 1) > term.at(mid)) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The farthest distance (at most {@code room}) in one direction where ln(term) ≥ peak − ½. */
  private static long halfWidth(LogTerm term, long peak, double logPeak, int direction, long room) {
    long low = 0;
    long high = room;
    while (low < high) {
      long mid = (low + high + 1) >>> 1;
      if (term.at(peak + direction * mid) >= logPeak - 0.5) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /**
   * step × Σ term(peak + k·step)/term(peak) over k until the terms stop counting; NaN when a step
   * above 1 runs off the range before they do.
   */
  private static double sampledSum(LogTerm term, long peak, double logPeak, long last, long step) {
    double sum = 1;
    for (int direction = -1; direction <= 1; direction += 2) {
      for (long j = peak + direction * step; ; j += direction * step) {
        if (j < 0 || j > last) {
          if (step > 1) {
            return Double.NaN;
          }
          break;
        }
        double relative = Math.exp(term.at(j) - logPeak);
        sum += relative;
        if (relative < NEGLIGIBLE * sum) {
          break;
        }
      }
    }
    return sum * step;
  }

  /** ln of the j-th term without d and without the common factor N!. */
  private static final class LogTerm {
    private final double size;
    private final double d;

    LogTerm(long size, double d) {
      this.size = size;
      this.d = d;
    }

    double at(long j) {
      double rest = 1 - d - j / size;
      if (rest <= 0) {
        return Double.NEGATIVE_INFINITY;
      }
      return -Gamma.logGamma(j + 1.0)
          - Gamma.logGamma(size - j + 1)
          + (j - 1) * Math.log(d + j / size)
          + (size - j) * Math.log(rest);
    }
  }
}
