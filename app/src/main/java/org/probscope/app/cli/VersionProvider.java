package org.probscope.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven writes into the jar, so that it is never out of step with the pom. */
final class VersionProvider implements IVersionProvider {

  private static final String POM_PROPERTIES =
      "/META-INF/maven/org.probscope/probscope-app/pom.properties";

  @Override
  public String[] getVersion() {
    return new String[] {Cli.PROGRAM_NAME + " " + version() + " (Java " + Runtime.version() + ")"};
  }

  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in == null) {
        return "development build"; // run from target/classes, not from the jar
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown version");
    } catch (IOException e) {
      return "unknown version";
    }
  }
}
