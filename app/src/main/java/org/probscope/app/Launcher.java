package org.probscope.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import org.probscope.app.cli.Cli;

/**
 * The jar's entry point. A plain class, not an {@code Application}, so that the runnable jar can
 * start JavaFX from the class path; it also keeps the command line free of any toolkit start-up.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) {
    if (Cli.isCommand(args)) {
      // the raw descriptor, not System.out: its write errors carry the reason (a full disk)
      System.exit(Cli.run(args, System.in, new FileOutputStream(FileDescriptor.out), System.err));
    }
    try {
      javafx.application.Application.launch(App.class, args);
    } catch (RuntimeException e) {
      // typically "Unable to open DISPLAY": say so in one line instead of a toolkit stack trace
      System.err.println(
          "probscope: cannot open the window ("
              + rootMessage(e)
              + "). Commands such as 'java -jar probscope.jar families' work without a display.");
      System.exit(1);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
