package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FamiliesTest {

  @Test
  void catalogueHasDesignsFamiliesInDesignsOrder() {
    // DESIGN.md's table read left column first: the continuous families, then the discrete ones
    assertThat(Families.all().stream().map(Family::name))
        .containsExactly(
            "normal",
            "lognormal",
            "exponential",
            "gamma",
            "beta",
            "uniform",
            "studentt",
            "chisquared",
            "f",
            "cauchy",
            "weibull",
            "laplace",
            "logistic",
            "gumbel",
            "pareto",
            "triangular",
            "levy",
            "truncatednormal",
            "binomial",
            "poisson",
            "geometric",
            "negativebinomial",
            "hypergeometric",
            "uniformdiscrete",
            "zipf",
            "bernoulli");
    assertThat(Families.all().subList(0, 18)).noneMatch(Family::isDiscrete);
    assertThat(Families.all().subList(18, 26)).allMatch(Family::isDiscrete);
  }

  @Test
  void parameterNamesAreDesigns() {
    assertThat(Families.byName("truncatednormal").orElseThrow().parameters())
        .extracting(Parameter::name)
        .containsExactly("mean", "sd", "lower", "upper");
    assertThat(Families.byName("hypergeometric").orElseThrow().parameters())
        .extracting(Parameter::name)
        .containsExactly("population", "successes", "draws");
    assertThat(Families.byName("zipf").orElseThrow().parameters())
        .extracting(Parameter::name)
        .containsExactly("elements", "exponent");
  }

  static java.util.List<Family> families() {
    return Families.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("families")
  void descriptorIsComplete(Family family) {
    assertThat(family.label()).isNotBlank();
    for (Parameter p : family.parameters()) {
      assertThat(p.description()).as(p.name()).isNotBlank();
      assertThat(p.check(p.defaultValue())).as("default of " + p.name()).isEmpty();
      assertThat(p.check(p.sliderMin())).as("slider min of " + p.name()).isEmpty();
      assertThat(p.check(p.sliderMax())).as("slider max of " + p.name()).isEmpty();
      if (p.integer()) {
        // Commons Statistics counts with int
        assertThat(Math.max(p.lower(), p.limitMin())).isGreaterThanOrEqualTo(Integer.MIN_VALUE);
        assertThat(Math.min(p.upper(), p.limitMax())).isLessThanOrEqualTo(Integer.MAX_VALUE);
      }
    }
    assertThat(family.validate(family.defaults())).isEmpty();
    assertThat(family.createDefault().spec()).startsWith(family.name() + "(");
  }
}
