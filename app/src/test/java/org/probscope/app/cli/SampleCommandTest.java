package org.probscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.DistributionSpec;
import org.probscope.model.sample.SampleGenerator;

class SampleCommandTest {

  @Test
  void csvHasHeaderXAndTheGeneratorsValuesInDrawOrderBitForBit() {
    CommandRun run =
        CommandRun.of("sample", "--target", "normal(mean=2, sd=0.5)", "-n", "1000", "--seed", "42");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.outLines();
    assertThat(lines).hasSize(1001);
    assertThat(lines.get(0)).isEqualTo("x");
    double[] parsed = lines.stream().skip(1).mapToDouble(Double::parseDouble).toArray();
    assertThat(parsed)
        .containsExactly(SampleGenerator.drawValues(spec("normal(mean=2, sd=0.5)"), 1000, 42));
  }

  @Test
  void sameSeedSameOutputOtherSeedOtherOutput() {
    String[] seven = {"sample", "--target", "normal", "-n", "50", "--seed", "7"};
    String[] eight = {"sample", "--target", "normal", "-n", "50", "--seed", "8"};

    assertThat(CommandRun.of(seven).out()).isEqualTo(CommandRun.of(seven).out());
    assertThat(CommandRun.of(seven).out()).isNotEqualTo(CommandRun.of(eight).out());
  }

  @Test
  void defaultSeedIsOne() {
    String withoutSeed = CommandRun.of("sample", "--target", "normal", "-n", "20").out();
    String seedOne = CommandRun.of("sample", "--target", "normal", "-n", "20", "--seed", "1").out();

    assertThat(withoutSeed).isEqualTo(seedOne);
    assertThat(SampleCommand.DEFAULT_SEED).isEqualTo(1);
  }

  @Test
  void anyLongIsASeed() {
    for (String seed : new String[] {"-9223372036854775808", "9223372036854775807", "0", "-1"}) {
      CommandRun run = CommandRun.of("sample", "--target", "normal", "-n", "3", "--seed", seed);

      assertThat(run.status()).as(seed).isZero();
      assertThat(run.outLines()).as(seed).hasSize(4);
    }
  }

  @Test
  void discreteDrawsPrintAsWholeNumbers() {
    CommandRun run =
        CommandRun.of("sample", "--target", "poisson(mean=3)", "-n", "200", "--seed", "7");

    List<String> values = run.outLines().subList(1, 201);
    assertThat(values).allMatch(v -> v.matches("\\d+"));
    double[] expected = SampleGenerator.drawValues(spec("poisson(mean=3)"), 200, 7);
    assertThat(values.stream().mapToDouble(Double::parseDouble).toArray())
        .containsExactly(expected);
  }

  @Test
  void oneValueIsTheSmallestSample() {
    CommandRun run = CommandRun.of("sample", "--target", "normal", "-n", "1");

    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(2);
  }

  @Test
  void writingStopsAtTheFirstCheckAfterTheOutputFails() {
    double[] values = new double[5 * SampleCommand.LINES_BETWEEN_CHECKS];
    FailingWriter writer = new FailingWriter();

    SampleCommand.writeCsv(new PrintWriter(writer), values, spec("normal"));

    // two writes per line (value, newline) up to the first check, then none
    assertThat(writer.attempts).isEqualTo(1 + 2L * SampleCommand.LINES_BETWEEN_CHECKS);
  }

  /**
   * {@code sample ... | head}: the reader chose to stop, so nothing is said on stderr, but the
   * output was not all written, so the status is 1 (issue 7 item 16; a shell would report 141 for a
   * program killed by SIGPIPE, which the JVM ignores).
   */
  @Test
  void aClosedReaderIsOfferedNoMoreThanOneBufferAfterItCloses() {
    ClosingAfter stdout = new ClosingAfter(10_000);
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    int status =
        Cli.run(
            new String[] {"sample", "--target", "normal", "-n", "1000000"},
            java.io.InputStream.nullInputStream(),
            stdout,
            new PrintStream(stderr, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(1);
    assertThat(stderr.size()).isZero();
    // a million values are about 19 MB; the reader sees the bytes up to its limit and the one
    // write that failed (at most the 64 K-character buffer in UTF-8), nothing after
    assertThat(stdout.offered).isLessThan(10_000 + 4 * (1 << 16));
  }

  /** A reader that goes away after {@code limit} bytes, like {@code head}. */
  private static final class ClosingAfter extends OutputStream {
    private final long limit;
    long offered;

    ClosingAfter(long limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      offered += length;
      if (offered > limit) {
        throw new IOException("Broken pipe");
      }
    }
  }

  /** A writer whose reader has gone: every write fails; counts the attempts. */
  private static final class FailingWriter extends Writer {
    long attempts;

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      attempts++;
      throw new IOException("Broken pipe");
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      attempts++;
      throw new IOException("Broken pipe");
    }

    @Override
    public void flush() throws IOException {
      throw new IOException("Broken pipe");
    }

    @Override
    public void close() {}
  }

  private static Distribution spec(String text) {
    return DistributionSpec.parse(text).orElseThrow();
  }
}
