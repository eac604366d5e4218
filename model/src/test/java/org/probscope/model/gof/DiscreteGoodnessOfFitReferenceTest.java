package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probscope.model.sample.Sample;

/**
 * The discrete-null tests against model/src/test/python/make_discrete_gof_reference.py (mpmath at
 * 50 digits; the calls are in each file's header): D and its exact p-value by a different recursion
 * (Poisson embedding; brute-force enumeration for n ≤ 12), W², U², A² from the definitions of
 * Choulakian, Lockhart &amp; Stephens (1994), and their asymptotic p-values by Imhof's integral
 * (the Java code uses Smirnov's series).
 *
 * <p>poisson20-1000 is beyond the exact method's live budget, so the table shows a Monte-Carlo
 * p-value there: the exact routine is checked directly, the table's figure within 4 standard errors
 * of it.
 *
 * <p>Tolerances: statistics 1e-9 relative (sums of at most n terms); the exact KS p-value 1e-9
 * relative (both are exact; double rounding over ~10⁵ operations); the asymptotic p-values 1e-7
 * relative or 1e-12 absolute (Gauss–Chebyshev nodes double until two rules agree to 1e-10, and the
 * eigenvalues of two libraries differ in the last digits).
 */
class DiscreteGoodnessOfFitReferenceTest {

  static Stream<ReferenceCase> cases() {
    return Stream.of(
            "bernoulli-10",
            "binomial3-12",
            "poisson3-200",
            "poisson3-shift-200",
            "binomial10-300",
            "geometric-400",
            "negbinomial-150",
            "uniformdiscrete-60",
            "poisson20-1000")
        .map(name -> ReferenceCase.load("discrete/" + name));
  }

  /** The files small enough (n ≤ 12) for the script to enumerate Kuiper's law. */
  static Stream<ReferenceCase> enumeratedCases() {
    return cases().filter(ref -> ref.has("kuiper.pvalue"));
  }

  /** The sample of a file's {@code counts = value:count, ...} line. */
  static Sample sample(ReferenceCase ref) {
    String[] pairs = ref.values().getProperty("counts").split(",");
    double[] data = new double[(int) ref.get("n")];
    int at = 0;
    for (String pair : pairs) {
      String[] vc = pair.strip().split(":");
      for (int c = 0; c < Integer.parseInt(vc[1]); c++) {
        data[at++] = Double.parseDouble(vc[0]);
      }
    }
    assertThat(at).isEqualTo(data.length);
    return Sample.of(ref.name(), data);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void kolmogorovSmirnovIsExactForTheDiscreteNull(ReferenceCase ref) {
    Sample sample = sample(ref);
    GoodnessOfFit gof = GoodnessOfFit.of(sample, ref.target());
    assertThat(gof.ks().statistic()).isCloseTo(ref.get("ks.statistic"), within(1e-12));
    DiscreteCells cells = DiscreteCells.of(sample, ref.target(), DiscreteTests.MAX_CELLS);
    double exact = DiscreteKsPValue.pValue(cells, gof.ks().statistic());
    assertRelative(exact, ref.get("ks.pvalue"), 1e-9, 0);
    if (gof.ks().pValueMethod().startsWith("exact")) {
      assertThat(gof.ks().pValue()).isEqualTo(exact);
    } else {
      // beyond the exact method's budget (poisson20-1000): Monte Carlo within 4 standard errors
      double se = DiscreteNullSimulation.standardError(exact);
      assertThat(gof.ks().pValue()).isCloseTo(exact, within(4 * se + 1.0 / 2001));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void cramerVonMisesWatsonAndAndersonDarlingTakeTheirDiscreteForms(ReferenceCase ref) {
    GoodnessOfFit gof = GoodnessOfFit.of(sample(ref), ref.target());
    check(gof.test(GofTest.CRAMER_VON_MISES), ref, "cvm");
    check(gof.test(GofTest.WATSON), ref, "watson");
    check(gof.test(GofTest.ANDERSON_DARLING), ref, "ad");
  }

  /** Kuiper's Monte-Carlo p-value within 4 standard errors of the exact one (n ≤ 12 files). */
  @ParameterizedTest(name = "{0}")
  @MethodSource("enumeratedCases")
  void kuiperMonteCarloAgreesWithTheEnumeratedLaw(ReferenceCase ref) {
    GoodnessOfFit gof = GoodnessOfFit.of(sample(ref), ref.target());
    assertThat(gof.kuiper().statistic()).isCloseTo(ref.get("kuiper.statistic"), within(1e-12));
    double exact = ref.get("kuiper.pvalue");
    double se = DiscreteNullSimulation.standardError(exact);
    assertThat(gof.kuiper().pValue()).isCloseTo(exact, within(4 * se + 1.0 / 2001));
  }

  private static void check(TestResult result, ReferenceCase ref, String key) {
    assertRelative(result.statistic(), ref.get(key + ".statistic"), 1e-9, 1e-15);
    assertThat(result.pValueMethod()).startsWith("asymptotic for a discrete null");
    assertRelative(result.pValue(), ref.get(key + ".pvalue"), 1e-7, 1e-12);
  }

  private static void assertRelative(double actual, double expected, double rel, double abs) {
    assertThat(actual).isCloseTo(expected, within(Math.max(abs, rel * Math.abs(expected))));
  }
}
