package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Far-tail p-values against references computed outside Java (pvalue-tails.csv, made by
 * model/src/test/python/make_pvalue_tail_reference.py, whose docstring names every call). The
 * comparison is on ln p, so that a p-value of 1e-5000 is checked as closely as one of 1e-5: |Δ ln
 * p| is the relative error of p.
 */
class PValueTailReferenceTest {

  record Row(String kind, int n, double statistic, double lnP) {
    @Override
    public String toString() {
      return kind + " n=" + n + " s=" + statistic;
    }
  }

  static Stream<Row> rows() throws IOException {
    try (InputStream in = PValueTailReferenceTest.class.getResourceAsStream("pvalue-tails.csv")) {
      List<String> lines =
          List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
      return lines.stream()
          .filter(l -> !l.startsWith("#") && !l.startsWith("kind") && !l.isBlank())
          .map(l -> l.split(","))
          .map(
              c ->
                  new Row(
                      c[0],
                      Integer.parseInt(c[1]),
                      Double.parseDouble(c[2]),
                      Double.parseDouble(c[3])))
          .toList()
          .stream();
    }
  }

  /**
   * KS in the far tail: exact (2 × Birnbaum–Tingey in log space) to 1e-9 relative in p, however
   * small p is (ln p down to −6.9e6 at n = 10⁶, d = 0.999).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void kolmogorovSmirnov(Row r) {
    if (r.kind().equals("ks")) {
      assertThat(KolmogorovSmirnovPValue.logPValue(r.statistic(), r.n()))
          .isCloseTo(r.lnP(), within(1e-9 * Math.max(1, Math.abs(r.lnP()))));
    } else if (r.kind().equals("ks_scipy")) {
      // n > 10 000: Kolmogorov's limit where p ≥ 1e-6, its error O(1/√n): measured 0.81% at n =
      // 2·10⁴ (p = 6e-3), 0.55% at 10⁵, 0.17% at 10⁶; the exact Smirnov form below 1e-6 (2e-11).
      assertThat(KolmogorovSmirnovPValue.logPValue(r.statistic(), r.n()))
          .isCloseTo(r.lnP(), within(1e-2));
    }
  }

  /**
   * The limit laws' upper tails as LimitTails documents them: CvM within 1.1e-3 from W² = 2 (7e-3
   * at W² = 1), AD within 3e-3 from A² = 6; the CvM limit the p-value uses (its series up to W² =
   * 2.5, the tail scaled to it beyond) within 1e-4 and 1e-3.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void limitTails(Row r) {
    double s = r.statistic();
    if (r.kind().equals("cvm_limit")) {
      assertThat(LimitTails.logCramerVonMises(s)).isCloseTo(r.lnP(), within(s < 2 ? 7e-3 : 1.1e-3));
      assertThat(CramerVonMisesPValue.logLimitSurvival(s))
          .isCloseTo(r.lnP(), within(s <= CramerVonMisesPValue.SERIES_LIMIT ? 1e-4 : 1e-3));
    } else if (r.kind().equals("ad_limit")) {
      assertThat(LimitTails.logAndersonDarling(s)).isCloseTo(r.lnP(), within(3e-3));
    }
  }

  /**
   * Finite-n tails beyond the joins, rebuilt from R goftest (at the join) and mpmath (the shape).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void finiteNTails(Row r) {
    if (r.kind().equals("cvm_tail")) {
      assertThat(CramerVonMisesPValue.logPValue(r.statistic(), r.n()))
          .isCloseTo(r.lnP(), within(1e-3));
    } else if (r.kind().equals("ad_tail")) {
      assertThat(AndersonDarlingPValue.logPValue(r.statistic(), r.n()))
          .isCloseTo(r.lnP(), within(3.5e-3));
    }
  }
}
