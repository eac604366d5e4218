package org.probscope.model.gof;

/**
 * A test's verdict at a significance level.
 *
 * @param test which test
 * @param alpha the significance level in (0, 1)
 * @param statistic the observed statistic
 * @param criticalValue the statistic at which the p-value equals {@code alpha}; the test rejects
 *     when the statistic exceeds it (equivalently when the p-value is below {@code alpha})
 * @param pValue the observed p-value
 * @param reject whether the null hypothesis (the sample comes from the target) is rejected
 */
public record Decision(
    GofTest test,
    double alpha,
    double statistic,
    double criticalValue,
    double pValue,
    boolean reject) {}
