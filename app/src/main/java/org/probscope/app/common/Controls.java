package org.probscope.app.common;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Small factories for controls the views build the same way. */
public final class Controls {

  private Controls() {}

  /** A tooltip that appears quickly and stays long enough to read a formula. */
  public static Tooltip tooltip(String text) {
    Tooltip t = new Tooltip(text);
    t.setShowDelay(Duration.millis(300));
    t.setShowDuration(Duration.seconds(30));
    t.setWrapText(true);
    t.setMaxWidth(420);
    return t;
  }

  /** A label for inline validation messages, hidden (and taking no space) while empty. */
  public static Label errorLabel() {
    Label l = new Label();
    l.getStyleClass().add("danger");
    l.setWrapText(true);
    l.managedProperty().bind(l.textProperty().isNotEmpty());
    l.visibleProperty().bind(l.textProperty().isNotEmpty());
    return l;
  }
}
