package org.probscope.model.fit;

import java.util.Locale;
import java.util.Optional;

/** How parameters are estimated, named as {@code fitdistrplus::fitdist}'s {@code method}. */
public enum FitMethod {
  /** Maximum likelihood. */
  MLE("mle", "maximum likelihood"),
  /** Method of moments: the first k moments of the fit equal the sample's (divisor n). */
  MOMENTS("mm", "method of moments"),
  /** Quantile matching at chosen probabilities (sample quantiles of R's type 7). */
  QUANTILES("qme", "quantile matching"),
  /** Maximum goodness of fit: the least KS, Cramér–von Mises or Anderson–Darling distance. */
  GOODNESS_OF_FIT("mge", "maximum goodness of fit");

  private final String code;
  private final String label;

  FitMethod(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The short name of the command line and JSON: mle, mm, qme, mge. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<FitMethod> byCode(String code) {
    String key = code.strip().toLowerCase(Locale.ROOT);
    for (FitMethod m : values()) {
      if (m.code.equals(key)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
