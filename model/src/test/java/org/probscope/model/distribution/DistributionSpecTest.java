package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DistributionSpecTest {

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
  void printsEveryParameterInOrderAndParsesBack() {
    Distribution d = parse("gamma(shape=2.5, scale=0.1)");
    assertThat(d.spec()).isEqualTo("gamma(shape=2.5, scale=0.1)");
    assertThat(parse(d.spec())).isEqualTo(d);
  }

  @Test
  void ignoresWhitespaceAndCase() {
    assertThat(parse("  Normal ( MEAN = 1 ,\tsd=2 )  ")).isEqualTo(parse("normal(mean=1, sd=2)"));
  }

  @Test
  void readsScientificNotation() {
    Distribution d = parse("normal(mean=-1.5e3, sd=2E-2)");
    assertThat(d.parameter("mean")).isEqualTo(-1500);
    assertThat(d.parameter("sd")).isEqualTo(0.02);
  }

  @Test
  void omittedParametersTakeTheirDefaults() {
    assertThat(parse("normal(sd=3)").parameters()).containsExactly(0, 3);
    assertThat(parse("poisson").parameters()).containsExactly(4);
    assertThat(parse("binomial()").parameters()).containsExactly(10, 0.5);
  }

  @Test
  void parametersMayComeInAnyOrder() {
    assertThat(parse("uniform(upper=5, lower=2)").parameters()).containsExactly(2, 5);
  }

  @Test
  void rejectsUnknownFamily() {
    assertThat(rejected("gaussian(mean=0)").message()).contains("unknown family \"gaussian\"");
  }

  @Test
  void rejectsUnknownParameterListingTheRealOnes() {
    assertThat(rejected("normal(mu=0)").message()).contains("no parameter \"mu\"").contains("sd");
  }

  @Test
  void rejectsRepeatedParameter() {
    Validated<Distribution> result = rejected("normal(mean=0, mean=1)");
    assertThat(result.violations()).anySatisfy(v -> assertThat(v.parameter()).isEqualTo("mean"));
    assertThat(result.message()).contains("mean is given twice");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"abc", "1,5", "NaN", "0x10", "Infinity", "-inf", "1e", "--1", "1.2.3", ""})
  void rejectsBadNumbersNamingTheParameter(String number) {
    Validated<Distribution> result = rejected("normal(mean=" + number + ")");
    assertThat(result.violations()).anySatisfy(v -> assertThat(v.message()).isNotBlank());
    assertThat(result.message()).containsAnyOf("mean", "expected name=value");
  }

  @Test
  void valuesTooLargeToEvaluateAreRejectedWithTheLimitAndTheReason() {
    Validated<Distribution> result = rejected("normal(sd=1e301)");
    assertThat(result.message())
        .isEqualTo(
            "sd must be at most 1e300 (got 1e301): larger values cannot be evaluated reliably");
  }

  @Test
  void rejectsNumbersOutsideTheDomainNamingTheParameter() {
    Validated<Distribution> result = rejected("normal(sd=-1)");
    assertThat(result.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.parameter()).isEqualTo("sd");
              assertThat(v.message()).isEqualTo("sd must be > 0 (got -1)");
            });
  }

  @Test
  void rejectsNonIntegerForIntegerParameter() {
    assertThat(rejected("binomial(trials=2.5)").message())
        .contains("trials must be a whole number");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "normal(mean=0) extra",
        "normal(mean=0)(sd=1)",
        "normal(mean=0",
        "normal mean=0",
        "normal(mean=0;sd=1)",
        "normal(mean 0)",
        "(mean=0)",
        "1normal(mean=0)"
      })
  void rejectsTrailingJunkAndBrokenSyntax(String text) {
    rejected(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t\n"})
  void rejectsEmptySpec(String text) {
    assertThat(rejected(text).message()).contains("empty spec");
  }

  @Test
  void rejectsNull() {
    assertThat(DistributionSpec.parse(null).isValid()).isFalse();
  }

  @Test
  void crossRuleBreakNamesTheParameterToChange() {
    Validated<Distribution> result = rejected("uniform(lower=3, upper=1)");
    assertThat(result.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.parameter()).isEqualTo("upper");
              assertThat(v.message()).contains("upper must be greater than lower");
            });
  }

  @Test
  void negativeZeroRoundTrips() {
    Distribution d = parse("normal(mean=-0, sd=1)");
    assertThat(Double.doubleToRawLongBits(d.parameter("mean")))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(parse(d.spec())).isEqualTo(d);
  }
}
