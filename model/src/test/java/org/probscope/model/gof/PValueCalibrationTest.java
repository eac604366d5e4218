package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.probscope.model.TestScale;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.sample.SampleGenerator;

/**
 * Calibration: with the target true, each test's p-values over 1000 seeded replicates are
 * Uniform(0, 1), checked by an exact one-sample KS test of the 1000 p-values against U(0, 1) at
 * level 1e-4. Continuous targets, light and heavy tailed, n ∈ {5, 50, 1000}: normal and Cauchy in
 * {@code mvn verify} (24 checks), plus exponential, lognormal(σ = 2), Student t(1.5) and beta(½, ½)
 * under {@code -Pexhaustive} (72 checks). Were every p-value exactly uniform, the chance of a false
 * failure would be 24·1e-4 ≈ 0.24% (verify) and 0.72% (exhaustive); seeds are fixed, so a run
 * either always passes or always fails. Approximate methods stay well inside this: Stephens' Kuiper
 * formula (n ≥ 31) is about 3% conservative in the body, which moves the KS statistic of 1000
 * p-values by 0.03 against a critical value of 0.068.
 */
class PValueCalibrationTest {

  private static final int REPLICATES = 1000;
  private static final double LEVEL = 1e-4;

  static Stream<Arguments> cases() {
    List<String> targets =
        new ArrayList<>(List.of("normal(mean=0, sd=1)", "cauchy(location=0, scale=1)"));
    if (TestScale.exhaustive()) {
      targets.addAll(
          List.of(
              "exponential(rate=1)",
              "lognormal(mu=0, sigma=2)",
              "studentt(df=1.5)",
              "beta(alpha=0.5, beta=0.5)"));
    }
    List<Arguments> cases = new ArrayList<>();
    for (String t : targets) {
      for (int n : new int[] {5, 50, 1000}) {
        cases.add(Arguments.of(t, n));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, n = {1}")
  @MethodSource("cases")
  void pValuesUnderTheNullAreUniform(String spec, int n) {
    Distribution target = DistributionSpec.parse(spec).orElseThrow();
    double[][] p = new double[GofTest.values().length][REPLICATES];
    List<GofTest> computed = new ArrayList<>();
    for (int r = 0; r < REPLICATES; r++) {
      GoodnessOfFit gof = GoodnessOfFit.of(SampleGenerator.draw(target, n, 1_000L * n + r), target);
      for (TestResult t : gof.tests()) {
        p[t.test().ordinal()][r] = t.p().value();
        if (r == 0) {
          computed.add(t.test());
        }
      }
    }
    // a continuous target has the four tests before Watson's U², which is discrete only
    assertThat(computed).hasSize(4);
    for (GofTest test : computed) {
      boolean conservative = test == GofTest.KUIPER && n > KuiperTable.LARGEST_N;
      KolmogorovSmirnovTest ks =
          KolmogorovSmirnovTest.withDefaults()
              .with(
                  conservative
                      ? AlternativeHypothesis.GREATER_THAN
                      : AlternativeHypothesis.TWO_SIDED);
      double uniformity = ks.test(p[test.ordinal()], u -> Math.min(1, Math.max(0, u))).getPValue();
      assertThat(uniformity)
          .as("%s p-values, %s, n = %d", test.label(), spec, n)
          .isGreaterThan(LEVEL);
    }
  }
}
