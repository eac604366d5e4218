package org.probscope.model.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 7 item 19: what a bad spec echoes is short and holds no control character. */
class SpecEchoTest {

  private static String message(String spec) {
    Validated<Distribution> parsed = DistributionSpec.parse(spec);
    assertThat(parsed.isValid()).isFalse();
    return parsed.message();
  }

  @Test
  void aMegabyteSpecGivesAShortMessage() {
    String mega = "x".repeat(1 << 20);
    for (String spec :
        new String[] {
          mega,
          "normal(mean=" + "1".repeat(1 << 20) + "x)",
          "normal(" + "a=1,".repeat(1 << 18) + ")",
          "normal(" + mega + ")",
          "normal(" + mega + "=1)",
          "(" + mega
        }) {
      assertThat(message(spec).length()).as(spec.substring(0, 20)).isLessThan(1000);
    }
  }

  @Test
  void manyProblemsAreCountedNotListed() {
    String message = message("normal(" + "a=1,".repeat(1000) + "sd=-1)");

    assertThat(message).contains("and 995 more problems in 1001 arguments");
  }

  @Test
  void controlCharactersAreEscaped() {
    for (String spec :
        new String[] {
          "nor\u001b[2Jmal", "normal(\u001b]0;x\u0007=1)", "normal(mean=\u001b[31m)", "\u001b(("
        }) {
      assertThat(message(spec)).doesNotContain("\u001b", "\u0007").contains("\\u001B");
    }
  }
}
