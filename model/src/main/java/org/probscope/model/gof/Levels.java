package org.probscope.model.gof;

/** Checks a significance level. */
final class Levels {

  private Levels() {}

  static void requireLevel(double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("a significance level must lie in (0, 1), got " + alpha);
    }
  }
}
