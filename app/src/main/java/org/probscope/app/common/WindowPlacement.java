package org.probscope.app.common;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where a remembered window goes on the screens there are now: on the screen that holds most of it
 * (else the first), no larger than that screen's visible area and wholly inside it. A window saved
 * at 1280×800 on a large display and reopened on a 1024×700 one otherwise opened at (−128, −33)
 * with its menu bar off the screen.
 */
public final class WindowPlacement {

  private WindowPlacement() {}

  /** {@code saved} moved and shrunk onto one of {@code screens} (their visible bounds). */
  public static AppPreferences.WindowState onScreen(
      AppPreferences.WindowState saved, List<Rectangle2D> screens) {
    if (screens.isEmpty()) {
      return saved;
    }
    Rectangle2D screen = screens.get(0);
    boolean placed = Double.isFinite(saved.x()) && Double.isFinite(saved.y());
    if (placed) {
      double best = -1;
      for (Rectangle2D s : screens) {
        double overlap = overlap(s, saved);
        if (overlap > best) {
          best = overlap;
          screen = s;
        }
      }
    }
    double width = Math.min(saved.width(), screen.getWidth());
    double height = Math.min(saved.height(), screen.getHeight());
    double x =
        placed
            ? clamp(saved.x(), screen.getMinX(), screen.getMaxX() - width)
            : screen.getMinX() + (screen.getWidth() - width) / 2;
    double y =
        placed
            ? clamp(saved.y(), screen.getMinY(), screen.getMaxY() - height)
            : screen.getMinY() + (screen.getHeight() - height) / 2;
    return new AppPreferences.WindowState(x, y, width, height, saved.maximized());
  }

  private static double overlap(Rectangle2D s, AppPreferences.WindowState w) {
    double dx = Math.min(s.getMaxX(), w.x() + w.width()) - Math.max(s.getMinX(), w.x());
    double dy = Math.min(s.getMaxY(), w.y() + w.height()) - Math.max(s.getMinY(), w.y());
    return Math.max(0, dx) * Math.max(0, dy);
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(v, hi));
  }
}
