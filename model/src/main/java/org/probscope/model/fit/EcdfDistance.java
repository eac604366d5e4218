package org.probscope.model.fit;

import org.probscope.model.distribution.Distribution;

/**
 * The distances of maximum goodness of fit ({@link MgeDistance}) between the data's empirical CDF
 * Fₙ and a continuous F, with one CDF evaluation per distinct value. For a sample they equal {@code
 * fitdistrplus::mgedist}'s sums over the sorted values (ties included); weights generalise them
 * through the weighted ECDF Fₙ(x) = Σ_{xⱼ≤x} wⱼ / W, cⱼ = Cⱼ/W the cumulative weight fraction at
 * the j-th distinct value, uⱼ = F(xⱼ):
 *
 * <ul>
 *   <li>KS sup|Fₙ − F| = maxⱼ max(cⱼ − uⱼ, uⱼ − cⱼ₋₁);
 *   <li>CvM W∫(Fₙ − F)² dF = W Σⱼ₌₀ᵐ (uⱼ₊₁ − uⱼ)(aⱼ² + aⱼbⱼ + bⱼ²)/3, aⱼ = cⱼ − uⱼ, bⱼ = cⱼ − uⱼ₊₁
 *       (u₀ = 0, uₘ₊₁ = 1), which for unit weights is 1/(12n) + Σ(uᵢ − (2i−1)/(2n))²;
 *   <li>AD W∫(Fₙ − F)²/(F(1 − F)) dF = −W + W Σⱼ [(cⱼ₋₁² − cⱼ²) ln uⱼ + ((1 − cⱼ)² − (1 − cⱼ₋₁)²)
 *       ln(1 − uⱼ)], which for unit weights is −n − (1/n)Σ(2i−1)[ln uᵢ + ln(1 − uₙ₊₁₋ᵢ)]; ln uⱼ and
 *       ln(1 − uⱼ) come from {@link Distribution#logCdf} and {@link Distribution#logSurvival}, so
 *       far points stay finite.
 * </ul>
 *
 * Integer weights give the distances of the sample with each value repeated that many times.
 */
final class EcdfDistance {

  private EcdfDistance() {}

  /** The distance of {@code d} from the data's ECDF; +∞ where F is 0 or 1 at a point (AD). */
  static double of(MgeDistance kind, FitData data, Distribution d) {
    return switch (kind) {
      case KS -> ks(data, d);
      case CVM -> cvm(data, d);
      case AD -> ad(data, d);
    };
  }

  private static double ks(FitData data, Distribution d) {
    double total = data.totalWeight();
    double below = 0;
    double max = 0;
    for (int j = 0; j < data.distinct(); j++) {
      double u = d.cdf(data.value(j));
      double cumulative = below + data.weight(j);
      max = Math.max(max, Math.max(cumulative / total - u, u - below / total));
      below = cumulative;
    }
    return Double.isNaN(max) ? Double.POSITIVE_INFINITY : max;
  }

  private static double cvm(FitData data, Distribution d) {
    double total = data.totalWeight();
    double below = 0;
    double previousU = 0;
    double sum = 0;
    for (int j = 0; j <= data.distinct(); j++) {
      double c = below / total;
      double u = j < data.distinct() ? d.cdf(data.value(j)) : 1;
      double a = c - previousU;
      double b = c - u;
      sum += (u - previousU) * (a * a + a * b + b * b) / 3;
      previousU = u;
      if (j < data.distinct()) {
        below += data.weight(j);
      }
    }
    double w2 = total * sum;
    return Double.isFinite(w2) ? w2 : Double.POSITIVE_INFINITY;
  }

  private static double ad(FitData data, Distribution d) {
    double total = data.totalWeight();
    double below = 0;
    double sum = 0;
    for (int j = 0; j < data.distinct(); j++) {
      double x = data.value(j);
      double w = data.weight(j);
      double cLow = below / total;
      double cHigh = (below + w) / total;
      double share = w / total;
      // cⱼ₋₁² − cⱼ² and (1 − cⱼ)² − (1 − cⱼ₋₁)² as products, without cancellation
      double lowerWeight = -share * (cLow + cHigh);
      double upperWeight = -share * ((1 - cHigh) + (1 - cLow));
      sum += lowerWeight * d.logCdf(x) + upperWeight * d.logSurvival(x);
      below += w;
    }
    double a2 = -total + total * sum;
    return Double.isNaN(a2) ? Double.POSITIVE_INFINITY : a2;
  }
}
