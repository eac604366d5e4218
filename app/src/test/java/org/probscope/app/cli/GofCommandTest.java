package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.gof.GoodnessOfFit;
import org.probscope.model.gof.TestResult;
import org.probscope.model.sample.Sample;

/**
 * {@code gof} on small CSV fixtures written into a temporary directory. The JSON is checked bit for
 * bit against {@link GoodnessOfFit} on the same values (printing must lose nothing) and, for one
 * sample, against SciPy 1.17.1 (calls next to the values).
 */
class GofCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STANDARD_NORMAL = "normal(mean=0, sd=1)";

  /** The ten values of {@link #REFERENCE_CSV}'s "value" column, in file order. */
  private static final double[] REFERENCE_VALUES = {
    0.42, -1.3, 0.87, 2.1, -0.05, 0.33, -0.76, 1.45, -2.2, 0.11
  };

  /** An id column first, so that the default (first numeric) column is not the one tested. */
  static final String REFERENCE_CSV =
      """
      id,value
      1,0.42
      2,-1.3
      3,NA
      4,0.87
      5,2.1
      6,-0.05
      7,abc
      8,0.33
      9,-0.76
      10,1.45
      11,-2.2
      12,0.11
      """;

  @TempDir Path dir;

  @Test
  void jsonHasTheContractKeysFirstAndAgreesBitForBitWithTheModel() throws IOException {
    Path csv = write("values.csv", REFERENCE_CSV);

    CommandRun run = gof(csv, "--column", "value", "--target", STANDARD_NORMAL, "--json");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode node = JSON.readTree(run.out());
    assertThat(fieldNames(node))
        .startsWith("n", "skipped", "target", "ks", "kuiper", "cvm", "ad", "wasserstein1");
    assertThat(fieldNames(node.get("ks"))).startsWith("statistic", "pValue");
    assertThat(fieldNames(node.get("kuiper"))).startsWith("statistic");
    assertThat(fieldNames(node.get("cvm"))).startsWith("statistic", "pValue");
    assertThat(fieldNames(node.get("ad"))).startsWith("statistic", "pValue");

    GoodnessOfFit model =
        GoodnessOfFit.of(
            Sample.of("value", REFERENCE_VALUES),
            DistributionSpec.parse(STANDARD_NORMAL).orElseThrow());
    assertThat(node.get("n").intValue()).isEqualTo(10);
    assertThat(node.get("skipped").intValue()).isEqualTo(2);
    assertThat(node.get("target").textValue()).isEqualTo(STANDARD_NORMAL);
    assertSameTest(node.get("ks"), model.ks());
    assertSameTest(node.get("kuiper"), model.kuiper());
    assertSameTest(node.get("cvm"), model.cramerVonMises());
    assertSameTest(node.get("ad"), model.andersonDarling());
    assertThat(node.get("wasserstein1").doubleValue()).isEqualTo(model.wasserstein1().value());
    assertThat(node.get("dPlus").doubleValue()).isEqualTo(model.dPlus());
    assertThat(node.get("dMinus").doubleValue()).isEqualTo(model.dMinus());
    assertThat(node.get("ks").get("criticalValue").doubleValue())
        .isEqualTo(model.decisions(0.05).get(0).criticalValue());
    assertThat(node.has("wasserstein1Reason")).isFalse();
    assertThat(node.get("discreteTarget").booleanValue()).isFalse();
    assertThat(node.has("chiSquare")).isFalse();
  }

  /**
   * Tolerances: statistics 1e-13 relative (the same sums of n = 10 terms, a few ulps of rounding);
   * the KS and CvM p-values 1e-10 relative (SciPy's kstwo and the model both follow Simard &amp;
   * L'Ecuyer, and both use the Csörgő–Faraway series for CvM); W₁ 1e-9 relative, the model's
   * documented agreement with quad.
   */
  @Test
  void jsonAgreesWithScipy() throws IOException {
    Path csv = write("values.csv", REFERENCE_CSV);

    JsonNode node =
        JSON.readTree(gof(csv, "--column", "value", "--target", STANDARD_NORMAL, "--json").out());

    // x = np.array([0.42, -1.3, 0.87, 2.1, -0.05, 0.33, -0.76, 1.45, -2.2, 0.11])
    // scipy.stats.kstest(x, 'norm', method='exact')
    //   = (0.18006119416162752, pvalue=0.847001697418184)
    assertRelative(node.get("ks").get("statistic"), 0.18006119416162752, 1e-13);
    assertRelative(node.get("ks").get("pValue"), 0.847001697418184, 1e-10);
    // D+ = kstest(x, 'norm', alternative='greater').statistic = 0.10319951541438965
    // D- = kstest(x, 'norm', alternative='less').statistic = 0.18006119416162752
    assertRelative(node.get("dPlus"), 0.10319951541438965, 1e-13);
    // Kuiper V = D+ + D- = 0.2832607095760172
    assertRelative(node.get("kuiper").get("statistic"), 0.2832607095760172, 1e-13);
    // scipy.stats.cramervonmises(x, 'norm') = (0.055553787201413005, pvalue=0.8530889127010395)
    assertRelative(node.get("cvm").get("statistic"), 0.055553787201413005, 1e-13);
    assertRelative(node.get("cvm").get("pValue"), 0.8530889127010395, 1e-10);
    // xs = np.sort(x); i = np.arange(1, 11)
    // -10 - np.sum((2*i-1)*(norm.logcdf(xs) + norm.logsf(xs[::-1])))/10 = 0.4244632725919075
    assertRelative(node.get("ad").get("statistic"), 0.4244632725919075, 1e-13);
    // quad(norm.cdf, -inf, xs[0]) + quad(norm.sf, xs[-1], inf)
    //   + sum over k of quad(lambda t: abs((k+1)/10 - norm.cdf(t)), xs[k], xs[k+1],
    //                        epsabs=1e-14, epsrel=1e-13) = 0.28208912635271427
    assertRelative(node.get("wasserstein1"), 0.28208912635271427, 1e-9);
  }

  @Test
  void columnByNameAndByOneBasedIndexGiveTheSameResult() throws IOException {
    Path csv = write("values.csv", REFERENCE_CSV);

    CommandRun byName = gof(csv, "--column", "value", "--target", STANDARD_NORMAL, "--json");
    CommandRun byIndex = gof(csv, "--column", "2", "--target", STANDARD_NORMAL, "--json");

    assertThat(byIndex.status()).isZero();
    assertThat(byIndex.out()).isEqualTo(byName.out());
    JsonNode node = JSON.readTree(byIndex.out());
    assertThat(node.get("column").textValue()).isEqualTo("value");
    assertThat(node.get("columnPosition").intValue()).isEqualTo(2);
  }

  @Test
  void withoutColumnTheFirstNumericColumnIsRead() throws IOException {
    Path csv = write("labelled.csv", "label,x\na,0.5\nb,-0.25\nc,1.5\nd,0.75\n");

    JsonNode node = JSON.readTree(gof(csv, "--target", STANDARD_NORMAL, "--json").out());

    assertThat(node.get("column").textValue()).isEqualTo("x");
    assertThat(node.get("n").intValue()).isEqualTo(4);
    assertThat(node.get("skipped").intValue()).isZero();
  }

  @Test
  void skippedCellsAreCountedByReasonWithTheirLineNumbers() throws IOException {
    Path csv = write("values.csv", REFERENCE_CSV);

    JsonNode node =
        JSON.readTree(gof(csv, "--column", "value", "--target", STANDARD_NORMAL, "--json").out());

    assertThat(node.get("skipped").intValue()).isEqualTo(2);
    assertThat(node.get("skippedByReason").get("na").intValue()).isEqualTo(1);
    assertThat(node.get("skippedByReason").get("text").intValue()).isEqualTo(1);
    // the header is line 1, so the rows with ids 3 and 7 are lines 4 and 8
    assertThat(node.get("firstSkipped").findValuesAsText("line")).containsExactly("4", "8");
    assertThat(node.get("firstSkipped").get(1).get("text").textValue()).isEqualTo("7,abc");
  }

  @Test
  void textShowsWhatWasReadThenOneAlignedRowPerTest() throws IOException {
    Path csv = write("values.csv", REFERENCE_CSV);

    CommandRun run = gof(csv, "--column", "value", "--target", STANDARD_NORMAL);

    assertThat(run.status()).isZero();
    List<String> lines = run.outLines();
    assertThat(lines)
        .contains(
            "n        10",
            "skipped  2 (1 NA, 1 text); listed below",
            "target   normal(mean=0, sd=1)",
            "alpha    0.05",
            "  line 4 (NA): 3,NA",
            "  line 8 (text): 7,abc");
    int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("TEST")).findFirst().get());
    List<String> table = lines.subList(header, header + 5);
    assertThat(table.get(1)).startsWith("Kolmogorov–Smirnov D").contains("0.18006119416162");
    assertThat(table.get(2)).startsWith("Kuiper V");
    assertThat(table.get(3)).startsWith("Cramér–von Mises W²");
    assertThat(table.get(4)).startsWith("Anderson–Darling A²");
    // aligned: every row's p-value starts in the header's P-VALUE column
    int pValueColumn = table.get(0).indexOf("P-VALUE");
    for (String row : table.subList(1, 5)) {
      assertThat(row.charAt(pValueColumn - 1)).isEqualTo(' ');
      assertThat(row.charAt(pValueColumn)).isNotEqualTo(' ');
    }
    // n = 10 from N(0, 1): no test rejects at 5 %
    assertThat(table.subList(1, 5)).allMatch(row -> row.contains(GofText.KEEP));
    assertThat(lines).anyMatch(l -> l.startsWith("Wasserstein-1 W1 = 0.2820891263527"));
    assertThat(lines).noneMatch(l -> l.startsWith("Note:"));
  }

  @Test
  void headerlessSemicolonFileWithDecimalCommasIsDetected() throws IOException {
    Path csv = write("plain.txt", "0,42;7\n-1,3;8\n0,87;9\n2,1;10\n");

    JsonNode node =
        JSON.readTree(gof(csv, "--column", "1", "--target", STANDARD_NORMAL, "--json").out());

    assertThat(node.get("n").intValue()).isEqualTo(4);
    assertThat(node.get("column").textValue()).isEqualTo("Column 1");
    assertThat(node.get("format").textValue()).contains("semicolon", "decimal comma", "no header");
  }

  @Test
  void aValueOutsideTheSupportGivesAnInfiniteAndersonDarlingAsTheString() throws IOException {
    // -1 lies below the Poisson support: F(-1) = 0, so ln F = -inf and A² = +inf
    Path csv = write("counts.csv", "k\n-1\n0\n1\n2\n3\n4\n");

    CommandRun run = gof(csv, "--target", "poisson(mean=2)", "--json");
    JsonNode ad = JSON.readTree(run.out()).get("ad");

    assertThat(run.status()).isZero();
    assertThat(ad.get("statistic").isTextual()).isTrue();
    assertThat(ad.get("statistic").textValue()).isEqualTo("Infinity");
    assertThat(ad.get("pValue").doubleValue()).isZero();
    assertThat(ad.get("reject").booleanValue()).isTrue();
  }

  /**
   * Issue 7 item 3: 2000 values near 0 against normal(mean=40): every p-value is far below 1e-300.
   * The JSON gives null, the bound and its reason, and every test rejects (CvM's p-value was null
   * and "do not reject"); the text prints "< 1e-300".
   */
  @Test
  void pValuesBelowTheSmallestShownAreBoundsAndStillReject() throws IOException {
    StringBuilder values = new StringBuilder("x\n");
    for (int i = 0; i < 2000; i++) {
      values.append((i - 1000) / 1000.0).append('\n');
    }
    Path csv = write("far.csv", values.toString());
    String target = "normal(mean=40, sd=1)";

    JsonNode node = JSON.readTree(gof(csv, "--target", target, "--json").out());
    for (String key : List.of("ks", "kuiper", "cvm", "ad")) {
      JsonNode test = node.get(key);
      assertThat(test.get("pValue").isNull()).as(key).isTrue();
      assertThat(test.get("pValueUpperBound").doubleValue()).as(key).isEqualTo(1e-300);
      assertThat(test.get("pValueBoundReason").textValue()).as(key).contains("1e-300");
      assertThat(test.get("reject").booleanValue()).as(key).isTrue();
    }
    List<String> text = gof(csv, "--target", target).outLines();
    assertThat(text.stream().filter(l -> l.contains("< 1e-300"))).hasSize(4);
    assertThat(text.stream().filter(l -> l.contains("< 1e-300")))
        .allMatch(l -> l.contains(GofText.REJECT) && !l.contains(GofText.KEEP));
  }

  @Test
  void helpAndVersionWork() {
    CommandRun help = CommandRun.of("gof", "--help");
    CommandRun version = CommandRun.of("gof", "-V");

    assertThat(help.status()).isZero();
    assertThat(help.out()).startsWith("Usage: java -jar probscope.jar gof").contains("--alpha=A");
    assertThat(version.status()).isZero();
    assertThat(version.outLines()).hasSize(1);
  }

  @Test
  void gofIsRegisteredAsACommand() {
    assertThat(Cli.isCommand(new String[] {"gof", "--data", "x.csv"})).isTrue();
    assertThat(CommandRun.of("--help").out()).contains("gof");
  }

  /** {@code gof --data CSV ARGS...}. */
  static CommandRun gof(Path csv, String... args) {
    List<String> all = new ArrayList<>(List.of("gof", "--data", csv.toString()));
    all.addAll(List.of(args));
    return CommandRun.of(all.toArray(String[]::new));
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static void assertSameTest(JsonNode node, TestResult expected) {
    assertThat(node.get("statistic").doubleValue()).isEqualTo(expected.statistic());
    assertThat(node.get("pValue").doubleValue()).isEqualTo(expected.pValue());
    assertThat(node.get("pValueMethod").textValue()).isEqualTo(expected.pValueMethod());
  }

  private static void assertRelative(JsonNode actual, double expected, double relative) {
    assertThat(actual.isNumber()).isTrue();
    assertThat(actual.doubleValue()).isCloseTo(expected, within(Math.abs(expected) * relative));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
