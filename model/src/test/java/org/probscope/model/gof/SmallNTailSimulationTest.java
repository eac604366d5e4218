package org.probscope.model.gof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * AD and CvM upper tails at n = 5, 10, 20 against a seeded simulation (small-n-tails.csv, made by
 * model/src/test/python/make_small_n_tail_check.py: 4·10⁶ samples per n). A p-value given as a
 * number must lie within 4 standard errors plus 4% relative (Marsaglia's fit is 3.6% high at n = 5,
 * A² = 6); a CvM bound beyond the join (n &lt; 30) must hold, no lower than the simulated p minus 4
 * standard errors. With 30 fixed checks the chance that the committed data fail by bad luck is
 * about 2e-3 (4σ, two-sided, 6.3e-5 each).
 */
class SmallNTailSimulationTest {

  record Row(String test, int n, double statistic, double p, double standardError) {}

  static Stream<Row> rows() throws IOException {
    try (InputStream in = SmallNTailSimulationTest.class.getResourceAsStream("small-n-tails.csv")) {
      return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .filter(l -> !l.startsWith("#") && !l.startsWith("test,") && !l.isBlank())
          .map(l -> l.split(","))
          .map(
              c ->
                  new Row(
                      c[0],
                      Integer.parseInt(c[1]),
                      Double.parseDouble(c[2]),
                      Double.parseDouble(c[3]),
                      Double.parseDouble(c[4])))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void tailsAgreeWithSimulationOrBoundIt(Row r) {
    PValue p =
        r.test().equals("ad")
            ? AndersonDarlingPValue.of(r.statistic(), r.n())
            : CramerVonMisesPValue.of(r.statistic(), r.n());
    double slack = 4 * Math.max(r.standardError(), 1e-7);
    if (p.bound()) {
      assertThat(r.test()).isEqualTo("cvm");
      assertThat(r.statistic()).isGreaterThan(CramerVonMisesPValue.join(r.n()));
      assertThat(p.value()).isGreaterThanOrEqualTo(r.p() - slack);
    } else {
      assertThat(p.value()).isCloseTo(r.p(), within(slack + 0.04 * r.p()));
    }
  }
}
