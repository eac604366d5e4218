package org.probscope.model.gof;

/**
 * One test's statistic and its p-value.
 *
 * @param test which test
 * @param statistic the statistic (may be {@code +Infinity}, e.g. A² when a value lies outside the
 *     target's support)
 * @param pValue the p-value in [0, 1]; for a discrete target it is the continuous-case p-value,
 *     which is then conservative
 * @param pValueMethod how the p-value was obtained, in words (e.g. "exact (Simard & L'Ecuyer)")
 */
public record TestResult(GofTest test, double statistic, double pValue, String pValueMethod) {

  /** Whether the null hypothesis is rejected at level {@code alpha}: {@code pValue < alpha}. */
  public boolean rejects(double alpha) {
    return pValue < alpha;
  }
}
