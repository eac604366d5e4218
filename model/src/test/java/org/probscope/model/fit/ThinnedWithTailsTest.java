package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * {@link FitData#thinnedWithTails}: the curvature stand-in of {@link ScoreNewton} keeps the extreme
 * values with their own weights, thins the middle, and keeps the total weight.
 */
class ThinnedWithTailsTest {

  @Test
  void keepsTheTailsAndTheTotalWeight() {
    double[] x = LargeSampleData.draw("cauchy", 50_000, 3);
    FitData data = MleTestData.data(x);
    FitData stand = data.thinnedWithTails(1_000, 100);
    assertThat(stand.distinct()).isEqualTo(1_200);
    assertThat(stand.totalWeight()).isCloseTo(data.totalWeight(), within(1e-6));
    for (int i = 0; i < 100; i++) {
      assertThat(stand.value(i)).isEqualTo(data.value(i));
      assertThat(stand.weight(i)).isEqualTo(data.weight(i));
      int j = data.distinct() - 1 - i;
      assertThat(stand.value(stand.distinct() - 1 - i)).isEqualTo(data.value(j));
    }
    // the middle stands for the rest: its median is the data's to within 1/m of the ranks
    assertThat(stand.quantile(0.5)).isCloseTo(data.quantile(0.5), within(0.01));
    assertThat(data.thinnedWithTails(60_000, 100)).isSameAs(data);
  }
}
