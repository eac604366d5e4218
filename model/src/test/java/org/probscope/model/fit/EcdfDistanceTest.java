package org.probscope.model.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.sample.Sample;

/**
 * The grouped and weighted distances of {@link EcdfDistance} against {@code mgedist}'s sums over
 * the sorted sample, written out here term by term (ties repeated).
 */
class EcdfDistanceTest {

  private static final Distribution GAMMA = MethodSamples.parse("gamma(shape=2, scale=1.5)");

  /** mgedist's KS, CvM and AD over sorted x, as in fitdistrplus 1.1.8's source. */
  static double textbook(MgeDistance kind, double[] x, Distribution d) {
    int n = x.length;
    double s = 0;
    double max = 0;
    for (int i = 1; i <= n; i++) {
      double u = d.cdf(x[i - 1]);
      switch (kind) {
        case KS -> max = Math.max(max, Math.max((double) i / n - u, u - (i - 1.0) / n));
        case CVM -> s += Math.pow(u - (2.0 * i - 1) / (2.0 * n), 2);
        case AD -> s += (2.0 * i - 1) * (d.logCdf(x[i - 1]) + d.logSurvival(x[n - i]));
      }
    }
    return switch (kind) {
      case KS -> max;
      case CVM -> 1.0 / (12 * n) + s;
      case AD -> -n - s / n;
    };
  }

  /** A gamma sample rounded to 0.1, so that many values tie. */
  private static double[] tiedSample() {
    FitData drawn = MethodSamples.draw("gamma(shape=2, scale=1.5)", 500, 11);
    double[] x = FitData.expand(drawn);
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.max(0.1, Math.rint(x[i] * 10) / 10);
    }
    java.util.Arrays.sort(x);
    return x;
  }

  @ParameterizedTest
  @EnumSource(MgeDistance.class)
  void tiedSampleAsMgedist(MgeDistance kind) {
    double[] x = tiedSample();
    FitData data = FitData.of(Sample.of("tied", x));
    assertThat(data.distinct()).isLessThan(x.length / 2);
    double expected = textbook(kind, x, GAMMA);
    assertThat(EcdfDistance.of(kind, data, GAMMA)).isCloseTo(expected, within(1e-12 * expected));
  }

  @ParameterizedTest
  @EnumSource(MgeDistance.class)
  void integerWeightsAreRepetitions(MgeDistance kind) {
    double[] values = {0.3, 0.9, 1.4, 2.2, 3.1, 4.8, 7.5};
    double[] weights = {2, 1, 5, 3, 1, 4, 1};
    FitData weighted = FitData.weighted(values, weights);
    double[] expanded = FitData.expand(weighted);
    double expected = textbook(kind, expanded, GAMMA);
    assertThat(EcdfDistance.of(kind, weighted, GAMMA))
        .isCloseTo(expected, within(1e-12 * expected));
  }

  @ParameterizedTest
  @EnumSource(MgeDistance.class)
  void scalingTheWeightsScalesCvmAndAdOnly(MgeDistance kind) {
    double[] values = {0.3, 0.9, 1.4, 2.2, 3.1, 4.8, 7.5};
    double[] weights = {0.2, 1.7, 0.5, 3.3, 1.1, 0.4, 0.9};
    double[] scaled = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      scaled[i] = 2.5 * weights[i];
    }
    double base = EcdfDistance.of(kind, FitData.weighted(values, weights), GAMMA);
    double times = EcdfDistance.of(kind, FitData.weighted(values, scaled), GAMMA);
    double factor = kind == MgeDistance.KS ? 1 : 2.5;
    assertThat(times).isCloseTo(factor * base, within(1e-12 * times));
  }

  @Test
  void farTailPointsKeepAndersonDarlingFinite() {
    Distribution normal = MethodSamples.parse("normal(mean=0, sd=1)");
    double[] x = {-40, -1, 0, 0.5, 1, 45};
    double ad = EcdfDistance.of(MgeDistance.AD, FitData.of(Sample.of("far", x)), normal);
    assertThat(ad).isFinite().isCloseTo(textbook(MgeDistance.AD, x, normal), within(1e-9 * ad));
    assertThat(ad).isGreaterThan(100);
  }
}
