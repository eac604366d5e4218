package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Family.create never lets a Commons Statistics exception out, and every rejection names the
 * parameter to change.
 */
class FamilyValidationPropertiesTest {

  /** One cross-rule break per family that has rules, and the parameter its message must name. */
  private static final Map<String, CrossBreak> CROSS_BREAKS =
      Map.of(
          "uniform", new CrossBreak("upper", v -> set(v, 1, v[0])),
          "triangular", new CrossBreak("mode", v -> set(v, 1, v[2] + 1)),
          "truncatednormal", new CrossBreak("upper", v -> set(v, 3, v[2] - 1)),
          "uniformdiscrete", new CrossBreak("upper", v -> set(v, 1, v[0] - 1)),
          "hypergeometric", new CrossBreak("successes", v -> set(v, 1, v[0] + 1)),
          "geometric", new CrossBreak("p", v -> set(v, 0, 1e-12)),
          "negativebinomial", new CrossBreak("p", v -> set(v, 1, 1e-12)));

  private record CrossBreak(String parameter, UnaryOperator<double[]> breaker) {}

  private static double[] set(double[] values, int index, double value) {
    double[] copy = values.clone();
    copy[index] = value;
    return copy;
  }

  @Provide
  Arbitrary<Object[]> anyVector() {
    return Arbitraries.of(Families.all())
        .flatMap(
            family ->
                DistributionPropertiesTest.anyValue()
                    .list()
                    .ofSize(family.parameters().size())
                    .map(values -> new Object[] {family, values}));
  }

  @Property(tries = 1500)
  void randomVectorsNeverThrowAndInvalidOnesSayWhy(@ForAll("anyVector") Object[] familyAndValues) {
    Family family = (Family) familyAndValues[0];
    @SuppressWarnings("unchecked")
    double[] values =
        ((List<Double>) familyAndValues[1]).stream().mapToDouble(Double::doubleValue).toArray();
    Validated<Distribution> result = family.create(values);
    if (result.isValid()) {
      Distribution d = result.orElseThrow();
      double median = d.quantile(0.5);
      assertThat(d.cdf(median)).isBetween(0.0, 1.0);
      assertThat(d.spec()).startsWith(family.name() + "(");
    } else {
      assertThat(result.violations())
          .allSatisfy(v -> assertThat(v.message()).isNotBlank().contains(v.parameter()));
    }
  }

  @Provide
  Arbitrary<Object[]> outOfDomain() {
    return Arbitraries.of(Families.all())
        .flatMap(
            family ->
                Combinators.combine(
                        FamilyArbitraries.validValues(family),
                        Arbitraries.integers().between(0, family.parameters().size() - 1),
                        Arbitraries.integers().between(0, 5))
                    .as((values, index, kind) -> new Object[] {family, values, index, kind}));
  }

  @Property(tries = 600)
  void outOfDomainValuesAreRejectedNamingTheParameter(@ForAll("outOfDomain") Object[] caseData) {
    Family family = (Family) caseData[0];
    double[] values = ((double[]) caseData[1]).clone();
    int index = (Integer) caseData[2];
    Parameter parameter = family.parameters().get(index);
    double bad = badValue(parameter, (Integer) caseData[3]);
    values[index] = bad;
    Validated<Distribution> result = family.create(values);
    assertThat(result.isValid())
        .as("%s with %s=%s", family.name(), parameter.name(), bad)
        .isFalse();
    assertThat(result.violations())
        .anySatisfy(
            v -> {
              assertThat(v.parameter()).isEqualTo(parameter.name());
              assertThat(v.message()).contains(parameter.name());
            });
  }

  /** NaN, ±∞, just outside each finite bound, or a fraction for a whole-number parameter. */
  private static double badValue(Parameter p, int kind) {
    return switch (kind) {
      case 0 -> Double.NaN;
      case 1 -> Double.POSITIVE_INFINITY;
      case 2 -> Double.NEGATIVE_INFINITY;
      case 3 ->
          Double.isFinite(p.lower())
              ? (p.lowerInclusive() ? p.lower() - 9 * Math.abs(p.lower()) - 1 : p.lower())
              : Double.NaN;
      case 4 ->
          Double.isFinite(p.upper())
              ? (p.upperInclusive() ? p.upper() + 9 * Math.abs(p.upper()) + 1 : p.upper())
              : Double.POSITIVE_INFINITY;
      default -> p.integer() ? p.defaultValue() + 0.5 : Double.NaN;
    };
  }

  @Provide
  Arbitrary<Object[]> crossRuleBreaks() {
    return Arbitraries.of(
            Families.all().stream().filter(f -> CROSS_BREAKS.containsKey(f.name())).toList())
        .flatMap(
            family ->
                FamilyArbitraries.validValues(family).map(values -> new Object[] {family, values}));
  }

  @Property(tries = 300)
  void crossRuleBreaksAreRejectedNamingTheParameterToChange(
      @ForAll("crossRuleBreaks") Object[] caseData) {
    Family family = (Family) caseData[0];
    CrossBreak crossBreak = CROSS_BREAKS.get(family.name());
    double[] broken = crossBreak.breaker().apply((double[]) caseData[1]);
    Validated<Distribution> result = family.create(broken);
    assertThat(result.isValid()).isFalse();
    assertThat(result.violations())
        .anySatisfy(
            v -> {
              assertThat(v.parameter()).isEqualTo(crossBreak.parameter());
              assertThat(v.message()).contains(crossBreak.parameter());
            });
  }
}
