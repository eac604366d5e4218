package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad option of {@code fit}: exit 2, nothing on stdout, exactly one line on stderr that says
 * what failed and names the option it is about.
 */
class FitBadInputTest {

  private static final String GOOD_CSV = "x\n0.5\n1.25\n2.5\n0.75\n";

  @TempDir Path dir;

  @Test
  void dataIsRequired() {
    assertBad("probscope fit: missing required option: '--data=FILE'", List.of("fit"));
  }

  @Test
  void missingFile() {
    assertBad(
        "probscope fit: --data: no such file: " + dir.resolve("absent.csv"),
        List.of("fit", "--data", dir.resolve("absent.csv").toString()));
  }

  @Test
  void unknownFamily() throws IOException {
    assertBadWithData(
        "--families: unknown family 'gama'; give all, continuous, discrete",
        "--families",
        "normal,gama");
    assertBadWithData("--families: an empty family name", "--families", "normal,");
    assertBadWithData(
        "option '--families' (LIST) should be specified only once",
        "--families",
        "normal",
        "--families",
        "gamma");
  }

  @Test
  void badFixSyntaxAndNames() throws IOException {
    assertBadWithData("--fix: expected NAME=VALUE, such as shape=2, got 'shape'", "--fix", "shape");
    assertBadWithData("--fix: expected a parameter name before '='", "--fix", "=2");
    assertBadWithData("--fix: shape: expected a number, got 'two'", "--fix", "shape=two");
    assertBadWithData("--fix: shape: a fixed value must be finite", "--fix", "shape=inf");
    assertBadWithData(
        "--fix: no chosen family has a parameter named rate",
        "--families",
        "normal,gamma",
        "--fix",
        "rate=2");
    assertBadWithData("--fix: shape is fixed twice", "--fix", "shape=2", "--fix", "shape=3");
  }

  @Test
  void probabilitiesMustMatchTheMethodAndTheFreeParameters() throws IOException {
    assertBadWithData("--probs: is for --method qme only", "--probs", "0.25,0.75");
    assertBadWithData(
        "--probs: 1 probability given, but normal has 2 free parameters",
        "--method",
        "qme",
        "--families",
        "normal",
        "--probs",
        "0.5");
    assertBadWithData(
        "--probs: each probability must lie strictly between 0 and 1 (got 1)",
        "--method",
        "qme",
        "--probs",
        "0.5,1");
    assertBadWithData(
        "--probs: expected probabilities separated by commas", "--method", "qme", "--probs", "a,b");
    // before, gamma "fitted" 11.75, 0.350 from the one equation 0.5 gave twice
    assertBadWithData(
        "--probs: 0.5 is given twice: each probability gives one equation",
        "--method",
        "qme",
        "--families",
        "gamma",
        "--probs",
        "0.5,0.5");
  }

  @Test
  void unknownMethodRankAndDistance() throws IOException {
    assertBadWithData("--method: expected one of mle, mm, qme, mge, got 'ml'", "--method", "ml");
    assertBadWithData(
        "--rank: expected one of aic, aicc, bic, loglik, ks, cvm, ad, got 'r2'", "--rank", "r2");
    assertBadWithData(
        "--distance: expected one of ks, cvm, ad, got 'w1'", "--method", "mge", "--distance", "w1");
    assertBadWithData("--distance: is for --method mge only", "--distance", "ks");
  }

