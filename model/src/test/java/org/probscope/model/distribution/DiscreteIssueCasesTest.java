package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The discrete cases issue 7 names, each against its mpmath reference row (the sweep in {@link
 * DiscreteReferenceTest} checks them too; here they are named so that none leaves the sweep
 * unnoticed). Where SciPy 1.17 is wrong and ProbScope right, the test says so by checking SciPy's
 * recorded answer as well.
 */
class DiscreteIssueCasesTest {

  private static Distribution of(String spec) {
    return DistributionSpec.parse(spec).orElseThrow();
  }

  private static double reference(String spec, String quantity, String argument) {
    return DiscreteReference.of(spec, quantity, argument).value();
  }

  private static double relative(double actual, double expected) {
    return Math.abs(actual - expected) / Math.abs(expected);
  }

  @Test
  void upperQuantilesAreDecidedOnTheSurvivalFunction() {
    // item 5: the smallest k with F(k) >= 1 - 1e-15 is the smallest with S(k) <= 9.992e-16
    // (1 - 1e-15 as a double); Commons decided it on F, which rounds near 1, one step off
    String poisson = "poisson(mean=1000)";
    assertThat(of(poisson).quantile(1 - 1e-15))
        .isEqualTo(reference(poisson, "ppf", "0.999999999999999"))
        .isEqualTo(1261);
    assertThat(of(poisson).inverseSurvival(1e-15)).isEqualTo(reference(poisson, "isf", "1e-15"));
    String geometric = "geometric(p=0.999)";
    assertThat(of(geometric).quantile(1 - 1e-15))
        .isEqualTo(reference(geometric, "ppf", "0.999999999999999"))
        .isEqualTo(5);
    // SciPy's geom.isf(1e-15) and ppf(1 - 1e-15) say 4
    assertThat(DiscreteReference.of(geometric, "isf", "1e-15").scipy()).isEqualTo(4);
    assertThat(of(geometric).inverseSurvival(1e-15)).isEqualTo(5);
  }

  @Test
  void negativeBinomialMassOfManySuccessesIsANumber() {
    // item 6 and the audit: Commons' linear-space mass was Infinity here
    String spec = "negativebinomial(successes=1000, p=0.5)";
    double mass = of(spec).density(1000);
    assertThat(mass).isFinite();
    assertThat(relative(mass, reference(spec, "pmf", "1000.0"))).isLessThan(1e-14);
    assertThat(of("negativebinomial(successes=1000000, p=0.5)").density(1e9)).isZero();
  }

  @Test
  void poissonWithAWholeMeanHasTwoModes() {
    assertThat(of("poisson(mean=4)").modes()).isEqualTo(Modes.pair(3, 4));
    assertThat(of("bernoulli(p=0.5)").modes()).isEqualTo(Modes.pair(0, 1));
    assertThat(of("uniformdiscrete(lower=1, upper=6)").modes()).isEqualTo(Modes.interval(1, 6));
    assertThat(of("zipf(elements=10, exponent=0)").modes()).isEqualTo(Modes.interval(1, 10));
    assertThat(of("binomial(trials=9, p=0.5)").modes()).isEqualTo(Modes.pair(4, 5));
    assertThat(of("hypergeometric(population=10, successes=3, draws=2)").modes())
        .isEqualTo(Modes.pair(0, 1));
    assertThat(of("negativebinomial(successes=5, p=0.5)").modes()).isEqualTo(Modes.pair(3, 4));
    assertThat(SummaryFigure.of(of("poisson(mean=4)")).get(2).text(4)).isEqualTo("3 and 4");
  }

  @Test
  void zipfSurvivalIsSummedNotOneMinusTheCdf() {
    // the audit: S(1000) was 9.9e-31 (1 - cdf), the hazard read 1.0
    String spec = "zipf(elements=100000, exponent=10)";
    Distribution zipf = of(spec);
    assertThat(relative(zipf.survival(1000), reference(spec, "sf", "1000.0"))).isLessThan(1e-13);
    assertThat(relative(zipf.hazard(1000), reference(spec, "hazard", "1000.0"))).isLessThan(1e-13);
  }

