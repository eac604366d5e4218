package org.probscope.model.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** What the CSV fuzz tests share: a scratch directory, the file each case writes, random bytes. */
final class FuzzFiles {

  private FuzzFiles() {}

  /** Raw bytes of any kind, or text over the characters a CSV parser cares about. */
  static Arbitrary<byte[]> randomBytes() {
    return Arbitraries.oneOf(
        Arbitraries.bytes().array(byte[].class).ofMaxSize(2000),
        Arbitraries.strings()
            .withChars("0123456789.,;\t \"\r\neE+-naifNA\u00e9\u0000\u001b")
            .ofMaxLength(600)
            .map(s -> s.getBytes(StandardCharsets.UTF_8)));
  }

  static Path createDirectory(String prefix) throws IOException {
    return Files.createTempDirectory(prefix);
  }

  static void deleteDirectory(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(dir);
  }

  /** The case's bytes as {@code dir/fuzz.csv} (one file, overwritten by the next case). */
  static Path write(Path dir, byte[] bytes) {
    try {
      return Files.write(dir.resolve("fuzz.csv"), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
