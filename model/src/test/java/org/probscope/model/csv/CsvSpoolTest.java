package org.probscope.model.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copies of streams: `gof --data /dev/zero` copied the endless device into a temporary file until
 * the disk was full (found by a tester on 2026-12-02).
 */
class CsvSpoolTest {

  /** An endless stream of one byte, as /dev/zero (or `yes`) is. */
  private static InputStream endless(byte value) {
    return new InputStream() {
      @Override
      public int read() {
        return value & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, value);
        return len;
      }
    };
  }

  @Test
  void anEndlessBinaryDeviceIsRefusedAtItsFirstBlock() {
    assertThatThrownBy(() -> CsvSpool.copy(endless((byte) 0), "zero"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a text file");
  }

  @Test
  void anEndlessTextStreamStopsAtTheRoomItIsGiven(@TempDir Path dir) {
    Path file = dir.resolve("yes");
    assertThatThrownBy(() -> CsvSpool.copyBounded(endless((byte) '1'), file, 1 << 20))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("larger than the free disk space");
  }

  @Test
  void textAndUtf16StreamsAreCopiedByteForByte() throws IOException {
    byte[] text = "x\n1.5\n2\n".getBytes(StandardCharsets.UTF_8);
    try (CsvSpool copy = CsvSpool.copy(new ByteArrayInputStream(text), "data.csv")) {
      assertThat(Files.readAllBytes(copy.file())).isEqualTo(text);
      assertThat(copy.file().getFileName()).hasToString("data.csv");
    }
    byte[] utf16 = "\uFEFFx\n1\n2\n".getBytes(StandardCharsets.UTF_16LE);
    try (CsvSpool copy = CsvSpool.copy(new ByteArrayInputStream(utf16), "wide.csv")) {
      assertThat(Files.readAllBytes(copy.file())).isEqualTo(utf16);
    }
  }

  @Test
  void aFailedCopyLeavesNothingBehind() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    long before = countCopies(tmp);
    assertThatThrownBy(() -> CsvSpool.copy(endless((byte) 0), "zero"))
        .isInstanceOf(IOException.class);
    assertThat(countCopies(tmp)).isEqualTo(before);
  }

  private static long countCopies(Path tmp) throws IOException {
    try (var files = Files.list(tmp)) {
      return files.filter(p -> p.getFileName().toString().startsWith("probscope-input")).count();
    }
  }
}
