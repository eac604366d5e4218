package org.probscope.model.fit;

import java.util.Locale;
import java.util.Optional;

/**
 * What a ranking sorts by, best first: the information criteria (smaller is better) AIC = 2k − 2 ln
 * L, AICc = AIC + 2k(k + 1)/(n − k − 1), BIC = k ln n − 2 ln L (Burnham &amp; Anderson 2002), the
 * log-likelihood (larger is better), or a goodness-of-fit statistic (smaller is better).
 */
public enum Criterion {
  AIC("aic"),
  AICC("aicc"),
  BIC("bic"),
  LOG_LIKELIHOOD("loglik"),
  KS("ks"),
  CVM("cvm"),
  AD("ad");

  private final String code;

  Criterion(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Criterion> byCode(String code) {
    String key = code.strip().toLowerCase(Locale.ROOT);
    for (Criterion c : values()) {
      if (c.code.equals(key)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
