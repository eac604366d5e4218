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
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.distribution.Families;
import org.probscope.model.distribution.Family;
import org.probscope.model.fit.BootstrapGof;
import org.probscope.model.fit.BootstrapProgress;
import org.probscope.model.fit.BootstrapResult;
import org.probscope.model.fit.BootstrapSettings;
import org.probscope.model.fit.Criterion;
import org.probscope.model.fit.FitData;
import org.probscope.model.fit.FitMethod;
import org.probscope.model.fit.FitOptions;
import org.probscope.model.fit.FitProgress;
import org.probscope.model.fit.FitRanking;
import org.probscope.model.fit.FitResult;
import org.probscope.model.fit.Fitter;
import org.probscope.model.fit.FixedParameters;
import org.probscope.model.fit.ParameterEstimate;
import org.probscope.model.fit.ParametricBootstrap;
import org.probscope.model.gof.TestResult;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/**
 * {@code fit} on small CSV fixtures and on {@code resources/faithful.csv}. The JSON is parsed back
 * with Jackson and checked bit for bit against {@link Fitter} and {@link ParametricBootstrap} on
 * the same values: printing must lose nothing and the command must add no computation of its own.
 */
class FitCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Positive values with an id column first, a text cell and an NA (skipped, counted). */
  static final String CSV =
      """
      id,value
      1,2.31
      2,0.87
      3,NA
      4,1.45
      5,3.9
      6,0.62
      7,abc
      8,1.18
      9,2.04
      10,4.4
      11,1.71
      12,0.95
      13,2.66
      """;

  private static final double[] VALUES = {
    2.31, 0.87, 1.45, 3.9, 0.62, 1.18, 2.04, 4.4, 1.71, 0.95, 2.66
  };

  @TempDir Path dir;

  @Test
  void jsonHasTheContractKeysInOrderAndEqualsTheModelBitForBit() throws IOException {
    Path csv = write("v.csv", CSV);

    CommandRun run =
        CommandRun.of(
            "fit",
            "--data",
            csv.toString(),
            "--column",
            "value",
            "--families",
            "gamma,normal,poisson,lognormal",
            "--json");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode node = JSON.readTree(run.out());
    assertThat(fieldNames(node)).startsWith("n", "fits");
    assertThat(node.get("n").intValue()).isEqualTo(11);
    assertThat(node.get("skipped").intValue()).isEqualTo(2);
    FitRanking model =
        rank(List.of("gamma", "normal", "poisson", "lognormal"), VALUES, FitOptions.defaults());
    assertSameFits(node.get("fits"), model);
    JsonNode first = node.get("fits").get(0);
    assertThat(fieldNames(first))
        .startsWith(
            "family",
            "spec",
            "params",
            "standardErrors",
            "logLik",
            "aic",
            "aicc",
            "bic",
            "ks",
            "cvm",
            "ad",
            "status");
    assertThat(fieldNames(first.get("ks"))).startsWith("statistic", "pValue", "pValueMethod");
    assertThat(first.get("ks").get("parametersEstimated").booleanValue()).isTrue();
    assertThat(first.get("ks").get("pValueMethod").textValue())
        .startsWith("as if the parameters were known");
    assertThat(first.get("deltaAic").doubleValue()).isZero();
  }

  @Test
  void aFailedFamilyHasItsStatusAndNullNumbers() throws IOException {
    Path csv = write("v.csv", CSV);

    JsonNode fits =
        JSON.readTree(
                CommandRun.of(
                        "fit",
                        "--data",
                        csv.toString(),
                        "--column",
                        "value",
                        "--families",
                        "poisson,normal",
                        "--json")
                    .out())
            .get("fits");

    JsonNode poisson = fits.get(1);
    assertThat(poisson.get("family").textValue()).isEqualTo("poisson");
    assertThat(poisson.get("status").textValue())
        .isEqualTo(
            "not whole numbers: 11 of 11 values have a fractional part (the smallest is 0.62);"
                + " poisson takes whole numbers only");
    for (String key :
        List.of("params", "standardErrors", "logLik", "aic", "aicc", "bic", "ks", "cvm", "ad")) {
      assertThat(poisson.get(key).isNull()).as(key).isTrue();
    }
    assertThat(poisson.get("reason").textValue()).isEqualTo("not_integer");
    assertThat(poisson.get("offending").intValue()).isEqualTo(11);
  }

  @Test
  void aFixedParameterIsInParamsButHasNoStandardError() throws IOException {
    Path csv = write("v.csv", CSV);

    JsonNode fit =
        JSON.readTree(
                CommandRun.of(
                        "fit",
                        "--data",
                        csv.toString(),
                        "--column",
                        "value",
                        "--families",
                        "gamma",
                        "--fix",
                        "shape=2",
                        "--json")
                    .out())
            .get("fits")
            .get(0);

    FitResult model =
        Fitter.fit(
            Families.byName("gamma").orElseThrow(),
            FitData.of(Sample.of("v", VALUES)),
            FitOptions.defaults().withFixed(FixedParameters.none().with("shape", 2)));
    assertThat(fit.get("params").get("shape").doubleValue()).isEqualTo(2);
    assertThat(fit.get("params").get("scale").doubleValue())
        .isEqualTo(model.parameters().get(1).value());
    assertThat(fit.get("standardErrors").has("shape")).isFalse();
    assertThat(fit.get("standardErrors").get("scale").doubleValue())
        .isEqualTo(model.parameters().get(1).standardError());
    assertThat(fit.get("fixed").get(0).textValue()).isEqualTo("shape");
    assertThat(fit.get("freeParameters").intValue()).isEqualTo(1);
    assertThat(fit.get("aic").doubleValue()).isEqualTo(model.aic());
  }

  @Test
  void bootstrapPValuesAndIntervalsAreThoseOfTheModel() throws IOException {
    Path csv = write("v.csv", CSV);

    JsonNode node =
        JSON.readTree(
            CommandRun.of(
                    "fit",
                    "--data",
                    csv.toString(),
                    "--column",
                    "value",
                    "--families",
                    "normal",
                    "--bootstrap",
                    "40",
                    "--seed",
                    "9",
                    "--json")
                .out());

    FitData data = FitData.of(Sample.of("v", VALUES));
    FitResult fit =
        Fitter.fit(Families.byName("normal").orElseThrow(), data, FitOptions.defaults());
    BootstrapResult boot =
        ParametricBootstrap.run(
            fit, data, FitOptions.defaults(), BootstrapSettings.of(40, 9), BootstrapProgress.NONE);
    BootstrapGof gof = BootstrapGof.of(boot).orElseThrow();
    JsonNode json = node.get("fits").get(0);
    for (String key : List.of("ks", "cvm", "ad")) {
      var corrected =
          switch (key) {
            case "ks" -> gof.ks();
            case "cvm" -> gof.cramerVonMises();
            default -> gof.andersonDarling();
          };
      JsonNode test = json.get(key);
      if (corrected.p().bound()) {
        assertThat(test.get("pValueBootstrap").isNull()).isTrue();
        assertThat(test.get("pValueBootstrapUpperBound").doubleValue())
            .isEqualTo(corrected.p().value());
      } else {
        assertThat(test.get("pValueBootstrap").doubleValue()).isEqualTo(corrected.p().value());
      }
      assertThat(test.get("pValueBootstrapMethod").textValue())
          .isEqualTo(corrected.p().method())
          .contains("parametric bootstrap, parameters estimated");
      assertThat(test.get("bootstrapB").intValue()).isEqualTo(40);
      assertThat(test.get("bootstrapFailed").intValue()).isZero();
      assertThat(test.get("bootstrapMcError").doubleValue()).isEqualTo(corrected.monteCarloError());
    }
    JsonNode b = json.get("bootstrap");
    assertThat(b.get("refits").intValue()).isEqualTo(40);
    assertThat(b.get("failed").intValue()).isZero();
    double[] interval = boot.percentileInterval("sd", 0.95);
    assertThat(b.get("intervals").get("sd").get(0).doubleValue()).isEqualTo(interval[0]);
    assertThat(b.get("intervals").get("sd").get(1).doubleValue()).isEqualTo(interval[1]);
    assertThat(b.get("medians").get("mean").doubleValue()).isEqualTo(boot.median("mean"));
    assertThat(b.get("standardErrors").get("mean").doubleValue())
        .isEqualTo(boot.standardError("mean"));
    assertThat(node.get("bootstrap").get("seed").longValue()).isEqualTo(9);
  }

  /**
   * The golden check of issue 8's "Done when": {@code fit --json} on the example faithful.csv gives
   * the model's numbers, for every family, in the model's order. The CSV is parsed here by hand
   * (two numeric columns, a header, no quoting), not by the command's reader.
   */
  @Test
  void faithfulGivesTheModelsNumbersForEveryFamily() throws IOException {
    Path faithful = Path.of("..", "resources", "faithful.csv");
    List<String> lines = Files.readAllLines(faithful);
    double[] eruptions =
        lines.subList(1, lines.size()).stream()
            .filter(l -> !l.isBlank())
            .mapToDouble(l -> Double.parseDouble(l.split(",")[0]))
            .toArray();

    CommandRun run =
        CommandRun.of("fit", "--data", faithful.toString(), "--column", "eruptions", "--json");

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("n").intValue()).isEqualTo(272).isEqualTo(eruptions.length);
    FitRanking model =
        Fitter.rank(
            Families.all(),
            FitData.of(Sample.of("eruptions", eruptions)),
            FitOptions.defaults().withLocationScale(true), // the command's default, as the window's
            Criterion.AIC,
            FitProgress.NONE);
    assertThat(node.get("fits")).hasSize(Families.all().size());
    assertSameFits(node.get("fits"), model);
  }

  @Test
  void textHasTheRankedTableTheFootnoteAndTheFamiliesNotFitted() throws IOException {
    Path csv = write("v.csv", CSV);

    CommandRun run =
        CommandRun.of(
            "fit",
            "--data",
            csv.toString(),
            "--column",
            "value",
            "--families",
            "normal,gamma,poisson");

    assertThat(run.status()).isZero();
    List<String> out = run.outLines();
    FitRanking model = rank(List.of("normal", "gamma", "poisson"), VALUES, FitOptions.defaults());
    String best = model.results().get(0).family().name();
    assertThat(out)
        .anyMatch(l -> l.startsWith("#") && l.contains("PARAMETERS ± SE") && l.contains("ΔAIC"));
    assertThat(out).anyMatch(l -> l.startsWith("1 ") && l.contains(best));
    // rounded for reading: the best fit's AIC to two decimals, its first estimate to 7 digits
    FitResult first = model.results().get(0);
    String aic = String.format(java.util.Locale.ROOT, "%.2f", first.aic());
    String estimate =
        new java.math.BigDecimal(first.parameters().get(0).value())
            .round(new java.math.MathContext(7))
            .stripTrailingZeros()
            .toPlainString();
    assertThat(out)
        .anyMatch(l -> l.startsWith("1 ") && l.contains("  " + aic + "  ") && l.contains(estimate));
    assertThat(out)
        .contains("Figures rounded for reading; --json prints every figure at full precision.");
    assertThat(out).anyMatch(l -> l.startsWith("* p-values as if the parameters were known"));
    assertThat(out).anyMatch(l -> l.contains("--bootstrap B --seed S"));
    assertThat(out).contains("Not fitted:");
    assertThat(out).anyMatch(l -> l.startsWith("  poisson: not whole numbers"));
    assertThat(out).noneMatch(l -> l.contains("KS p (bootstrap)"));

    List<String> boot =
        CommandRun.of(
                "fit",
                "--data",
                csv.toString(),
                "--column",
                "value",
                "--families",
                "normal",
                "--bootstrap",
                "20",
                "--seed",
                "1")
            .outLines();
    assertThat(boot).anyMatch(l -> l.contains("KS p (bootstrap)"));
    assertThat(boot).anyMatch(l -> l.startsWith("Bootstrap (parametric"));
    assertThat(boot).anyMatch(l -> l.startsWith("normal") && l.contains("20 of 20"));
  }

  @Test
  void otherMethodsPrintBareEstimatesAndSayWhereTheirErrorsAre() throws IOException {
    Path csv = write("m.csv", CSV);

    List<String> out =
        CommandRun.of(
                "fit",
                "--data",
                csv.toString(),
                "--column",
                "value",
                "--families",
                "gamma",
                "--method",
                "mm")
            .outLines();

    assertThat(out)
        .anyMatch(l -> l.startsWith("#") && l.contains("PARAMETERS ") && !l.contains("± SE"));
    assertThat(out).anyMatch(l -> l.startsWith("1 ") && l.contains("gamma"));
    assertThat(out).noneMatch(l -> l.contains("±"));
    assertThat(out)
        .anyMatch(
            l ->
                l.contains(
                    "No standard errors from the information matrix for "
                        + FitMethod.MOMENTS.label()));
  }

  /**
   * --location-scale (the default) fits studentt as affine(studentt(df), shift, scale), says so in
   * the spec, and equals the model's fit with the same option bit for bit; a fixed shift is
   * accepted only then, and --no-location-scale fits the standard t.
   */
  @Test
  void locationScaleFitsAnAffineStudentTAndSaysSoInTheSpec() throws IOException {
    Distribution truth =
        DistributionSpec.parse("affine(studentt(df=4), shift=10, scale=3)").value().orElseThrow();
    Sample sample = SampleGenerator.draw(truth, 400, 11L);
    StringBuilder csv = new StringBuilder("x\n");
    for (double v : sample.originalValues()) {
      csv.append(v).append('\n');
    }
    Path file = write("t.csv", csv.toString());

    JsonNode fit =
        JSON.readTree(
                CommandRun.of(
                        "fit",
                        "--data",
                        file.toString(),
                        "--families",
                        "studentt",
                        "--location-scale",
                        "--json")
                    .out())
            .get("fits")
            .get(0);

    FitResult model =
        Fitter.rank(
                List.of(Families.byName("studentt").orElseThrow()),
                FitData.of(sample),
                FitOptions.defaults().withLocationScale(true),
                Criterion.AIC,
                FitProgress.NONE)
            .results()
            .get(0);
    assertThat(fit.get("status").textValue()).isEqualTo("ok");
    assertThat(fit.get("spec").textValue())
        .startsWith("affine(studentt(df=")
        .isEqualTo(model.spec());
    assertThat(fieldNames(fit.get("params"))).containsExactly("df", "shift", "scale");
    assertThat(fit.get("logLik").doubleValue()).isEqualTo(model.logLikelihood());
    assertThat(fit.get("params").get("shift").doubleValue()).isCloseTo(10, within(1.0));

    CommandRun fixedShift =
        CommandRun.of(
            "fit",
            "--data",
            file.toString(),
            "--families",
            "studentt",
            "--location-scale",
            "--fix",
            "shift=10",
            "--json");
    assertThat(fixedShift.status()).isZero();
    assertThat(
            JSON.readTree(fixedShift.out())
                .get("fits")
                .get(0)
                .get("params")
                .get("shift")
                .doubleValue())
        .isEqualTo(10.0);
    CommandRun withoutOption =
        CommandRun.of(
            "fit",
            "--data",
            file.toString(),
            "--families",
            "studentt",
            "--no-location-scale",
            "--fix",
            "shift=10");
    assertThat(withoutOption.status()).isEqualTo(2);
    assertThat(withoutOption.err()).contains("no chosen family has a parameter named shift");
    JsonNode standard =
        JSON.readTree(
                CommandRun.of(
                        "fit",
                        "--data",
                        file.toString(),
                        "--families",
                        "studentt",
                        "--no-location-scale",
                        "--json")
                    .out())
            .get("fits")
            .get(0);
    assertThat(standard.get("spec").textValue()).startsWith("studentt(");
  }

  /** Whole numbers: discrete fits ranked first, continuous ones after, ΔAIC within each group. */
  @Test
  void wholeNumberDataGiveTwoRankingsWithTheirOwnDeltaAic() throws IOException {
    StringBuilder csv = new StringBuilder("count\n");
    for (double v :
        SampleGenerator.draw(
                Families.byName("negativebinomial").orElseThrow().create(3, 0.4).orElseThrow(),
                300,
                17L)
            .originalValues()) {
      csv.append((long) v).append('\n');
    }
    Path file = write("counts.csv", csv.toString());

    JsonNode fits =
        JSON.readTree(CommandRun.of("fit", "--data", file.toString(), "--json").out()).get("fits");
    List<String> kinds = new ArrayList<>();
    List<Double> deltas = new ArrayList<>();
    for (JsonNode fit : fits) {
      if ("ok".equals(fit.get("status").textValue())) {
        kinds.add(fit.get("kind").textValue());
        deltas.add(fit.get("deltaAic").doubleValue());
      }
    }
    int firstContinuous = kinds.indexOf("continuous");
    assertThat(firstContinuous).isPositive();
    assertThat(kinds.subList(0, firstContinuous)).containsOnly("discrete");
    assertThat(kinds.subList(firstContinuous, kinds.size())).containsOnly("continuous");
    assertThat(deltas.get(0)).isZero();
    assertThat(deltas.get(firstContinuous)).isZero();

    List<String> text = CommandRun.of("fit", "--data", file.toString()).outLines();
    assertThat(text)
        .anyMatch(
            l ->
                l.startsWith(
                    "Two rankings: the data are whole numbers, so the discrete families (1 to "
                        + firstContinuous
                        + ")"));
    // negativebinomial's successes is a whole number: profiled, no "± undefined", and said so
    assertThat(text)
        .anyMatch(l -> l.contains("negativebinomial") && l.contains("(whole number, profiled)"));
    assertThat(text).noneMatch(l -> l.matches(".*successes = [0-9.e]+ ± undefined.*"));
    assertThat(text).anyMatch(l -> l.startsWith("negativebinomial: successes is a whole number"));
  }

  /** Every parameter fixed: nothing was estimated, so the p-value is not flagged "as if known". */
  @Test
  void aFitWithEveryParameterFixedHasPlainPValuesAndTheRankedColumnIsShown() throws IOException {
    Path csv = write("fixed.csv", CSV);

    JsonNode fits =
        JSON.readTree(
                CommandRun.of(
                        "fit",
                        "--data",
                        csv.toString(),
                        "--column",
                        "value",
                        "--families",
                        "gamma,normal",
                        "--fix",
                        "shape=2",
                        "--fix",
                        "scale=1",
                        "--json")
                    .out())
            .get("fits");
    List<String> text =
        CommandRun.of(
                "fit",
                "--data",
                csv.toString(),
                "--column",
                "value",
                "--families",
                "gamma,normal",
                "--fix",
                "shape=2",
                "--fix",
                "scale=1",
                "--rank",
                "ad")
            .outLines();

    for (JsonNode fit : fits) {
      JsonNode ks = fit.get("ks");
      boolean gamma = fit.get("family").textValue().equals("gamma");
      assertThat(ks.get("parametersEstimated").booleanValue()).isEqualTo(!gamma);
      assertThat(ks.get("pValueMethod").textValue().startsWith("as if the parameters were known"))
          .isEqualTo(!gamma);
    }
    assertThat(text).anyMatch(l -> l.startsWith("#") && l.endsWith("AD A²"));
    assertThat(text).anyMatch(l -> l.contains("gamma") && l.contains("(nothing estimated)"));
    assertThat(text).noneMatch(l -> l.contains("normal") && l.contains("(nothing estimated)"));
  }

  @Test
  void rankByAnotherCriterion() throws IOException {
    Path csv = write("v.csv", CSV);
    JsonNode node =
        JSON.readTree(
            CommandRun.of(
                    "fit",
                    "--data",
                    csv.toString(),
                    "--column",
                    "value",
                    "--families",
                    "normal,gamma,lognormal,weibull",
                    "--rank",
                    "ks",
                    "--json")
                .out());
    FitRanking model =
        rank(List.of("normal", "gamma", "lognormal", "weibull"), VALUES, FitOptions.defaults())
            .by(Criterion.KS);
    assertThat(node.get("rankedBy").textValue()).isEqualTo("ks");
    assertSameFits(node.get("fits"), model);
  }

  /** n = 3 with two free parameters: AICc's denominator n − k − 1 is 0, so AICc is +∞. */
  @Test
  void standardInputIsReadAndAnInfiniteAiccIsTheStringInfinity() throws IOException {
    CommandRun run =
        CommandRun.withInput(
            "x\n1.5\n2.25\n4\n", "fit", "--data", "-", "--families", "normal", "--json");

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode node = JSON.readTree(run.out());
    assertThat(node.get("n").intValue()).isEqualTo(3);
    JsonNode normal = node.get("fits").get(0);
    assertThat(normal.get("aicc").textValue()).isEqualTo("Infinity");
    FitResult model =
        Fitter.fit(
            Families.byName("normal").orElseThrow(),
            FitData.of(Sample.of("x", new double[] {1.5, 2.25, 4})),
            FitOptions.defaults());
    assertThat(model.aicc()).isInfinite();
    assertThat(normal.get("aic").doubleValue()).isEqualTo(model.aic());
    assertThat(node.get("file").textValue()).isEqualTo("-");
  }

  private static void assertSameFits(JsonNode fits, FitRanking model) {
    assertThat(fits).hasSize(model.results().size());
    for (int i = 0; i < model.results().size(); i++) {
      FitResult fit = model.results().get(i);
      JsonNode json = fits.get(i);
      String where = i + ": " + fit;
      assertThat(json.get("family").textValue()).as(where).isEqualTo(fit.family().name());
      assertThat(json.get("spec").textValue()).as(where).isEqualTo(fit.spec());
      assertThat(json.get("status").textValue()).as(where).isEqualTo(fit.status());
      if (!fit.isOk()) {
        assertThat(json.get("aic").isNull()).as(where).isTrue();
        continue;
      }
      for (ParameterEstimate p : fit.parameters()) {
        assertThat(json.get("params").get(p.name()).doubleValue()).as(where).isEqualTo(p.value());
        assertNumber(json.get("standardErrors").get(p.name()), p.standardError(), where);
      }
      assertThat(json.get("logLik").doubleValue()).as(where).isEqualTo(fit.logLikelihood());
      assertThat(json.get("aic").doubleValue()).as(where).isEqualTo(fit.aic());
      assertNumber(json.get("aicc"), fit.aicc(), where);
      assertThat(json.get("bic").doubleValue()).as(where).isEqualTo(fit.bic());
      for (Criterion c : List.of(Criterion.KS, Criterion.CVM, Criterion.AD)) {
        TestResult t = fit.test(c).orElseThrow();
        JsonNode test = json.get(c.code());
        assertNumber(test.get("statistic"), t.statistic(), where);
        if (t.p().bound()) {
          assertThat(test.get("pValue").isNull()).as(where).isTrue();
          assertThat(test.get("pValueUpperBound").doubleValue()).as(where).isEqualTo(t.p().value());
        } else {
          assertThat(test.get("pValue").doubleValue()).as(where).isEqualTo(t.pValue());
        }
      }
    }
  }

  private static void assertNumber(JsonNode node, double expected, String where) {
    if (Double.isNaN(expected)) {
      assertThat(node.isNull()).as(where).isTrue();
    } else if (Double.isInfinite(expected)) {
      assertThat(node.textValue()).as(where).isEqualTo(expected > 0 ? "Infinity" : "-Infinity");
    } else {
      assertThat(node.doubleValue()).as(where).isEqualTo(expected);
    }
  }

  private static FitRanking rank(List<String> names, double[] values, FitOptions options) {
    List<Family> families = names.stream().map(n -> Families.byName(n).orElseThrow()).toList();
    return Fitter.rank(
        families, FitData.of(Sample.of("v", values)), options, Criterion.AIC, FitProgress.NONE);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }
}
