package org.probscope.app;

/** Placeholder entry point; replaced by the real launcher. */
public final class Launcher {
  private Launcher() {}

  public static void main(String[] args) {
    System.out.println("ProbScope");
  }
}
