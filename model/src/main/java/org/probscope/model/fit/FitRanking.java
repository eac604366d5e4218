package org.probscope.model.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Fits ranked by a {@link Criterion}, best first; failed fits follow in their given order. Ties
 * keep the given order. Immutable.
 */
public final class FitRanking {

  private final List<FitResult> results;
  private final Criterion criterion;

  private FitRanking(List<FitResult> results, Criterion criterion) {
    this.results = List.copyOf(results);
    this.criterion = criterion;
  }

  public static FitRanking of(List<FitResult> results, Criterion criterion) {
    List<FitResult> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparingDouble(r -> r.rankValue(criterion)));
    return new FitRanking(sorted, criterion);
  }

  /** The same fits ranked by another criterion. */
  public FitRanking by(Criterion c) {
    return of(results, c);
  }

  public Criterion criterion() {
    return criterion;
  }

  public List<FitResult> results() {
    return results;
  }

  /** The best successful fit, if any family was fitted. */
  public Optional<FitResult> best() {
    return results.stream().filter(FitResult::isOk).findFirst();
  }

  /**
   * Akaike weights exp(−Δᵢ/2) / Σ exp(−Δⱼ/2) with Δᵢ = AICᵢ − min AIC over the successful fits
   * (Burnham &amp; Anderson 2002, §2.9), in {@link #results()}' order; 0 for a failed fit.
   */
  public double[] akaikeWeights() {
    double min =
        results.stream().filter(FitResult::isOk).mapToDouble(FitResult::aic).min().orElse(0);
    double[] w = new double[results.size()];
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      FitResult r = results.get(i);
      w[i] = r.isOk() ? Math.exp(-(r.aic() - min) / 2) : 0;
      sum += w[i];
    }
    for (int i = 0; i < w.length; i++) {
      w[i] = sum > 0 ? w[i] / sum : 0;
    }
    return w;
  }
}
