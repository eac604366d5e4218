package org.probscope.model.csv;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The small CSV files under src/test/resources/org/probscope/model/csv. */
final class Fixtures {

  private Fixtures() {}

  static Path path(String name) {
    try {
      return Path.of(Fixtures.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
