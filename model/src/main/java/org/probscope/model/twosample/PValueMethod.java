package org.probscope.model.twosample;

/** How a two-sample p-value was obtained, so the UI can say how far to trust its digits. */
public enum PValueMethod {
  /** From the exact permutation distribution of the statistic under the null hypothesis. */
  EXACT,
  /** From a limiting (large-sample) distribution. */
  ASYMPTOTIC,
  /** Interpolated in a table of critical values; may be clipped at the table's ends. */
  INTERPOLATED
}
