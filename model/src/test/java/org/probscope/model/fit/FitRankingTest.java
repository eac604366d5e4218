package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.probscope.model.distribution.Families;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/**
 * A ranking never puts a density against a mass: on whole-number data the discrete fits come first
 * and the continuous ones after them, each group in criterion order, with ΔAIC and Akaike weights
 * within each group.
 */
class FitRankingTest {

  /**
   * Counts drawn from a negative binomial, fitted by every family. A continuous family's density at
   * whole numbers is not a probability, and here the best continuous AIC is below the best discrete
   * one (asserted, so that the case is the one that used to be misranked); every continuous fit
   * must still come after every discrete one.
   */
  @Test
  void onWholeNumberDataTheDiscreteFitsAreRankedFirstAndTheContinuousOnesSeparately() {
    Sample counts =
        SampleGenerator.draw(
            Families.byName("negativebinomial").orElseThrow().create(3, 0.4).orElseThrow(),
            300,
            17L);
    FitRanking ranking =
        Fitter.rank(
            Families.all(),
            FitData.of(counts),
            FitOptions.defaults(),
            Criterion.AIC,
            FitProgress.NONE);

    List<FitResult> ok = ranking.results().stream().filter(FitResult::isOk).toList();
    assertThat(ranking.mixedKinds()).isTrue();
    int firstContinuous = indexOfFirst(ok, false);
    assertThat(firstContinuous).isPositive();
    assertThat(ok.subList(0, firstContinuous)).allMatch(r -> r.family().isDiscrete());
    assertThat(ok.subList(firstContinuous, ok.size())).noneMatch(r -> r.family().isDiscrete());
    assertThat(ok.get(firstContinuous).aic()).isLessThan(ok.get(0).aic());
    assertSortedByAic(ok.subList(0, firstContinuous));
    assertSortedByAic(ok.subList(firstContinuous, ok.size()));

    double[] delta = ranking.deltaAic();
    double[] weights = ranking.akaikeWeights();
    assertThat(delta[0]).isZero();
    assertThat(delta[firstContinuous]).isZero();
    double discreteSum = 0;
    double continuousSum = 0;
    for (int i = 0; i < ok.size(); i++) {
      assertThat(delta[i]).isGreaterThanOrEqualTo(0);
      if (ok.get(i).family().isDiscrete()) {
        discreteSum += weights[i];
      } else {
        continuousSum += weights[i];
      }
    }
    assertThat(discreteSum).isCloseTo(1, within(1e-12));
    assertThat(continuousSum).isCloseTo(1, within(1e-12));
    List<FitResult> all = ranking.results();
    for (int i = ok.size(); i < all.size(); i++) {
      assertThat(all.get(i).isOk()).isFalse();
      assertThat(delta[i]).isNaN();
      assertThat(weights[i]).isZero();
    }
  }

  @Test
  void onContinuousDataThereIsOneRanking() {
    Sample x =
        SampleGenerator.draw(
            Families.byName("gamma").orElseThrow().create(2, 1).orElseThrow(), 200, 3L);
    FitRanking ranking =
        Fitter.rank(
            Families.all(), FitData.of(x), FitOptions.defaults(), Criterion.AIC, FitProgress.NONE);

    assertThat(ranking.mixedKinds()).isFalse();
    List<FitResult> ok = ranking.results().stream().filter(FitResult::isOk).toList();
    assertSortedByAic(ok);
    double min = ok.get(0).aic();
    double[] delta = ranking.deltaAic();
    for (int i = 0; i < ok.size(); i++) {
      assertThat(delta[i]).isEqualTo(ok.get(i).aic() - min);
    }
  }

  private static int indexOfFirst(List<FitResult> fits, boolean discrete) {
    for (int i = 0; i < fits.size(); i++) {
      if (fits.get(i).family().isDiscrete() == discrete) {
        return i;
      }
    }
    return -1;
  }

  private static void assertSortedByAic(List<FitResult> fits) {
    for (int i = 1; i < fits.size(); i++) {
      assertThat(fits.get(i).aic()).isGreaterThanOrEqualTo(fits.get(i - 1).aic());
    }
  }
}