  @Test
  void bootstrapNeedsASeedAndAnAllowedNumberOfRefits() throws IOException {
    assertBadWithData("--bootstrap: needs --seed S as well", "--bootstrap", "100");
    assertBadWithData(
        "--bootstrap: the number of refits must be from 10 to 100000, got 5",
        "--bootstrap",
        "5",
        "--seed",
        "1");
    assertBadWithData(
        "--bootstrap: the number of refits must be from 10 to 100000, got 100001",
        "--bootstrap",
        "100001",
        "--seed",
        "1");
    assertBadWithData("--seed: is for --bootstrap only", "--seed", "1");
    assertBadWithData(
        "--bootstrap: expected a whole number from", "--bootstrap", "many", "--seed", "1");
    assertBadWithData("--seed: expected a whole number from", "--bootstrap", "10", "--seed", "1.5");
    assertBadWithData(
        "--bootstrap: the number of refits must be from 10 to 100000, got 9223372036854775807",
        "--bootstrap",
        "9223372036854775807",
        "--seed",
        "1");
  }

  @Test
  void badWeightColumns() throws IOException {
    Path file = Files.writeString(dir.resolve("xw.csv"), "x,w\n0.5,1\n1.25,2\n2.5,1\n");
    String data = file.toString();
    assertBad(
        "--weights: no column 'weight' (the header has 2 columns: x, w)",
        List.of("fit", "--data", data, "--weights", "weight"));
    assertBad(
        "--weights: no column '5' (the header has 2 columns: x, w)",
        List.of("fit", "--data", data, "--weights", "5"));
    assertBad(
        "--weights: column 'x' (position 1) is also the value column; a column cannot weight"
            + " itself",
        List.of("fit", "--data", data, "--column", "x", "--weights", "1"));
    assertBad(
        "--column: no column 'y' (the header has 2 columns: x, w)",
        List.of("fit", "--data", data, "--column", "y", "--weights", "w"));
    assertBad(
        "--weights: no column 'w' (the header has 1 column: x)",
        List.of(
            "fit",
            "--data",
            Files.writeString(dir.resolve("good.csv"), GOOD_CSV).toString(),
            "--weights",
            "w"));
  }

  @Test
  void badWeights() throws IOException {
    assertBadWithWeights(
        "--weights: weight -2 at line 4: weights must be ≥ 0",
        "x,w\n0.5,1\n1.25,2\n2.5,-2\n0.75,1\n");
    assertBadWithWeights(
        "--weights: weight -0.5 at line 2: weights must be ≥ 0 (2 negative weights in all)",
        "x,w\n0.5,-0.5\n1.25,2\n2.5,-2\n");
    assertBadWithWeights(
        "--weights: every weight is 0 (3 rows in column 'w'): nothing to fit",
        "x,w\n0.5,0\n1.25,0\n2.5,0\nNA,1\n");
    assertBadWithWeights(
        "--weights: no numeric weights in column 'w' (4 rows: 1 NA, 3 text)",
        "x,w\n0.5,a\n1.25,b\n2.5,c\n0.75,NA\n");
    assertBadWithWeights(
        "w.csv: no row has a number in both column 'x': 1 value, 1 skipped (1 text) and column 'w'",
        "x,w\n0.5,a\nb,2\n");
    // before, Σw = ∞ gave n = Infinity and "all values equal" for 1.5, 2.5 and 3
    assertBadWithWeights(
        "--weights: the weights in column 'w' add up to more than 1.7976931348623157E308",
        "x,w\n1.5,1e308\n2.5,1e308\n3,1e308\n");
  }

  private void assertBadWithWeights(String expected, String csv) throws IOException {
    Path file = Files.writeString(dir.resolve("w.csv"), csv);
    assertBad(expected, List.of("fit", "--data", file.toString(), "--weights", "w"));
  }

  private void assertBadWithData(String expected, String... options) throws IOException {
    Path csv = Files.writeString(dir.resolve("good.csv"), GOOD_CSV);
    List<String> args = new ArrayList<>(List.of("fit", "--data", csv.toString()));
    args.addAll(List.of(options));
    assertBad(expected, args);
  }

  private static void assertBad(String expected, List<String> args) {
    CommandRun run = CommandRun.of(args.toArray(String[]::new));
    assertThat(run.status()).as(String.join(" ", args) + "\n" + run.out()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("probscope fit: ").contains(expected);
  }
}
