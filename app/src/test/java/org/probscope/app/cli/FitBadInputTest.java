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
