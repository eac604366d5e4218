package org.probscope.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: wires the views, view models and the task runner. */
public final class App extends Application {

  @Override
  public void start(Stage stage) {
    stage.setTitle("ProbScope");
    stage.show();
  }
}
