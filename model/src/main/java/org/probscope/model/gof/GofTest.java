package org.probscope.model.gof;

/** The one-sample goodness-of-fit tests that carry a p-value, in the order the UI lists them. */
public enum GofTest {
  KOLMOGOROV_SMIRNOV("Kolmogorov–Smirnov", "D"),
  KUIPER("Kuiper", "V"),
  CRAMER_VON_MISES("Cramér–von Mises", "W²"),
  ANDERSON_DARLING("Anderson–Darling", "A²"),
  /** Watson's U², computed for discrete targets (Choulakian, Lockhart &amp; Stephens 1994). */
  WATSON("Watson", "U²");

  private final String label;
  private final String symbol;

  GofTest(String label, String symbol) {
    this.label = label;
    this.symbol = symbol;
  }

  /** Display name, for example "Anderson–Darling". */
  public String label() {
    return label;
  }

  /** The statistic's usual symbol, for example "A²". */
  public String symbol() {
    return symbol;
  }
}
