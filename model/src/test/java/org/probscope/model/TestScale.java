package org.probscope.model;

/**
 * How much of a long sweep, calibration run or fuzz campaign a test runs: a seeded slice in {@code
 * mvn verify}, everything with {@code mvn verify -Pexhaustive} (which sets the system property
 * {@code probscope.exhaustive}). Both runs use the same seeds, so the slice is a prefix of the
 * whole run.
 */
public final class TestScale {

  private TestScale() {}

  /** Whether the whole run was asked for. */
  public static boolean exhaustive() {
    return Boolean.getBoolean("probscope.exhaustive");
  }

  /** {@code quick} in verify, {@code full} with -Pexhaustive. */
  public static int of(int quick, int full) {
    return exhaustive() ? full : quick;
  }
}
