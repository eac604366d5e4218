package org.probscope.model.distribution;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.GuideTableDiscreteSampler;

/**
 * The mass and tails of one discrete law on the whole numbers of [{@link #lower()}, {@link
 * #upper()}], in double arguments so that counts beyond {@code Integer.MAX_VALUE} (a geometric tail
 * at 3e10) are as valid as any other. Every method takes a whole k inside the support; {@link
 * DiscreteAdapter} handles everything else (fractions, values outside, NaN).
 *
 * <p>The defaults compute logarithms of tails where the tail underflows (or is near it) by summing
 * the masses outward in log space, with the ratio of neighbouring masses, until a term is below
 * 1e-17 of the sum; they stop there because a log-concave mass decreases geometrically beyond the
 * mode. Families override what they can do better.
 */
abstract class DiscreteLaw {

  /** Below this a tail is summed in log space rather than logged. */
  static final double SMALLEST_TRUSTED = 1e-280;

  private static final double NEGLIGIBLE = 1e-17;

  private static final double SAMPLED_WINDOW_LOG = 45;

  /**
   * A mass ratio at or below this from k on makes the hazard's ratio sum converge to 1e-17 within
   * about 4·10⁴ terms, each exact to an ulp.
   */
  private static final double FAST_DECAY = 0.999;

  /** The most masses a sum outward takes (it converges in a few where it is used). */
  private static final double MAX_OUTWARD = 1e6;

  /** Smallest value with positive mass. */
  abstract double lower();

  /** Largest value with positive mass, {@code +Infinity} when unbounded. */
  abstract double upper();

  /** ln P(X = k). */
  abstract double logMass(double k);

  /** P(X = k). */
  double mass(double k) {
    return Math.exp(logMass(k));
  }

  /** P(X ≤ k), for k below {@link #upper()}. */
  abstract double cdf(double k);

  /** P(X &gt; k), for k below {@link #upper()}. */
  abstract double survival(double k);

  /** P(X = k + 1) / P(X = k), for k below {@link #upper()}. */
  double massRatio(double k) {
    return Math.exp(logMass(k + 1) - logMass(k));
  }

  /** ln P(X ≤ k): finite wherever the probability is positive, also when it underflows. */
  double logCdf(double k) {
    double c = cdf(k);
    if (c > 0.5) {
      return Math.log1p(-survival(k));
    }
    return c >= SMALLEST_TRUSTED ? Math.log(c) : logSumDown(k);
  }

  /** ln P(X &gt; k): finite wherever the probability is positive, also when it underflows. */
  double logSurvival(double k) {
    double s = survival(k);
    if (s > 0.5) {
      return Math.log1p(-cdf(k));
    }
    return s >= SMALLEST_TRUSTED ? Math.log(s) : logSumUp(k + 1);
  }

  /** P(X = k) / P(X ≥ k), from logarithms where either part is too small to divide. */
  double hazard(double k) {
    if (k >= upper()) {
      return 1;
    }
    double mass = mass(k);
    double above = survival(k);
    if (mass >= SMALLEST_TRUSTED && (above >= SMALLEST_TRUSTED || above == 0)) {
      return mass / (mass + above);
    }
    // h = 1 / (1 + P(X > k)/P(X = k)). Where the masses fall geometrically from k on, the ratio
    // is summed from the exact mass ratios: the logarithms of a Poisson(1e9) mass and tail at
    // 1.2e9 are about -2e7, whose ulp (4e-9) their difference would keep as its error
    double ratio = massRatio(k);
    if (ratio <= FAST_DECAY) {
      double sum = aboveOverMass(k);
      if (sum > 0 && Double.isFinite(sum)) {
        return 1 / (1 + sum);
      }
    }
    // otherwise from the difference of the logarithms: forming ln P(X >= k) first would add a
    // ratio of 1e-13 to a logarithm of 700, whose ulp is 1e-13
    double d = logSurvival(k) - logMass(k);
    if (Double.isNaN(d)) {
      // both logs overflow (a Poisson count of 1e308): P(X > k)/P(X = k) from the mass ratios
      d = Math.log(aboveOverMass(k));
    }
    return d <= 0 ? 1 / (1 + Math.exp(d)) : Math.exp(-d) / (1 + Math.exp(-d));
  }

