package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SpecNumbersTest {

  @Test
  void exponentsAreWrittenAsASpecIsTyped() {
    assertThat(SpecNumbers.format(1e-300)).isEqualTo("1e-300");
    assertThat(SpecNumbers.format(2.5e300)).isEqualTo("2.5e300");
    assertThat(SpecNumbers.format(-1e20)).isEqualTo("-1e20");
    assertThat(SpecNumbers.format(Double.MIN_VALUE)).isEqualTo("4.9e-324");
    assertThat(SpecNumbers.format(0.25)).isEqualTo("0.25");
    assertThat(SpecNumbers.format(1000)).isEqualTo("1000");
    assertThat(SpecNumbers.format(-0.0)).isEqualTo("-0");
  }

  @Test
  void everyFiniteDoubleParsesBackToItself() {
    SplittableRandom random = new SplittableRandom(7);
    double[] edges = {
      Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1e15, 1e15 - 1, 1e-5, 1e-3, 1e7, 0.1
    };
    for (double e : edges) {
      assertThat(Double.parseDouble(SpecNumbers.format(e))).isEqualTo(e);
      assertThat(Double.parseDouble(SpecNumbers.format(-e))).isEqualTo(-e);
    }
    for (int i = 0; i < 100_000; i++) {
      double x = Double.longBitsToDouble(random.nextLong());
      if (Double.isFinite(x)) {
        assertThat(Double.parseDouble(SpecNumbers.format(x))).isEqualTo(x);
      }
    }
  }
}
