package org.probscope.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

  private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1024, 700);

  @Test
  void aWindowRememberedOnALargerScreenIsShrunkAndMovedOntoTheSmallOne() {
    // the tester's case: 1280×800 remembered, reopened on 1024×700, placed at (−128, −33)
    var saved = new AppPreferences.WindowState(-128, -33, 1280, 800, false);
    var placed = WindowPlacement.onScreen(saved, List.of(SMALL));
    assertThat(placed.width()).isEqualTo(1024);
    assertThat(placed.height()).isEqualTo(700);
    assertThat(placed.x()).isEqualTo(0);
    assertThat(placed.y()).isEqualTo(0);
  }

  @Test
  void aWindowThatFitsStaysWhereItWas() {
    var saved = new AppPreferences.WindowState(40, 30, 800, 600, false);
    assertThat(WindowPlacement.onScreen(saved, List.of(SMALL))).isEqualTo(saved);
  }

  @Test
  void aWindowOnASecondScreenStaysOnIt() {
    Rectangle2D right = new Rectangle2D(1024, 0, 1920, 1080);
    var saved = new AppPreferences.WindowState(2500, 900, 800, 600, true);
    var placed = WindowPlacement.onScreen(saved, List.of(SMALL, right));
    assertThat(placed.x()).isEqualTo(2944 - 800);
    assertThat(placed.y()).isEqualTo(1080 - 600);
    assertThat(placed.maximized()).isTrue();
  }

  @Test
  void aWindowNeverPlacedIsCentredOnTheFirstScreen() {
    var saved = new AppPreferences.WindowState(Double.NaN, Double.NaN, 800, 600, false);
    var placed = WindowPlacement.onScreen(saved, List.of(SMALL));
    assertThat(placed.x()).isEqualTo(112);
    assertThat(placed.y()).isEqualTo(50);
  }
}
