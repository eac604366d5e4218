package org.probscope.model.distribution;

/**
 * A unimodal, log-concave law whose tails are sums of its masses: read from a {@link
 * CumulativeTable} (exact sums), or a {@link SmoothTable} (Euler–Maclaurin block sums) where the
 * window of masses is longer than {@link CumulativeTable#MAX_WINDOW}. Either is built on the first
 * tail asked for, so building a distribution stays cheap (a slider drag that only draws the mass
 * never pays for it).
 */
abstract class SummedLaw extends DiscreteLaw {

  // racy single check: the tables are immutable (final fields), so building one twice is harmless
  private volatile CumulativeTable table;
  private volatile SmoothTable smooth;

  /** A value where the mass is largest (or next to it). */
  abstract double mode();

  /** The standard deviation, the longest block a {@link SmoothTable} may sum at once. */
  abstract double standardDeviation();

  /** The exact table, or null when the law is too wide for one (then {@link #smooth} is set). */
  private CumulativeTable table() {
    CumulativeTable t = table;
    if (t == null && smooth == null) {
      t = CumulativeTable.of(this, mode());
      if (t == null) {
        smooth = SmoothTable.of(this, mode(), standardDeviation());
      } else {
        table = t;
      }
    }
    return t;
  }

  @Override
  final double cdf(double k) {
    CumulativeTable t = table();
    if (t == null) {
      return smooth.cdf(k);
    }
    return t.isLower(k) ? t.cdf(k) : 1 - t.survival(k);
  }

  @Override
  final double survival(double k) {
    CumulativeTable t = table();
    if (t == null) {
      return smooth.survival(k);
    }
    return t.isLower(k) ? 1 - t.cdf(k) : t.survival(k);
  }

  @Override
  final double logCdf(double k) {
    return table() == null ? smooth.logCdf(k) : super.logCdf(k);
  }

  @Override
  final double logSurvival(double k) {
    return table() == null ? smooth.logSurvival(k) : super.logSurvival(k);
  }
}
