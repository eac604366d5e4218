package org.probscope.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoTest {

  @Test
  void controlCharactersAreEscapedAndPrintableTextIsKept() {
    assertThat(Echo.of("a\u001b[2Jb\u0007\n\t\r\u007f\u0085\u202e été"))
        .isEqualTo("a\\u001B[2Jb\\u0007\\n\\t\\r\\u007F\\u0085\\u202E été");
  }

  @Test
  void longTextIsCutWithItsLength() {
    String echoed = Echo.of("x".repeat(1_000_000));

    assertThat(echoed).hasSize(Echo.MAX_CHARS + "… (1000000 characters)".length());
    assertThat(echoed).endsWith("x… (1000000 characters)");
  }

  @Test
  void aCutNeverSplitsASurrogatePair() {
    String text = "a".repeat(Echo.MAX_CHARS - 1) + "\uD83D\uDE00" + "tail";

    String echoed = Echo.of(text);

    assertThat(echoed).doesNotContain("\uD83D…").startsWith("a".repeat(Echo.MAX_CHARS - 1) + "…");
  }

  @Test
  void shortTextIsUnchanged() {
    assertThat(Echo.of("normal(mean=0, sd=1)")).isEqualTo("normal(mean=0, sd=1)");
  }
}
