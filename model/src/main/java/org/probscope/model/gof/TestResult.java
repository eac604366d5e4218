package org.probscope.model.gof;

/**
 * One test's statistic and its p-value.
 *
 * @param test which test
 * @param statistic the statistic (may be {@code +Infinity}, e.g. A² when a value lies outside the
 *     target's support)
 * @param p the p-value, or an upper bound on it where its method cannot give a number (see {@link
 *     PValue})
 */
public record TestResult(GofTest test, double statistic, PValue p) {

  /** A test with a known p-value. */
  public TestResult(GofTest test, double statistic, double pValue, String pValueMethod) {
    this(test, statistic, PValue.of(pValue, pValueMethod));
  }

  /** The p-value when it is a number; NaN when only a bound is known (see {@link #p()}). */
  public double pValue() {
    return p.knownValue();
  }

  /** How the p-value was obtained, in words (e.g. "exact (Simard &amp; L'Ecuyer 2011)"). */
  public String pValueMethod() {
    return p.method();
  }

  /** Whether the null hypothesis is rejected at level {@code alpha}; see {@link PValue#rejects}. */
  public boolean rejects(double alpha) {
    return p.rejects(alpha);
  }
}
