package org.probscope.model.fit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Fits ranked by a {@link Criterion}, best first; failed fits follow in their given order. Ties
 * keep the given order. Immutable.
 *
 * <p>Discrete and continuous fits are never ranked against each other: a mass is a probability and
 * a density is not, so their log-likelihoods (and AIC, BIC) are on different scales, and a
 * continuous family can beat every discrete one on whole-number data by its units alone. When both
 * kinds were fitted (the data are whole numbers, so the discrete families applied), the discrete
 * fits are ranked first and the continuous ones after them, each group by the criterion; ΔAIC and
 * the Akaike weights are taken within each group ({@link #mixedKinds()} says whether there are
 * two).
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
    sorted.sort(
        Comparator.comparingInt(FitRanking::group)
            .thenComparingDouble(r -> r.rankValue(criterion)));
    return new FitRanking(sorted, criterion);
  }

  /** 0 for a successful discrete fit, 1 for a successful continuous one, 2 for a failed fit. */
  private static int group(FitResult r) {
    if (!r.isOk()) {
      return 2;
    }
    return r.family().isDiscrete() ? 0 : 1;
  }

  /**
   * Whether successful discrete and continuous fits are both present: they are then two rankings in
   * one list, which the table and the text output must show as two.
   */
  public boolean mixedKinds() {
    return results.stream()
            .filter(FitResult::isOk)
            .map(r -> r.family().isDiscrete())
            .distinct()
            .count()
        == 2;
  }

  /**
   * Whether {@code a} and {@code b} are ranked against each other: both successful and of the same
   * kind.
   */
  public static boolean comparable(FitResult a, FitResult b) {
    return a.isOk() && b.isOk() && a.family().isDiscrete() == b.family().isDiscrete();
  }

  /**
   * AIC − the smallest AIC of the successful fits of the same kind, in {@link #results()}' order;
   * NaN for a failed fit.
   */
  public double[] deltaAic() {
    double[] d = new double[results.size()];
    for (int i = 0; i < d.length; i++) {
      FitResult r = results.get(i);
      d[i] = r.isOk() ? r.aic() - minAic(r) : Double.NaN;
    }
    return d;
  }

  private double minAic(FitResult of) {
    return results.stream()
        .filter(r -> comparable(r, of))
        .mapToDouble(FitResult::aic)
        .min()
        .orElse(Double.NaN);
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
   * Akaike weights exp(−Δᵢ/2) / Σ exp(−Δⱼ/2) with Δᵢ = AICᵢ − min AIC over the successful fits of
   * the same kind (Burnham &amp; Anderson 2002, §2.9), in {@link #results()}' order; 0 for a failed
   * fit. Each kind's weights sum to 1.
   */
  public double[] akaikeWeights() {
    double[] delta = deltaAic();
    double[] w = new double[results.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = results.get(i).isOk() ? Math.exp(-delta[i] / 2) : 0;
    }
    double[] normalised = new double[w.length];
    for (int i = 0; i < w.length; i++) {
      if (w[i] == 0) {
        continue;
      }
      double sum = 0;
      for (int j = 0; j < w.length; j++) {
        if (comparable(results.get(i), results.get(j))) {
          sum += w[j];
        }
      }
      normalised[i] = w[i] / sum;
    }
    return normalised;
  }
}
