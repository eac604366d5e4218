/**
 * Comparison of one sample with another: two-sample Kolmogorov–Smirnov, Anderson–Darling and
 * Cramér–von Mises tests with p-values, and the Wasserstein-1, Wasserstein-2 and energy distances
 * between the two empirical distributions. Entry point: {@link
 * org.probscope.model.twosample.TwoSampleComparison#of}.
 *
 * <p>Every figure agrees with the SciPy function its class names. All of them work on the already
 * sorted values of the samples in linear passes; nothing is sorted again here.
 */
package org.probscope.model.twosample;
