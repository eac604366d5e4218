package org.probscope.model.gof;

/**
 * A test's verdict at a significance level.
 *
 * @param test which test
 * @param alpha the significance level in (0, 1)
 * @param statistic the observed statistic
 * @param criticalValue the statistic at which the p-value equals {@code alpha}; the test rejects
 *     when the statistic exceeds it (equivalently when the p-value is below {@code alpha}); NaN
 *     when a p-value method has no statistic with p-value α
 * @param p the observed p-value, or a bound on it
 * @param reject whether the null hypothesis (the sample comes from the target) is rejected; for a
 *     p-value known only as a bound above α it is the statistic against the critical value, never
 *     "do not reject" for want of a number
 */
public record Decision(
    GofTest test, double alpha, double statistic, double criticalValue, PValue p, boolean reject) {

  /** The p-value when it is a number, NaN when only a bound is known. */
  public double pValue() {
    return p.knownValue();
  }
}
