package org.probscope.app;

import org.probscope.app.cli.Cli;

/**
 * The jar's entry point. A plain class, not an {@code Application}, so that the runnable jar can
 * start JavaFX from the class path; it also keeps the command line free of any toolkit start-up.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    if (Cli.isCommand(args)) {
      System.exit(Cli.run(args, System.out, System.err));
    }
    javafx.application.Application.launch(App.class, args);
  }
}
