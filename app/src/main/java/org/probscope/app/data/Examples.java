package org.probscope.app.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

/**
 * The example data sets packaged under {@code /examples} on the class path (the project's {@code
 * resources/} folder; resources/README.md says where each comes from). The reader needs a file, so
 * an example is copied to a temporary folder before it is opened.
 */
public final class Examples {

  /**
   * One example.
   *
   * @param fileName the resource's file name, also the name of its samples
   * @param title what the menu shows
   */
  public record Example(String fileName, String title) {
    public Example {
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(title, "title");
    }
  }

  private static final List<Example> ALL =
      List.of(
          new Example("faithful.csv", "Old Faithful eruptions and waiting times (R: faithful)"),
          new Example(
              "eustock-log-returns.csv",
              "European stock indices, daily log returns 1991–1998 (R: EuStockMarkets)"),
          new Example("discoveries.csv", "Great discoveries per year, 1860–1959 (R: discoveries)"),
          new Example("insect-sprays.csv", "Insect counts after six sprays (R: InsectSprays)"),
          new Example("rivers.csv", "Lengths of 141 North American rivers (R: rivers)"),
          new Example("precip.csv", "Annual precipitation in 70 US cities (R: precip)"));

  private Examples() {}

  public static List<Example> all() {
    return ALL;
  }

  /**
   * Copies {@code example} into {@code folder} and returns the copy's path. Blocking I/O: call it
   * off the FX thread.
   *
   * @throws IOException when the example is not packaged or cannot be copied
   */
  static Path extract(Example example, Path folder) throws IOException {
    try (InputStream in = Examples.class.getResourceAsStream("/examples/" + example.fileName())) {
      if (in == null) {
        throw new IOException("the example " + example.fileName() + " is not in this build");
      }
      Path target = folder.resolve(example.fileName());
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    }
  }
}
