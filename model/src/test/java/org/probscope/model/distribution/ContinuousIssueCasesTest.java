package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.simple.RandomSource;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/**
 * The continuous cases of issue 7 (items 5 and 6 and its accuracy bullets), each against mpmath at
 * 50 digits (the call beside each value; Q(z) = erfc(z/√2)/2) or an exact value. Each failed before
 * the change that fixed it; the wider sweeps are {@link ContinuousReferenceTest} and {@link
 * ContinuousPropertiesTest}.
 */
class ContinuousIssueCasesTest {

  private static Distribution of(String spec) {
    return DistributionSpec.parse(spec).orElseThrow();
  }

  private static Percentage relative(double r) {
    return Percentage.withPercentage(100 * r);
  }

  @Test
  void truncatedNormalQuantilesWithTheCutInTheUpperTail() {
    // findroot((Q(8) − Q(x)) / (Q(8) − Q(12)) − p) at 80 digits: 8.084911007391544102 (was
    // 8.0766), 8.8106527609207637316 (was 12.0)
    Distribution d = of("truncatednormal(mean=0, sd=1, lower=8, upper=12)");
    assertThat(d.quantile(0.5)).isCloseTo(8.084911007391544, relative(1e-15));
    assertThat(d.median()).isCloseTo(8.084911007391544, relative(1e-15));
    assertThat(d.quantile(0.999)).isCloseTo(8.810652760920764, relative(1e-15));
    // [30, 40]: 30.023070467827310753 (was 40.0)
    assertThat(of("truncatednormal(mean=0, sd=1, lower=30, upper=40)").quantile(0.5))
        .isCloseTo(30.02307046782731, relative(1e-15));
    // [5, 1000], S(x) = 1e-15: 9.634211731825251966 (was 1000)
    Distribution wide = of("truncatednormal(mean=0, sd=1, lower=5, upper=1000)");
    assertThat(wide.inverseSurvival(1e-15)).isCloseTo(9.634211731825252, relative(1e-14));
  }

  @Test
  void truncatedNormalDensityDoesNotUnderflowInsideItsSupport() {
    // npdf(x) / (Q(30) − Q(40)): 2.2361626707781285349e-117 at −38, 1.6200941733486165446e-149
    // at −39.9 (was 0 below −37.5)
    Distribution d = of("truncatednormal(mean=0, sd=1, lower=-40, upper=-30)");
    assertThat(d.density(-38)).isCloseTo(2.2361626707781285e-117, relative(1e-13));
    assertThat(d.density(-39.9)).isCloseTo(1.6200941733486165e-149, relative(1e-13));
  }

  @Test
  void narrowTruncationsHaveTheMomentsOfANearlyUniformLaw() {
    // on [0, 1e-8] the law is uniform to 1e-16: skewness within 1e-7 of 0 (was −1.3e14), excess
    // kurtosis −6/5; on [2, 2.000001] the density falls by a factor e^{-2e-6} across:
    // skewness ≈ 2·(2e-6)·√... ≈ 6.9e-7 (mpmath quadrature: continuous/truncatednormal.csv),
    // never NaN (was NaN, kurtosis −1.2 right by luck)
    Distribution flat = of("truncatednormal(mean=0, sd=1, lower=0, upper=1e-8)");
    assertThat(flat.skewness()).isCloseTo(0, within(1e-7));
    assertThat(flat.excessKurtosis()).isCloseTo(-1.2, within(1e-9));
    Distribution narrow = of("truncatednormal(mean=0, sd=1, lower=2, upper=2.000001)");
    assertThat(narrow.skewness()).isNotNaN().isCloseTo(0, within(1e-5));
    assertThat(narrow.excessKurtosis()).isCloseTo(-1.2, within(1e-9));
  }

  @Test
  void triangleWhoseWidthSquaredOverflows() {
    // exact: the median is the mode, F(mode) = 1/2 (was Q(0.5) = −∞, cdf NaN)
    Distribution d = of("triangular(lower=0, mode=1e160, upper=2e160)");
    assertThat(d.quantile(0.5)).isEqualTo(1e160);
    assertThat(d.cdf(1e160)).isEqualTo(0.5);
    Distribution.Sampler sampler = d.sampler(RandomSource.XO_RO_SHI_RO_128_PP.create(7L));
    for (int i = 0; i < 100; i++) {
      assertThat(sampler.sample()).isBetween(0.0, 2e160);
    }
  }

  @Test
  void densitiesFarOutAreZeroNotUndefined() {
    // ∞ · 0 inside Commons: x^{k−1} e^{−x^k} at weibull(757), 1e300; e^{−x} x^{k−1}, Gumbel's
    // e^{−z − e^{−z}}, Lévy's x^{−3/2} e^{−c/2x}: all underflow to 0
    assertThat(of("weibull(shape=757, scale=1)").density(1e300)).isZero();
    assertThat(of("gamma(shape=2, scale=1)").density(1e300)).isZero();
    assertThat(of("gumbel(location=0, scale=1)").density(-1e300)).isZero();
    assertThat(of("levy(location=0, scale=1)").density(1e-300)).isZero();
    assertThat(of("levy(location=0, scale=1)").density(Double.MAX_VALUE)).isZero();
  }

  @Test
  void cauchyMedianIsItsLocation() {
    // exact (was 6.1e-17: tan(π/2) rounds to 1.6e16)
    assertThat(of("cauchy(location=0, scale=1)").median()).isEqualTo(0.0);
    assertThat(of("cauchy(location=-3, scale=2)").median()).isEqualTo(-3.0);
  }

  @Test
  void studentTBeyondWhereTSquaredOverflows() {
    // betainc(ν/2, 1/2, 0, ν/(ν + t²), regularized=True)/2, ν = 0.01, t = −1e160:
    // 0.012189262631999259576 (was 0)
    assertThat(of("studentt(df=0.01)").cdf(-1e160)).isCloseTo(0.01218926263199926, relative(1e-13));
    // −1/tan(π·1e-300) = −3.1830988618379066356e+299 (was −1.34e154, the clamp)
    assertThat(of("studentt(df=1)").quantile(1e-300))
        .isCloseTo(-3.1830988618379066e299, relative(1e-13));
  }

  @Test
  void paretoWithATinyScale() {
    // −expm1(0.01 ln(1e-300/1e100)) = 0.99990000000000000002 (was 1);
    // 1e-300 · 0.5^{−100} = 1.2676506002282276042e-270 (the quantile was ∞ at p near 1)
    Distribution d = of("pareto(scale=1e-300, shape=0.01)");
    assertThat(d.cdf(1e100)).isCloseTo(0.9999, relative(1e-14));
    assertThat(d.survival(1e100)).isCloseTo(1e-4, relative(1e-13));
    assertThat(d.quantile(0.5)).isCloseTo(1.2676506002282276e-270, relative(1e-13));
    assertThat(d.quantile(0.9999)).isCloseTo(1e100, relative(1e-10));
  }
}