  /**
   * P(X &gt; k) / P(X = k), summed outward by the mass ratio (k beyond the mode), or NaN when the
   * terms have not become negligible within {@link #MAX_OUTWARD} steps (a tail too heavy for it).
   */
  private double aboveOverMass(double k) {
    double term = 1;
    double sum = 0;
    double j = k;
    for (int steps = 0; j < upper() && steps < MAX_OUTWARD; steps++) {
      term *= massRatio(j);
      sum += term;
      if (term <= NEGLIGIBLE * sum || sum == 0 || j + 1 == j) {
        return sum; // converged, or beyond 2^53 where the next count is not a double
      }
      j++;
    }
    return j < upper() ? Double.NaN : sum;
  }

  /**
   * A first guess of the smallest k with {@code cdf(k) >= level} ({@code upperTail} false) or
   * {@code survival(k) <= level} (true); {@link DiscreteQuantiles} corrects it.
   */
  abstract double guess(double level, boolean upperTail);

  /** Draws values of this law. */
  abstract Distribution.Sampler sampler(UniformRandomProvider rng);

  /**
   * The last k, going from {@code mode} in {@code direction} (−1 or +1), whose log mass is at least
   * {@code cut}, or the support's end if the mass never falls that low: by doubling steps, then
   * bisection (a log-concave mass falls monotonically away from its mode).
   */
  final double edge(double mode, double cut, int direction) {
    double end = direction < 0 ? lower() : upper();
    double inside = mode;
    double outside;
    for (double step = 1; ; step *= 2) {
      double k = mode + direction * step;
      if (direction < 0 ? k <= end : k >= end) {
        if (logMass(end) >= cut) {
          return end;
        }
        outside = end;
        break;
      }
      if (logMass(k) < cut) {
        outside = k;
        break;
      }
      inside = k;
    }
    while (Math.abs(outside - inside) > 1) {
      double middle = Math.floor((inside + outside) / 2);
      if (logMass(middle) < cut) {
        outside = middle;
      } else {
        inside = middle;
      }
    }
    return inside;
  }

  /** ln(1 − e^x) for x ≤ 0, without cancellation on either side of −ln 2 (Mächler 2012). */
  static double log1mExp(double x) {
    return x > -0.6931471805599453 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
  }

  /** Draws by inversion, {@code quantile(u)} for a uniform u in [0, 1). */
  final Distribution.Sampler inversionSampler(UniformRandomProvider rng) {
    return () -> DiscreteQuantiles.quantile(this, rng.nextDouble());
  }

  /**
   * Draws by guide-table inversion (Commons RNG's {@code GuideTableDiscreteSampler}, Chen and Asau
   * 1974) over the values whose mass is within e^−{@value #SAMPLED_WINDOW_LOG} of the mode's: the
   * mass left out is below 1e-19 of the total, finer than the 2^−53 resolution of the uniform that
   * inversion could draw anyway. O(1) a draw after a pass over the window (at most 6·10⁵ values for
   * the families that use it).
   *
   * @param mode a value where the mass is largest (or next to it)
   */
  final Distribution.Sampler windowSampler(UniformRandomProvider rng, double mode) {
    double cut = logMass(mode) - SAMPLED_WINDOW_LOG;
    double lo = edge(mode, cut, -1);
    double hi = edge(mode, cut, +1);
    double[] masses = new double[(int) (hi - lo) + 1];
    double m = 0;
    for (int i = 0; i < masses.length; i++) {
      // restart from the log mass every 64 values so no rounding is carried far
      m = i % 64 == 0 ? mass(lo + i) : m * massRatio(lo + i - 1);
      masses[i] = m;
    }
    var table = GuideTableDiscreteSampler.of(rng, masses);
    return () -> lo + table.sample();
  }

  /** ln Σ_{j ≤ k} P(X = j), summed downward from k (k at or below the mode). */
  final double logSumDown(double k) {
    double logFirst = logMass(k);
    double sum = 1;
    double term = 1;
    for (double j = k; j > lower(); j--) {
      term /= massRatio(j - 1);
      sum += term;
      if (term <= NEGLIGIBLE * sum) {
        break;
      }
    }
    return logFirst + Math.log(sum);
  }

  /** ln Σ_{j ≥ k} P(X = j), summed upward from k (k at or above the mode). */
  final double logSumUp(double k) {
    double logFirst = logMass(k);
    double sum = 1;
    double term = 1;
    for (double j = k; j < upper(); j++) {
      term *= massRatio(j);
      sum += term;
      if (term <= NEGLIGIBLE * sum) {
        break;
      }
    }
    return logFirst + Math.log(sum);
  }
}
