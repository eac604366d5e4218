package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

/**
 * Scale invariance of the maximum-likelihood estimates: multiplying the data by c multiplies the
 * scale estimate by c (lognormal: adds ln c to μ; normal: multiplies mean and sd) and leaves the
 * shape unchanged, for seeded samples (fixed jqwik seed) of random shape and factor.
 */
class MleScaleInvariancePropertiesTest {

  private static final double TOLERANCE = 1e-9;

  @Property(tries = 40, seed = "20261202")
  void gamma(
      @ForAll @DoubleRange(min = 0.05, max = 50) double shape,
      @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(4) double c,
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    check("gamma", new double[] {shape, 2}, c, seed, new int[] {0}, new int[] {1});
  }

  @Property(tries = 40, seed = "20261202")
  void weibull(
      @ForAll @DoubleRange(min = 0.2, max = 30) double shape,
      @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(4) double c,
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    check("weibull", new double[] {shape, 2}, c, seed, new int[] {0}, new int[] {1});
  }

  @Property(tries = 40, seed = "20261202")
  void normal(
      @ForAll @DoubleRange(min = -10, max = 10) double mean,
      @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(4) double c,
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    check("normal", new double[] {mean, 2}, c, seed, new int[0], new int[] {0, 1});
  }

  @Property(tries = 40, seed = "20261202")
  void lognormal(
      @ForAll @DoubleRange(min = 0.1, max = 3) double sigma,
      @ForAll @DoubleRange(min = 1e-3, max = 1e3) @Scale(4) double c,
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    double[] x = MleTestData.draw("lognormal", new double[] {0.5, sigma}, 150, seed);
    double[] base = fit("lognormal", x);
    double[] scaled = fit("lognormal", Arrays.stream(x).map(v -> v * c).toArray());
    assertThat(scaled[0])
        .isCloseTo(base[0] + Math.log(c), within(TOLERANCE * (1 + Math.abs(base[0]))));
    assertThat(scaled[1]).isCloseTo(base[1], within(TOLERANCE * base[1]));
  }

  private static void check(
      String family, double[] truth, double c, long seed, int[] shapes, int[] scales) {
    double[] x = MleTestData.draw(family, truth, 150, seed);
    double[] base = fit(family, x);
    double[] scaled = fit(family, Arrays.stream(x).map(v -> v * c).toArray());
    for (int i : shapes) {
      assertThat(scaled[i]).isCloseTo(base[i], within(TOLERANCE * base[i]));
    }
    for (int i : scales) {
      assertThat(scaled[i]).isCloseTo(base[i] * c, within(TOLERANCE * Math.abs(base[i] * c)));
    }
  }

  private static double[] fit(String family, double[] x) {
    FitProblem p = FitProblem.allFree(MleTestData.family(family));
    return MleTestData.formula(p, MleTestData.data(x)).values();
  }
}
