package org.probscope.app.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The two AtlantaFX themes the application offers. */
public enum Theme {
  LIGHT,
  DARK;

  /** Installs this theme for every window of the application. FX thread. */
  public void apply() {
    Application.setUserAgentStylesheet(
        this == DARK
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
  }

  public boolean isDark() {
    return this == DARK;
  }
}
