package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Families;

/**
 * Reference values from SciPy 1.17.1 (the call is next to each value). Tolerances: 1e-12 relative
 * for the far normal tail (SciPy's own ndtr(-30) is 5.7e-14 relative off the exact value, see
 * below), 1e-14 relative elsewhere, a few ulps of two libraries evaluating the same formula.
 */
class CalcCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STANDARD_NORMAL = "normal(mean=0, sd=1)";
  private static final Distribution NORMAL = Families.normal().createDefault();

  @Test
  void farLeftTailKeepsFullPrecisionInsteadOfZero() throws Exception {
    CommandRun run = CommandRun.of("calc", "--target", STANDARD_NORMAL, "--x", "-30", "--json");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode node = JSON.readTree(run.out());
    assertThat(fieldNames(node)).containsExactly("x", "pdf", "cdf", "sf", "hazard");
    assertThat(node.get("x").doubleValue()).isEqualTo(-30.0);
    // scipy.stats.norm.cdf(-30) = 4.906713927147908e-198;
    // mpmath.ncdf(-30) at 40 digits = 4.906713927148187059533809256580190471997e-198
    assertThat(node.get("cdf").isNumber()).isTrue();
    assertThat(node.get("cdf").doubleValue())
        .isCloseTo(4.906713927148187e-198, withinPercentage(1e-10));
    // scipy.stats.norm.pdf(-30) = 1.4736461348785476e-196
    assertThat(node.get("pdf").doubleValue())
        .isCloseTo(1.4736461348785476e-196, withinPercentage(1e-12));
    // scipy.stats.norm.sf(-30) = 1.0
    assertThat(node.get("sf").doubleValue()).isEqualTo(1.0);
    // scipy.stats.norm.pdf(-30) / scipy.stats.norm.sf(-30) = 1.4736461348785476e-196
    assertThat(node.get("hazard").doubleValue())
        .isCloseTo(1.4736461348785476e-196, withinPercentage(1e-12));
  }

  @Test
  void jsonNumbersReadBackToTheDoublesTheModelComputed() throws Exception {
    CommandRun run = CommandRun.of("calc", "--target", STANDARD_NORMAL, "--x", "1.5", "--json");

    JsonNode node = JSON.readTree(run.out());
    // exact equality: printing must lose no bit
    assertThat(node.get("pdf").doubleValue()).isEqualTo(NORMAL.density(1.5));
    assertThat(node.get("cdf").doubleValue()).isEqualTo(NORMAL.cdf(1.5));
    assertThat(node.get("sf").doubleValue()).isEqualTo(NORMAL.survival(1.5));
    assertThat(node.get("hazard").doubleValue()).isEqualTo(NORMAL.hazard(1.5));
    // scipy.stats.norm.cdf(1.5) = 0.9331927987311419, scipy.stats.norm.sf(1.5) =
    // 0.06680720126885807
    assertThat(node.get("cdf").doubleValue()).isCloseTo(0.9331927987311419, within(1e-15));
    assertThat(node.get("sf").doubleValue()).isCloseTo(0.06680720126885807, within(1e-15));
  }

  @Test
  void quantileAtAProbability() throws Exception {
    CommandRun run = CommandRun.of("calc", "--target", STANDARD_NORMAL, "--p", "0.975", "--json");

    assertThat(run.status()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(fieldNames(node)).containsExactly("p", "quantile");
    assertThat(node.get("p").doubleValue()).isEqualTo(0.975);
    // scipy.stats.norm.ppf(0.975) = 1.959963984540054
    assertThat(node.get("quantile").doubleValue())
        .isCloseTo(1.959963984540054, withinPercentage(1e-12));
  }

  @Test
  void infiniteQuantilesAreJsonStrings() throws Exception {
    CommandRun run = CommandRun.of("calc", "--target", STANDARD_NORMAL, "--p", "0,1", "--json");

    JsonNode array = JSON.readTree(run.out());
    // scipy.stats.norm.ppf([0, 1]) = [-inf, inf]
    assertThat(array.get(0).get("quantile").asText()).isEqualTo("-Infinity");
    assertThat(array.get(1).get("quantile").asText()).isEqualTo("Infinity");
    assertThat(array.get(1).get("quantile").isTextual()).isTrue();
  }

  @Test
  void discreteFamilyGivesTheMassUnderTheContractKeyPdf() throws Exception {
    CommandRun run = CommandRun.of("calc", "--target", "poisson(mean=3)", "--x", "2", "--json");

    JsonNode node = JSON.readTree(run.out());
    // scipy.stats.poisson.pmf(2, 3) = 0.22404180765538775
    assertThat(node.get("pdf").doubleValue())
        .isCloseTo(0.22404180765538775, withinPercentage(1e-12));
    // scipy.stats.poisson.cdf(2, 3) = 0.42319008112684364
    assertThat(node.get("cdf").doubleValue())
        .isCloseTo(0.42319008112684364, withinPercentage(1e-12));
    // scipy.stats.poisson.sf(2, 3) = 0.5768099188731566
    assertThat(node.get("sf").doubleValue()).isCloseTo(0.5768099188731566, withinPercentage(1e-12));
    // hazard P(X=2)/P(X>=2): scipy.stats.poisson.pmf(2, 3) / scipy.stats.poisson.sf(1, 3)
    // = 0.2797544167464592
    assertThat(node.get("hazard").doubleValue())
        .isCloseTo(0.2797544167464592, withinPercentage(1e-12));
  }

  @Test
  void severalPointsGiveAnArrayInTheOrderGiven() throws Exception {
    CommandRun run =
        CommandRun.of("calc", "--target", "poisson(mean=3)", "--x", "0,2.5", "--x", "2", "--json");

    JsonNode array = JSON.readTree(run.out());
    assertThat(array.isArray()).isTrue();
    assertThat(array.findValuesAsText("x")).containsExactly("0.0", "2.5", "2.0");
    // scipy.stats.poisson.pmf(0, 3) = 0.049787068367863944
    assertThat(array.get(0).get("pdf").doubleValue())
        .isCloseTo(0.049787068367863944, withinPercentage(1e-12));
    // a point off the integers has no mass: scipy.stats.poisson.pmf(2.5, 3) = 0.0
    assertThat(array.get(1).get("pdf").doubleValue()).isZero();
  }

  @Test
  void textIsOneNameValueLinePerFigureAfterTheTarget() {
    CommandRun run = CommandRun.of("calc", "--target", "normal", "--x", "-30");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines())
        .containsExactly(
            "target = normal(mean=0, sd=1)",
            "",
            "x = -30.0",
            "pdf = " + FullPrecision.format(NORMAL.density(-30)),
            "cdf = " + FullPrecision.format(NORMAL.cdf(-30)),
            "sf = 1.0",
            "hazard = " + FullPrecision.format(NORMAL.hazard(-30)));
  }

  @Test
  void textCallsTheMassPmfForADiscreteFamily() {
    CommandRun run = CommandRun.of("calc", "--target", "poisson(mean=3)", "--x", "2");

    assertThat(run.outLines()).anyMatch(line -> line.startsWith("pmf = 0.22404180765538"));
    assertThat(run.outLines()).noneMatch(line -> line.startsWith("pdf"));
  }

  @Test
  void textQuantile() {
    CommandRun run = CommandRun.of("calc", "--target", "poisson(mean=3)", "--p", "0.9");

    // scipy.stats.poisson.ppf(0.9, 3) = 5.0
    assertThat(run.outLines())
        .containsExactly("target = poisson(mean=3)", "", "p = 0.9", "quantile = 5.0");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
