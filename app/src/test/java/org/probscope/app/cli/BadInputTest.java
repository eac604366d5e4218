package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad input: exit 2, nothing on stdout, exactly one line on stderr that says what failed. */
class BadInputTest {

  static Stream<Arguments> badInputs() {
    return Stream.of(
        bad(
            "probscope calc: --target: normal: sd must be > 0 (got -1)",
            "calc",
            "--target",
            "normal(mean=0, sd=-1)",
            "--x",
            "1"),
        bad("unknown family \"gauss\"", "calc", "--target", "gauss(mean=0)", "--x", "1"),
        bad("normal has no parameter \"mu\"", "calc", "--target", "normal(mu=1)", "--x", "1"),
        bad("cannot read", "calc", "--target", "normal(sd=1", "--x", "1"),
        bad("poisson: mean must be a number", "sample", "--target", "poisson(mean=abc)", "-n", "3"),
        bad("missing required option: '--target=SPEC'", "calc", "--x", "1"),
        bad("missing required parameter for option '--target'", "calc", "--target"),
        bad("give one of --x X or --p P", "calc", "--target", "normal"),
        bad(
            "--x=X, --p=P are mutually exclusive",
            "calc",
            "--target",
            "normal",
            "--x",
            "1",
            "--p",
            "0.5"),
        bad(
            "probscope calc: --p: must be in [0, 1] (got 1.5)",
            "calc",
            "--target",
            "normal",
            "--p",
            "1.5"),
        bad("--p: must be in [0, 1] (got -0.1)", "calc", "--target", "normal", "--p", "-0.1"),
        bad("--x: expected a number, got 'abc'", "calc", "--target", "normal", "--x", "abc"),
        bad("--x: expected a number, got 'NaN'", "calc", "--target", "normal", "--x", "NaN"),
        bad("--x: expected a number, got '0x1p3'", "calc", "--target", "normal", "--x", "0x1p3"),
        bad(
            "unknown option: '--jsn'; did you mean --json?",
            "calc",
            "--target",
            "normal",
            "--x",
            "1",
            "--jsn"),
        bad("unexpected argument 'extra'", "calc", "--target", "normal", "--x", "1", "extra"),
        bad("probscope: unknown command 'famlies'; commands are families, calc, sample", "famlies"),
        bad("probscope: unknown option: '--frobnicate'", "--frobnicate"),
        bad("probscope: no command given", new String[0]),
        bad("probscope families: unknown option: '--xml'", "families", "--xml"),
        bad("-n must be in [1, 50000000] (got 0)", "sample", "--target", "normal", "-n", "0"),
        bad(
            "-n must be in [1, 50000000] (got 50000001)",
            "sample",
            "--target",
            "normal",
            "-n",
            "50000001"),
        bad("-n: '1e3' is not an int", "sample", "--target", "normal", "-n", "1e3"),
        bad("missing required option: '-n=N'", "sample", "--target", "normal"),
        bad("--seed: 'x' is not a long", "sample", "--target", "normal", "-n", "3", "--seed", "x"),
        bad(
            "--seed: '9223372036854775808' is not a long",
            "sample",
            "--target",
            "normal",
            "-n",
            "3",
            "--seed",
            "9223372036854775808"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badInputs")
  void exitsTwoWithOneLineOnStderrAndNothingOnStdout(String expected, String[] args) {
    CommandRun run = CommandRun.of(args);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("probscope").contains(expected).doesNotContain("Exception");
  }

  private static Arguments bad(String expected, String... args) {
    return Arguments.of(expected, args);
  }
}
