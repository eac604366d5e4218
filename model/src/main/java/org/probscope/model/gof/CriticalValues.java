package org.probscope.model.gof;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Critical values of the continuous-null tests, cached. A critical value depends only on the test,
 * n and α (each p-value method is a fixed function of the statistic and n), yet finding one takes a
 * root search over an exact p-value: 63 ms at n = 10³ and 178 ms at 10⁴ on every slider event
 * (issue 7) before the cache. The cache is a least-recently-used map of {@value #CAPACITY} entries
 * (a session rarely uses more than a few sample sizes and levels), guarded by its own lock; a value
 * is computed outside the lock, so two threads asking for the same new key may both compute it, and
 * both get the same number.
 */
final class CriticalValues {

  static final int CAPACITY = 256;

  private record Key(GofTest test, int n, double alpha) {}

  private static final Map<Key, Double> CACHE =
      new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Double> eldest) {
          return size() > CAPACITY;
        }
      };

  private CriticalValues() {}

  /**
   * The statistic whose p-value is α for a sample of size n; NaN where the p-value method has no
   * such statistic.
   */
  static double of(GofTest test, int n, double alpha) {
    Levels.requireLevel(alpha);
    Key key = new Key(test, n, alpha);
    synchronized (CACHE) {
      Double cached = CACHE.get(key);
      if (cached != null) {
        return cached;
      }
    }
    double value = compute(test, n, alpha);
    synchronized (CACHE) {
      CACHE.put(key, value);
    }
    return value;
  }

  private static double compute(GofTest test, int n, double alpha) {
    return switch (test) {
      case KOLMOGOROV_SMIRNOV -> KolmogorovSmirnovPValue.criticalValue(n, alpha);
      case KUIPER -> KuiperPValue.criticalValue(n, alpha);
      case CRAMER_VON_MISES -> CramerVonMisesPValue.criticalValue(n, alpha);
      case ANDERSON_DARLING -> AndersonDarlingPValue.criticalValue(n, alpha);
      case WATSON ->
          throw new IllegalArgumentException(
              "Watson's U² depends on the discrete target, not on (n, α) alone");
    };
  }

  /** How many values are cached (for tests). */
  static int size() {
    synchronized (CACHE) {
      return CACHE.size();
    }
  }
}
