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

  /**
   * A test whose method gives p as a number: below 1e-300 it becomes that bound, as every other
   * p-value does, unless it is an exact 0 of an infinite statistic (a value the target cannot
   * produce); a subnormal 3e-320 carried no more than a digit or two.
   */
  public TestResult(GofTest test, double statistic, double pValue, String pValueMethod) {
    this(test, statistic, shown(statistic, pValue, pValueMethod));
  }

  private static PValue shown(double statistic, double p, String method) {
    boolean exactZero = p == 0 && statistic == Double.POSITIVE_INFINITY;
    return p < PValue.SMALLEST_SHOWN && !exactZero
        ? PValue.below(PValue.SMALLEST_SHOWN, Math.log(p), method, PValue.BELOW_SHOWN)
        : PValue.of(p, method);
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
