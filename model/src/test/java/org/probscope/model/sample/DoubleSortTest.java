package org.probscope.model.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class DoubleSortTest {

  @Property(tries = 200)
  void smallArraysSortLikeArraysSort(@ForAll @Size(max = 300) double[] values) {
    double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
    double[] expected = finite.clone();
    Arrays.sort(expected);
    DoubleSort.sort(finite);
    assertThat(finite).containsExactly(expected);
  }

  @Property(tries = 20)
  void largeArraysTakeTheRadixPathAndSortLikeArraysSort(
      @ForAll("seeds") long seed, @ForAll @IntRange(min = -300, max = 300) int exponent) {
    SplittableRandom random = new SplittableRandom(seed);
    double scale = Math.pow(10, exponent);
    double[] values = new double[DoubleSort.RADIX_THRESHOLD + random.nextInt(5000)];
    for (int i = 0; i < values.length; i++) {
      values[i] =
          switch (random.nextInt(8)) {
            case 0 -> 0.0;
            case 1 -> -0.0;
            case 2 -> Double.MIN_VALUE * random.nextInt(100) * (random.nextBoolean() ? 1 : -1);
            case 3 -> random.nextBoolean() ? Double.MAX_VALUE : -Double.MAX_VALUE;
            case 4 -> Math.rint(random.nextGaussian() * 10);
            default -> random.nextGaussian() * scale;
          };
    }
    double[] expected = values.clone();
    Arrays.sort(expected);
    DoubleSort.sort(values);
    assertThat(values).containsExactly(expected);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Long> seeds() {
    return net.jqwik.api.Arbitraries.longs();
  }

  @Test
  void arraysWhereMostDigitsAgreeSkipPassesAndStillSort() {
    double[] values = new double[DoubleSort.RADIX_THRESHOLD * 2];
    for (int i = 0; i < values.length; i++) {
      values[i] = (values.length - i) % 7; // whole numbers: the low mantissa bits are all zero
    }
    double[] expected = values.clone();
    Arrays.sort(expected);
    DoubleSort.sort(values);
    assertThat(values).containsExactly(expected);
  }
}
