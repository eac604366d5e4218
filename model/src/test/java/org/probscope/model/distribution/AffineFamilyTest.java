package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The affine family derived from a base family, and the corners of its distributions. */
class AffineFamilyTest {

  private static final Family STUDENT_T = Families.byName("studentt").orElseThrow();

  private static Distribution parse(String text) {
    return DistributionSpec.parse(text).orElseThrow();
  }

  @Test
  void oneFamilyPerBaseWithTheBasesParametersThenShiftAndScale() {
    Family affine = AffineFamily.of(STUDENT_T);
    assertThat(AffineFamily.of(STUDENT_T)).isSameAs(affine);
    assertThat(affine.name()).isEqualTo("affine");
    assertThat(affine.label()).isEqualTo("Student's t, shifted and scaled");
    assertThat(affine.isDiscrete()).isFalse();
    assertThat(affine.parameters().stream().map(Parameter::name))
        .containsExactly("df", "shift", "scale");
    assertThat(affine.defaults()).containsExactly(5, 0, 1);
    assertThat(affine.parameter("shift").orElseThrow().domainText()).isEqualTo("a finite number");
    assertThat(affine.parameter("scale").orElseThrow().domainText()).isEqualTo("> 0");
    assertThat(AffineFamily.isAffine(affine)).isTrue();
    assertThat(AffineFamily.baseOf(affine)).containsSame(STUDENT_T);
    assertThat(AffineFamily.isAffine(STUDENT_T)).isFalse();
    assertThat(AffineFamily.baseOf(STUDENT_T)).isEmpty();
    assertThat(parse("affine(studentt(df=2))").family()).isSameAs(affine);
  }

  @Test
  void theCatalogueStaysTheTwentySixFamilies() {
    AffineFamily.of(STUDENT_T);
    assertThat(Families.all()).hasSize(26).noneMatch(AffineFamily::isAffine);
    assertThat(Families.byName("affine")).isEmpty();
  }

  @Test
  void theFamilyBuildsAndValidatesLikeAnyOther() {
    Family affine = AffineFamily.of(Families.byName("uniform").orElseThrow());
    Distribution d = affine.create(2, 5, 1, 3).orElseThrow();
    assertThat(d.spec()).isEqualTo("affine(uniform(lower=2, upper=5), shift=1, scale=3)");
    assertThat(d.supportLower()).isEqualTo(7);
    assertThat(d.supportUpper()).isEqualTo(16);
    // the base's rule between parameters holds, naming the base's parameter
    assertThat(affine.validate(5, 2, 0, 1))
        .singleElement()
        .satisfies(v -> assertThat(v.parameter()).isIn("lower", "upper"));
    assertThat(affine.validate(2, 5, 0, 0))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo("scale must be > 0 (got 0)"));
    assertThat(affine.create(2, 5, Double.NaN, 1).isValid()).isFalse();
  }

  @Test
  void aDiscreteBaseIsAViolationAsAValueAndAnErrorAsAFamily() {
    Distribution poisson = parse("poisson(mean=3)");
    Validated<AffineDistribution> refused = AffineDistribution.of(poisson, 1, 2);
    assertThat(refused.isValid()).isFalse();
    assertThat(refused.message())
        .startsWith("affine takes a continuous distribution; poisson is discrete");
    assertThat(AffineFamily.checkBase(poisson.family())).isPresent();
    assertThatThrownBy(() -> AffineFamily.of(poisson.family()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("continuous");
    assertThatThrownBy(() -> AffineFamily.of(AffineFamily.of(STUDENT_T)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ofChecksShiftAndScale() {
    Distribution t = parse("studentt(df=3)");
    assertThat(AffineDistribution.of(t, Double.POSITIVE_INFINITY, 1).message())
        .contains("shift must be finite");
    assertThat(AffineDistribution.of(t, 0, -1).message()).contains("scale must be > 0 (got -1)");
    assertThat(AffineDistribution.of(t, 0, 1e-301).message()).contains("at least 1e-300");
  }

  @Test
  void parametersAndNamedParameters() {
    Distribution d = parse("affine(f(df1=3, df2=7), shift=-2, scale=4)");
    assertThat(d.parameters()).containsExactly(3, 7, -2, 4);
    assertThat(d.parameter("df2")).isEqualTo(7);
    assertThat(d.parameter("shift")).isEqualTo(-2);
    assertThatThrownBy(() -> d.parameter("mean"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no parameter mean");
    assertThat(d.isDiscrete()).isFalse();
  }

  @Test
  void modesMoveWithTheTransform() {
    assertThat(parse("affine(chisquared(df=4), shift=-1, scale=0.5)").modes())
        .isEqualTo(Modes.single(0)); // χ²(4) mode 2 → −1 + 0.5·2
    // beta(2, 5): mode (α − 1)/(α + β − 2) = 0.2 → 1 + 10·0.2
    assertThat(parse("affine(beta(alpha=2, beta=5), shift=1, scale=10)").mode())
        .isCloseTo(3, within(1e-15));
    // the continuous uniform's modes are not worked out; they stay so
    assertThat(parse("affine(uniform(lower=0, upper=1), shift=3, scale=2)").modes())
        .isEqualTo(Modes.unknown());
  }

  @Test
  void aSubnormalBaseDensityIsLiftedByASmallScaleWithItsDigits() {
    Distribution d = parse("affine(normal(mean=0, sd=1), shift=0, scale=1e-10)");
    // mpmath: npdf(3.8e-9 / 1e-10) / 1e-10 = 1.097221052007603695780712786453830989406e-304
    assertThat(d.density(3.8e-9)).isCloseTo(1.0972210520076037e-304, within(1e-316));
    // mpmath: npdf(z) / ncdf(-z) / 1e-10 at z = 3.8e-9 / 1e-10 = 380262794665.7586734382560720
    assertThat(d.hazard(3.8e-9)).isCloseTo(380262794665.75867, within(1e-3));
  }

  @Test
  void beyondTheSupportAsTheBaseSays() {
    Distribution d = parse("affine(chisquared(df=4), shift=-1, scale=0.5)");
    assertThat(d.density(-1.5)).isZero();
    assertThat(d.cdf(-1)).isZero();
    assertThat(d.survival(-1)).isEqualTo(1);
    assertThat(d.logCdf(-2)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(d.hazard(-2)).isZero();
    assertThat(d.quantile(0)).isEqualTo(-1);
    assertThat(d.inverseSurvival(0)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(d.quantile(1.5)).isNaN();
    assertThat(d.inverseSurvival(-0.5)).isNaN();
    Distribution cauchy = parse("affine(cauchy(location=0, scale=1), shift=4, scale=2)");
    assertThat(cauchy.mean()).isNaN();
    assertThat(cauchy.cdfIntegral(0)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(cauchy.median()).isEqualTo(4);
  }
}
