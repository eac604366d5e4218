package org.probscope.app.common;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * What the application remembers between runs: window geometry, theme, last family. Stored with
 * {@link Preferences} under a node that tests replace (system property {@code
 * probscope.prefs.node}) so a test run never touches a user's settings.
 */
public final class AppPreferences {

  private static final String DEFAULT_NODE = "org/probscope/app";

  private final Preferences node;

  private AppPreferences(Preferences node) {
    this.node = node;
  }

  /** The user's preferences, or the test node when {@code probscope.prefs.node} is set. */
  public static AppPreferences forUser() {
    return new AppPreferences(
        Preferences.userRoot().node(System.getProperty("probscope.prefs.node", DEFAULT_NODE)));
  }

  /** Window bounds and state. */
  public record WindowState(double x, double y, double width, double height, boolean maximized) {}

  public WindowState window() {
    return new WindowState(
        node.getDouble("window.x", Double.NaN),
        node.getDouble("window.y", Double.NaN),
        Math.max(640, node.getDouble("window.width", 1280)),
        Math.max(480, node.getDouble("window.height", 800)),
        node.getBoolean("window.maximized", false));
  }

  public void saveWindow(WindowState state) {
    node.putBoolean("window.maximized", state.maximized());
    if (!state.maximized()) {
      node.putDouble("window.x", state.x());
      node.putDouble("window.y", state.y());
      node.putDouble("window.width", state.width());
      node.putDouble("window.height", state.height());
    }
  }

  public Theme theme() {
    return "DARK".equals(node.get("theme", "LIGHT")) ? Theme.DARK : Theme.LIGHT;
  }

  public void saveTheme(Theme theme) {
    node.put("theme", theme.name());
  }

  /** The family shown last, as a spec name. */
  public String family() {
    return node.get("family", "normal");
  }

  public void saveFamily(String name) {
    node.put("family", name);
  }

  /** Writes pending changes; a failure only loses the remembered settings, so it is ignored. */
  public void flush() {
    try {
      node.flush();
    } catch (BackingStoreException e) {
      // settings are a convenience; the user's work is never stored here
    }
  }
}
