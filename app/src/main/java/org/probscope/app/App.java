package org.probscope.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.probscope.app.common.AppPreferences;
import org.probscope.app.common.FxTaskRunner;
import org.probscope.app.common.WindowPlacement;

/** The JavaFX application: restores preferences, builds the window, saves them on close. */
public final class App extends Application {

  private FxTaskRunner runner;
  private AppPreferences preferences;

  @Override
  public void start(Stage stage) {
    preferences = AppPreferences.forUser();
    runner = new FxTaskRunner(2);
    AppPreferences.WindowState saved =
        WindowPlacement.onScreen(
            preferences.window(),
            Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
    MainWindow window =
        show(stage, new Workspace(runner, preferences), saved.width(), saved.height());
    stage.setX(saved.x());
    stage.setY(saved.y());
    stage.setMaximized(saved.maximized());
    stage.setOnHidden(e -> saveWindow(stage));
    stage.show();
    window.openFromCommandLine(getParameters().getRaw());
  }

  /**
   * Builds the main window for {@code workspace} into {@code stage} with the workspace's theme; the
   * one path both the application and the UI tests take.
   */
  static MainWindow show(Stage stage, Workspace workspace, double width, double height) {
    workspace.theme().apply();
    MainWindow window = new MainWindow(workspace);
    stage.setScene(new Scene(window.root(), width, height));
    stage.setTitle("ProbScope");
    return window;
  }

  private void saveWindow(Stage stage) {
    preferences.saveWindow(
        new AppPreferences.WindowState(
            stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()));
    preferences.flush();
  }

  @Override
  public void stop() {
    if (runner != null) {
      runner.close();
    }
  }
}
