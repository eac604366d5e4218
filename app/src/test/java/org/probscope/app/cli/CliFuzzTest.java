package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probscope.model.text.Echo;

/**
 * Fuzzing the command line's argument parsing (issue 7, "A fuzz run"): random argument lists from
 * the commands, options and typical good and bad values (specs, numbers, {@code @} arguments,
 * {@code -}, files that are missing, empty, directories, huge or hold control characters).
 * Asserted: the status is 0 or 2 (1 is an internal error, a bug), no stack trace reaches stderr,
 * bad input gives exactly one stderr line, success gives none but warnings. Seeded; a case count or
 * a time budget ends it (4 s in verify; 40 times longer, 100 times more cases, with -Pexhaustive).
 */
class CliFuzzTest {

  private static final long SEED = 20261202L;

  @TempDir Path dir;

  @Test
  void randomArgumentsExitZeroOrTwoWithOneLineAndNoStackTrace() throws IOException {
    boolean exhaustive = Boolean.getBoolean("probscope.exhaustive");
    int maxCases = exhaustive ? 200_000 : 2_000;
    long budget = (exhaustive ? 160_000L : 4_000L) * 1_000_000L;
    List<String> values = values();
    SplittableRandom random = new SplittableRandom(SEED);
    long start = System.nanoTime();
    int cases = 0;
    while (cases < maxCases && System.nanoTime() - start < budget) {
      String[] args = arguments(random, values);
      String stdin = random.nextInt(3) == 0 ? "x\n1\n2\n3\n" : "";
      cases++;
      CommandRun run = CommandRun.withInput(stdin, args);
      String where =
          "case " + cases + " (seed " + SEED + "): " + Echo.of(String.join(" ", args), 400);
      assertThat(run.status()).as(where + "\n" + run.err()).isIn(0, 2);
      assertThat(run.err()).as(where).doesNotContain("\tat ", "Exception:", "Caused by");
      if (run.status() == 2) {
        assertThat(run.errLines()).as(where).hasSize(1);
        assertThat(run.err()).as(where).startsWith("probscope");
        assertThat(run.err().length()).as(where).isLessThan(ErrorReporter.MAX_LINE_CHARS + 100);
      } else {
        assertThat(run.errLines()).as(where).allMatch(line -> line.contains(": warning: "));
      }
      assertThat(run.err().chars().filter(c -> c == 0x1b)).as(where).isEmpty();
    }
    System.out.println(
        "fuzz cli-arguments: "
            + cases
            + " cases in "
            + (System.nanoTime() - start) / 1_000_000
            + " ms (seed "
            + SEED
            + (exhaustive ? ", exhaustive)" : ", quick)"));
    assertThat(cases).isPositive();
  }

  private static final String[] COMMANDS = {
    "families",
    "calc",
    "sample",
    "gof",
    "compare",
    "fit",
    "famlies",
    "--help",
    "-h",
    "--version",
    "-V",
    "@.",
    "@x",
    "-",
    "--",
    ""
  };

  private static final String[] OPTIONS = {
    "--target",
    "--x",
    "--p",
    "--json",
    "-n",
    "--seed",
    "--data",
    "--column",
    "--alpha",
    "--families",
    "--method",
    "--fix",
    "--rank",
    "--bootstrap",
    "--probs",
    "--distance",
    "--help",
    "-h",
    "-V",
    "--bogus",
    "-x",
    "--target=",
    "--x=",
    "--data=",
    "--"
  };

  private List<String> values() throws IOException {
    List<String> v = new ArrayList<>();
    v.addAll(
        List.of(
            "normal",
            "normal(mean=0, sd=1)",
            "normal(sd=-1)",
            "normal(sd=1e-310)",
            "gamma(shape=2, scale=1)",
            "poisson(mean=3)",
            "binomial(trials=10, p=0.5)",
            "nor\u001b[2Jmal",
            "normal(",
            "(",
            ")",
            "normal(mean=1,mean=2)",
            "mixture(0.5*normal, 0.5*gamma)",
            "x".repeat(5000),
            "1",
            "-1",
            "0",
            "0.5",
            "1e400",
            "-1e-400",
            "NaN",
            "Infinity",
            "0x1p3",
            "1,5",
            "abc",
            "",
            " ",
            "@.",
            "@/etc/hostname",
            "@",
            "-",
            "--",
            "2147483648",
            "-9223372036854775809",
            "3",
            "x",
            "Column 1",
            "99",
            "all",
            "discrete",
            "normal,gamma",
            "gamma,,normal",
            "mle",
            "qme",
            "mge",
            "aic",
            "ks",
            "shape=2",
            "sd=1e-300",
            "trials=10",
            "x=",
            "=1",
            "0.25,0.75",
            "0.5,"));
    v.add(Files.writeString(dir.resolve("d.csv"), "x,y\n1,2\n3,4\n0.5,NA\n").toString());
    v.add(Files.writeString(dir.resolve("empty.csv"), "").toString());
    v.add(Files.writeString(dir.resolve("text.csv"), "a\nb\n").toString());
    v.add(Files.writeString(dir.resolve("quote.csv"), "x\n1\n\"2\n3\n").toString());
    v.add(Files.writeString(dir.resolve("esc\u001b.csv"), "\u001b[31m\n1\n").toString());
    v.add(Files.write(dir.resolve("bin.dat"), new byte[] {0, 1, 2, (byte) 0xFF}).toString());
    v.add(dir.toString());
    v.add(dir.resolve("missing.csv").toString());
    v.add("/dev/null");
    return v;
  }

  private static String[] arguments(SplittableRandom random, List<String> values) {
    List<String> args = new ArrayList<>();
    if (random.nextInt(10) > 0) {
      args.add(COMMANDS[random.nextInt(COMMANDS.length)]);
    }
    int more = random.nextInt(9);
    for (int i = 0; i < more; i++) {
      if (random.nextInt(5) < 3) {
        args.add(OPTIONS[random.nextInt(OPTIONS.length)]);
      }
      args.add(values.get(random.nextInt(values.size())));
    }
    return args.toArray(String[]::new);
  }
}
