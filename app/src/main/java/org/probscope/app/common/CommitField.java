package org.probscope.app.common;

import javafx.animation.PauseTransition;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * Makes a text field a draft that applies when committed: on Enter, when focus leaves the field, or
 * after a short pause in typing. Esc drops the draft. Typing 1e400 then passes through 1e4 and 1e40
 * without applying either of them.
 */
public final class CommitField {

  /** A pause in typing this long commits the text. */
  public static final Duration PAUSE = Duration.millis(700);

  private CommitField() {}

  /**
   * @param commit applies the field's text (the view model validates it)
   * @param revert drops the draft, or null when Esc should do nothing special
   */
  public static void install(TextField field, Runnable commit, Runnable revert) {
    PauseTransition pause = new PauseTransition(PAUSE);
    pause.setOnFinished(e -> commit.run());
    field
        .textProperty()
        .addListener(
            (obs, old, now) -> {
              if (field.isFocused()) {
                pause.playFromStart(); // only the user's typing, not text the model writes
              }
            });
    field.setOnAction(
        e -> {
          pause.stop();
          commit.run();
        });
    field
        .focusedProperty()
        .addListener(
            (obs, was, now) -> {
              if (!now) {
                pause.stop();
                commit.run();
              }
            });
    if (revert != null) {
      field.addEventHandler(
          KeyEvent.KEY_PRESSED,
          e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
              pause.stop();
              revert.run();
              e.consume();
            }
          });
    }
  }
}
