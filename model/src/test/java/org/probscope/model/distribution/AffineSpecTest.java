package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The nested spec {@code affine(SPEC, shift=s, scale=c)}: printing, reading and every refusal. */
class AffineSpecTest {

  private static Distribution parse(String text) {
    return DistributionSpec.parse(text).orElseThrow();
  }

  private static Validated<Distribution> rejected(String text) {
    Validated<Distribution> result = DistributionSpec.parse(text);
    assertThat(result.isValid()).as(text).isFalse();
    assertThat(result.message()).isNotBlank();
    return result;
  }

  @Test
  void printsTheInnerSpecThenShiftAndScaleAndParsesBack() {
    Distribution d = parse("affine(studentt(df=3), shift=1, scale=2)");
    assertThat(d.spec()).isEqualTo("affine(studentt(df=3), shift=1, scale=2)");
    assertThat(d.toString()).isEqualTo(d.spec());
    assertThat(parse(d.spec())).isEqualTo(d).hasSameHashCodeAs(d);
    assertThat(d).isInstanceOf(AffineDistribution.class);
    AffineDistribution a = (AffineDistribution) d;
    assertThat(a.base()).isEqualTo(parse("studentt(df=3)"));
    assertThat(a.shift()).isEqualTo(1);
    assertThat(a.scale()).isEqualTo(2);
  }

  @Test
  void omittedShiftAndScaleAreZeroAndOne() {
    AffineDistribution d = (AffineDistribution) parse("affine(normal(mean=0, sd=1))");
    assertThat(d.shift()).isZero();
    assertThat(d.scale()).isEqualTo(1);
    assertThat(d.spec()).isEqualTo("affine(normal(mean=0, sd=1), shift=0, scale=1)");
    assertThat(parse("affine(normal)").spec()).isEqualTo(d.spec());
  }

  @Test
  void readsAnyCaseSpacingAndOrder() {
    assertThat(parse("  AFFINE ( StudentT ( DF = 3 ) ,\tScale = 2 , SHIFT=1e0 )  "))
        .isEqualTo(parse("affine(studentt(df=3), shift=1, scale=2)"));
  }

  @Test
  void aDistinctDistributionFromItsBase() {
    Distribution base = parse("chisquared(df=4)");
    Distribution affine = parse("affine(chisquared(df=4))");
    assertThat(affine).isNotEqualTo(base);
    assertThat(base).isNotEqualTo(affine);
    assertThat(parse("affine(chisquared(df=4), shift=1)")).isNotEqualTo(affine);
    assertThat(parse("affine(chisquared(df=4), scale=3)")).isNotEqualTo(affine);
  }

  @Test
  void aBaseWithItsOwnScaleKeepsItsNameInsideTheInnerSpec() {
    Distribution d = parse("affine(gamma(shape=2, scale=3), shift=1, scale=0.5)");
    assertThat(d.spec()).isEqualTo("affine(gamma(shape=2, scale=3), shift=1, scale=0.5)");
    assertThat(d.family().parameters().stream().map(Parameter::name))
        .containsExactly("shape", "gammascale", "shift", "scale");
    assertThat(d.parameters()).containsExactly(2, 3, 1, 0.5);
    assertThat(d.parameter("scale")).isEqualTo(0.5);
    assertThat(d.parameter("gammascale")).isEqualTo(3);
    assertThat(parse(d.spec())).isEqualTo(d);
  }

  @Test
  void rejectsAMissingInnerSpec() {
    assertThat(rejected("affine").message()).contains("needs the distribution to transform");
    assertThat(rejected("affine()").message()).contains("needs the distribution to transform");
    assertThat(rejected("affine(shift=1, scale=2)").message())
        .contains("starts with the distribution to transform")
        .contains("affine(SPEC, shift=s, scale=c)");
    assertThat(rejected("affine(, shift=1)").message()).contains("starts with the distribution");
  }

  @Test
  void rejectsADiscreteInnerSpec() {
    assertThat(rejected("affine(poisson(mean=3), shift=1)").message())
        .contains("affine takes a continuous distribution; poisson is discrete");
  }

  @Test
  void rejectsAnAffineInnerSpec() {
    assertThat(rejected("affine(affine(normal), shift=1)").message())
        .contains("not affine already");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "-0", "1e-400"})
  void rejectsAScaleThatIsNotPositive(String scale) {
    Validated<Distribution> result = rejected("affine(studentt(df=3), scale=" + scale + ")");
    assertThat(result.violations())
        .anySatisfy(
            v -> {
              assertThat(v.parameter()).isEqualTo("scale");
              assertThat(v.message()).startsWith("scale must be > 0");
            });
  }

  @Test
  void rejectsUnknownNamesInsideAndOutside() {
    Validated<Distribution> inner = rejected("affine(gaussian(mean=0))");
    assertThat(inner.violations())
        .anySatisfy(
            v -> {
              assertThat(v.kind()).isEqualTo(Violation.Kind.UNKNOWN_FAMILY);
              assertThat(v.subject()).isEqualTo("gaussian");
            });
    assertThat(rejected("affine(normal, loc=1)").message())
        .contains("affine has no parameter \"loc\"; parameters are [shift, scale]");
    assertThat(rejected("affine(normal, shift=1, shift=2)").message())
        .contains("shift is given twice");
    assertThat(rejected("affine(normal, shift=abc)").message())
        .contains("shift must be a number, got \"abc\"");
    assertThat(rejected("affine(normal, 3)").message()).contains("expected name=value in affine");
  }

  @Test
  void namesTheInnerFamilyInFrontOfItsProblems() {
    Validated<Distribution> result = rejected("affine(studentt(df=-1), scale=-2)");
    assertThat(result.message())
        .contains("studentt: df must be > 0 (got -1)")
        .contains("scale must be > 0 (got -2)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "affine(normal(mean=0, sd=1)",
        "affine(normal(mean=0, sd=1)))",
        "affine(normal mean=0), shift=1)",
        "affine)(",
        "affine(normal(mean=0, sd=1), shift=1(, scale=2)",
        "affine(normal(mean=0, sd=1)) x",
        "affine(((((((((((normal))))))))))",
        "affine(affine(affine(affine(affine(affine(affine(affine(affine(normal)))))))))"
      })
  void garbageIsAViolationNotAnException(String text) {
    Validated<Distribution> result = rejected(text);
    assertThat(result.message()).hasSizeLessThan(600);
  }

  @Test
  void aLongPasteGivesAShortMessage() {
    String text = "affine(normal, " + "x=1, ".repeat(10_000) + "scale=1)";
    Validated<Distribution> result = rejected(text);
    assertThat(result.violations()).hasSize(DistributionSpec.MAX_VIOLATIONS + 1);
    assertThat(result.message()).contains("more problems");
  }
}
