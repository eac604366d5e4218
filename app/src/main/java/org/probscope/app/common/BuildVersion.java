package org.probscope.app.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of the build, read from the properties Maven writes into the jar, so that About never
 * disagrees with the pom. Run from compiled classes (tests, an IDE) it says "development build".
 */
public final class BuildVersion {

  private static final String POM_PROPERTIES =
      "/META-INF/maven/org.probscope/probscope-app/pom.properties";

  private BuildVersion() {}

  /** For example "0.1.0-SNAPSHOT", or "development build" outside the jar. */
  public static String version() {
    return read(BuildVersion.class.getResourceAsStream(POM_PROPERTIES));
  }

  static String read(InputStream in) {
    if (in == null) {
      return "development build";
    }
    try (in) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown version");
    } catch (IOException e) {
      return "unknown version";
    }
  }
}
