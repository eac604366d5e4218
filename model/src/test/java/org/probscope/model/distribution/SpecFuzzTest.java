package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import org.probscope.model.FuzzRun;
import org.probscope.model.text.Echo;

/**
 * Fuzzing the spec parser (issue 7, "A fuzz run"): random strings, and valid specs mutated by
 * inserting, deleting and replacing characters. Asserted: {@link DistributionSpec#parse} never
 * throws (every failure is a {@link Violation}), its message is short and holds no control
 * character, and a spec that parses round-trips through {@link Distribution#spec()} to an equal
 * distribution; the same for nested specs, {@code affine(SPEC, shift=s, scale=c)}. Bounded by
 * {@link FuzzRun}.
 */
class SpecFuzzTest {

  private static final String SPEC_CHARACTERS =
      "abcdefghilmnoprstuvwxyzABCNEG0123456789.,=()+-eE _\t\n*\u00e9\u001b\"'";

  @Example
  void randomStringsNeverThrowAndValidOnesRoundTrip() {
    Arbitrary<String> family = Arbitraries.of(Families.all()).map(Family::name);
    Arbitrary<String> strings =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars(SPEC_CHARACTERS).ofMaxLength(60),
            Arbitraries.strings().ofMaxLength(40),
            Combinators.combine(
                    family, Arbitraries.strings().withChars(SPEC_CHARACTERS).ofMaxLength(40))
                .as((name, rest) -> name + "(" + rest));
    FuzzRun.Figures figures =
        FuzzRun.run(
            "spec-strings",
            strings,
            11L,
            20_000,
            1_000_000,
            Duration.ofSeconds(3),
            Echo::of,
            SpecFuzzTest::parsesOrExplains);
    assertThat(figures.cases()).isPositive();
  }

  @Example
  void mutatedValidSpecsNeverThrowAndValidOnesRoundTrip() {
    Arbitrary<String> valid = FamilyArbitraries.distributions().map(Distribution::spec);
    Arbitrary<int[]> edit = Arbitraries.integers().between(0, 1 << 20).array(int[].class).ofSize(3);
    Arbitrary<String> mutated =
        Combinators.combine(valid, edit.list().ofMaxSize(4)).as(SpecFuzzTest::mutate);
    FuzzRun.Figures figures =
        FuzzRun.run(
            "spec-mutated",
            mutated,
            13L,
            10_000,
            500_000,
            Duration.ofSeconds(3),
            Echo::of,
            SpecFuzzTest::parsesOrExplains);
    assertThat(figures.cases()).isPositive();
  }

  @Example
  void mutatedNestedSpecsNeverThrowAndValidOnesRoundTrip() {
    Arbitrary<String> valid =
        Arbitraries.oneOf(
            FamilyArbitraries.affineDistributions().map(Distribution::spec),
            // a discrete or affine inner spec, which must be refused in words
            FamilyArbitraries.distributions().map(d -> "affine(" + d.spec() + ", scale=2)"),
            FamilyArbitraries.affineDistributions().map(d -> "affine(" + d.spec() + ")"));
    Arbitrary<int[]> edit = Arbitraries.integers().between(0, 1 << 20).array(int[].class).ofSize(3);
    Arbitrary<String> mutated =
        Combinators.combine(valid, edit.list().ofMaxSize(4)).as(SpecFuzzTest::mutate);
    FuzzRun.Figures figures =
        FuzzRun.run(
            "spec-nested",
            mutated,
            17L,
            10_000,
            500_000,
            Duration.ofSeconds(3),
            Echo::of,
            SpecFuzzTest::parsesOrExplains);
    assertThat(figures.cases()).isPositive();
  }

  @Example
  void randomNestedStringsNeverThrowAndValidOnesRoundTrip() {
    Arbitrary<String> family = Arbitraries.of(Families.all()).map(Family::name);
    Arbitrary<String> strings =
        Combinators.combine(
                family, Arbitraries.strings().withChars(SPEC_CHARACTERS).ofMaxLength(40))
            .as((name, rest) -> "affine(" + name + "(" + rest);
    FuzzRun.Figures figures =
        FuzzRun.run(
            "spec-nested-strings",
            strings,
            19L,
            20_000,
            1_000_000,
            Duration.ofSeconds(3),
            Echo::of,
            SpecFuzzTest::parsesOrExplains);
    assertThat(figures.cases()).isPositive();
  }

  private static String mutate(String spec, List<int[]> edits) {
    StringBuilder text = new StringBuilder(spec);
    for (int[] e : edits) {
      int at = e[0] % (text.length() + 1);
      char c = SPEC_CHARACTERS.charAt(e[1] % SPEC_CHARACTERS.length());
      switch (e[2] % 4) {
        case 0 -> text.insert(at, c);
        case 1 -> {
          if (at < text.length()) {
            text.deleteCharAt(at);
          }
        }
        case 2 -> {
          if (at < text.length()) {
            text.setCharAt(at, c);
          }
        }
        default -> {
          // duplicate a slice: repeated parameters, nested parentheses
          int end = Math.min(text.length(), at + 1 + e[1] % 12);
          text.insert(at, text.substring(at, end));
        }
      }
    }
    return text.toString();
  }

  private static void parsesOrExplains(String text) {
    Validated<Distribution> parsed = DistributionSpec.parse(text);
    if (parsed.isValid()) {
      Distribution d = parsed.orElseThrow();
      Validated<Distribution> again = DistributionSpec.parse(d.spec());
      assertThat(again.isValid()).as(again.message()).isTrue();
      assertThat(again.orElseThrow()).isEqualTo(d);
      assertThat(again.orElseThrow().spec()).isEqualTo(d.spec());
    } else {
      String message = parsed.message();
      assertThat(message).isNotBlank().hasSizeLessThan(2000);
      assertThat(message.chars().noneMatch(c -> Character.getType(c) == Character.CONTROL))
          .as("no control character in %s", Echo.of(message))
          .isTrue();
    }
  }
}