  @Test
  void widestBinomialAndPoissonAreRightInTheBodyAndTheTails() {
    // the audit: binomial(1e9, 1/2) cdf 2.2e-8 off in the body, poisson(1e9) tails 5e-8 off
    String binomial = "binomial(trials=1000000000, p=0.5)";
    assertThat(relative(of(binomial).cdf(5e8), reference(binomial, "cdf", "500000000.0")))
        .isLessThan(1e-14);
    String poisson = "poisson(mean=1000000000)";
    double sf = reference(poisson, "sf", "1000251138.0");
    assertThat(relative(of(poisson).survival(1000251138), sf)).isLessThan(1e-13);
    // SciPy 1.17's poisson.sf there is 4.0e-16, 60% off the mpmath 9.998e-16
    assertThat(relative(DiscreteReference.of(poisson, "sf", "1000251138.0").scipy(), sf))
        .isGreaterThan(0.5);
  }

  @Test
  void hazardsStayFiniteWhereMassAndTailUnderflow() {
    // P(X = x)/P(X >= x) from logarithms: SciPy's pmf/sf there is 0/0
    assertThat(of("geometric(p=0.3)").hazard(5604)).isEqualTo(0.3);
    String poisson = "poisson(mean=4)";
    assertThat(of(poisson).density(517)).isZero();
    assertThat(of(poisson).hazard(517))
        .isCloseTo(reference(poisson, "hazard", "517.0"), within(1e-13));
    assertThat(of(poisson).logSurvival(517))
        .isCloseTo(reference(poisson, "logsf", "517.0"), within(1e-12));
  }

  /**
   * Far upper tails where the mass and the tail both underflow, against mpmath at 60 digits ({@code
   * python3 model/src/test/python/make_hazard_reference.py}, whose output lines are the rows
   * below). The difference of two logarithms near −2e7 had kept their ulp, 4e-9, as error.
   */
  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "poisson(mean=1000000000);1200000000.0;0.16666667083333310417",
        "poisson(mean=1000000000);1003500000.0;0.0034880773966875264525",
        "binomial(trials=1000000000, p=0.5);600000000.0;0.33333333999999963333",
        "negativebinomial(successes=1000000, p=0.5);1200000.0;0.083337916162638360431",
        "hypergeometric(population=1000000000, successes=500000000, draws=500000000);"
            + "260000000.0;0.14792907928983005952"
      })
  void hazardsFarInTheTailAreExactToAFewUlp(String spec, double k, double hazard) {
    Distribution d = of(spec);
    assertThat(d.density(k)).isZero();
    assertThat(relative(d.hazard(k), hazard)).isLessThan(1e-13);
  }

  @Test
  void zipfEntropyIsTheSumScipyGetsWrong() {
    // SciPy 1.17's zipfian.entropy() is 1.217 for zipf(1e5, 1): the mpmath sum is 7.968
    for (String spec :
        new String[] {"zipf(elements=100000, exponent=1)", "zipf(elements=100000, exponent=0.2)"}) {
      DiscreteReference row = DiscreteReference.of(spec, "entropy", "");
      assertThat(relative(of(spec).entropy(), row.value())).as(spec).isLessThan(1e-12);
      assertThat(relative(row.scipy(), row.value())).as(spec + " in SciPy").isGreaterThan(0.5);
    }
  }

  @Test
  void widestHypergeometricBuildsAtOnceAndKnowsItsFigures() {
    // item 7: parsing took 5 min 14 s (the entropy summed at construction, with Commons' O(N)
    // cdf); the cost is measured by DiscreteFrameBenchmark, this checks the figures themselves
    String spec = "hypergeometric(population=1000000000, successes=500000000, draws=500000000)";
    Distribution d = of(spec);
    assertThat(relative(d.entropy(), reference(spec, "entropy", ""))).isLessThan(1e-12);
    assertThat(d.quantile(0.5)).isEqualTo(reference(spec, "ppf", "0.5"));
  }
}
