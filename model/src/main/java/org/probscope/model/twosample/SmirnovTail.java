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
 * <p>SciPy and Commons evaluate all ⌊N(1 − d)⌋ terms, which takes most of a second at N = 500 000
 * (two samples of 10⁶). The terms are unimodal in j and those within 1e-17 of the sum lie a few √N
 * either side of the largest, so this class finds the largest by bisection and sums outwards until
 * the terms stop counting: O(√N) work, the same value to about 1e-10 relative.
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

  /** P(D<sub>N</sub>⁺ ≥ d) by the windowed Smirnov sum. */
  static double oneSided(double d, long size) {
    LogTerm term = new LogTerm(size, d);
    long last = (long) Math.floor(size * (1 - d));
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
    long peak = low;
    double logPeak = term.at(peak);
    double sum = 1;
    for (int direction = -1; direction <= 1; direction += 2) {
      for (long j = peak + direction; j >= 0 && j <= last; j += direction) {
        double relative = Math.exp(term.at(j) - logPeak);
        sum += relative;
        if (relative < NEGLIGIBLE * sum) {
          break;
        }
      }
    }
    return d * Math.exp(Gamma.logGamma(size + 1.0) + logPeak) * sum;
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
