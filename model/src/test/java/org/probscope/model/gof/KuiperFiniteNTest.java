package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kuiper's finite-n p-value (n ≤ 30, {@link KuiperTable}) against a second, independent seeded
 * simulation (kuiper-check.csv, make_kuiper_table.py: 10⁶ samples per n, seed 7 + n). Each check
 * allows 4 combined standard errors (the check's and the table's, √(p(1 − p)/R) each) plus 1%
 * relative for the interpolation between table rows; the 16 checks together fail by chance with
 * probability about 1e-3 (two-sided normal tail at 4σ, 6.3e-5 each). The data are fixed, so the
 * test is deterministic: this is the chance that the committed tables disagree by bad luck.
 */
class KuiperFiniteNTest {

  record Check(int n, double v, double p, double standardError) {}

  static Stream<Check> checks() throws IOException {
    try (InputStream in = KuiperFiniteNTest.class.getResourceAsStream("kuiper-check.csv")) {
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .filter(l -> !l.startsWith("#") && !l.startsWith("n,") && !l.isBlank())
          .map(l -> l.split(","))
          .map(
              c ->
                  new Check(
                      Integer.parseInt(c[0]),
                      Double.parseDouble(c[1]),
                      Double.parseDouble(c[2]),
                      Double.parseDouble(c[3])))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("checks")
  void agreesWithAnIndependentSimulation(Check c) {
    double p = KuiperPValue.pValue(c.v(), c.n());
    double tableError = Math.sqrt(c.p() * (1 - c.p()) / KuiperTable.REPLICATES);
    double allowed = 4 * Math.hypot(c.standardError(), tableError) + 0.01 * c.p();
    assertThat(p).isCloseTo(c.p(), within(allowed));
  }

  /** Issue 7: Stephens' formula at n = 10, V = 0.7 is 54% above simulation (3.45e-4 ± 1.9e-5). */
  @Test
  void stephensWasFarOffAtTenPointsAndTheTableIsNot() {
    double sqrtN = Math.sqrt(10);
    double stephens = KuiperPValue.limitSurvival((sqrtN + 0.155 + 0.24 / sqrtN) * 0.7);
    assertThat(stephens / 3.45e-4).isGreaterThan(1.4);
    assertThat(KuiperPValue.pValue(0.7, 10)).isCloseTo(3.45e-4, within(4 * 2.6e-5 + 3.45e-6));
    assertThat(KuiperPValue.of(0.7, 10).method()).contains("simulated");
  }

  @Test
  void beyondTheTableOnlyTheBoundIsGivenAndDecisionsStillFollowTheStatistic() {
    PValue far = KuiperPValue.of(0.95, 10);
    assertThat(far.bound()).isTrue();
    assertThat(far.value()).isEqualTo(1e-4);
    assertThat(far.boundReason()).contains("beyond the simulated table");
    assertThat(far.rejects(0.05)).isTrue();
    double critical = KuiperPValue.criticalValue(10, 1e-6);
    assertThat(critical).isGreaterThan(KuiperTable.edge(10)).isLessThanOrEqualTo(1);
    assertThat(KuiperPValue.of(critical + 1e-3, 10).rejects(1e-6)).isTrue();
    assertThat(KuiperPValue.of(critical - 1e-3, 10).rejects(1e-6)).isFalse();
  }

  /**
   * n = 300 points within 1e-13 of one another in F (the tester's N(0, 1) sample against
   * normal(mean=10)): V = 1 − 1e-13, whose finite-n p-value is below n·(1e-13)^(n−1), about
   * 1e-3800. Stephens' formula said 5e-263 as if it were a number; beyond p = 1e-10 it is now a
   * bound, and here Massart's 2·exp(−nV²/2) = 1.4e-65.
   */
  @Test
  void farBeyondTheCheckedRangeStephensGivesOnlyABound() {
    PValue far = KuiperPValue.of(1 - 1e-13, 300);
    assertThat(far.bound()).isTrue();
    assertThat(far.value())
        .isCloseTo(2 * Math.exp(-150 * (1 - 1e-13) * (1 - 1e-13)), within(1e-70));
    assertThat(far.rejects(1e-60)).isTrue();
    assertThat(KuiperPValue.of(0.15, 300).bound()).isFalse();
    assertThat(KuiperPValue.of(0.15, 300).value()).isBetween(1e-6, 1e-3);
  }

  /**
   * What the user reads ("p = x" or "p < b") never increases with V, across the switch to bounds.
   */
  @Test
  void theShownFigureFallsWithTheStatisticAcrossTheSwitch() {
    for (int n : new int[] {31, 300, 10_000, 1_000_000}) {
      double previous = 1;
      for (double v = 0; v <= 1; v += 1e-3) {
        double shown = KuiperPValue.of(v, n).value();
        assertThat(shown).as("n = %d, V = %f", n, v).isLessThanOrEqualTo(previous);
        previous = shown;
      }
    }
  }
}
