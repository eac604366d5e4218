package org.probscope.model.fit;

import java.util.Locale;
import java.util.Optional;

/**
 * The distance minimised by the maximum goodness-of-fit method, with {@code
 * fitdistrplus::mgedist}'s definitions over the sorted sample and uᵢ = F(xᵢ): KS max(i/n − uᵢ, uᵢ −
 * (i−1)/n), CvM 1/(12n) + Σ(uᵢ − (2i−1)/(2n))², AD −n − (1/n)Σ(2i−1)[ln uᵢ + ln(1 − uₙ₊₁₋ᵢ)].
 */
public enum MgeDistance {
  KS("ks"),
  CVM("cvm"),
  AD("ad");

  private final String code;

  MgeDistance(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<MgeDistance> byCode(String code) {
    String key = code.strip().toLowerCase(Locale.ROOT);
    for (MgeDistance d : values()) {
      if (d.code.equals(key)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }
}
