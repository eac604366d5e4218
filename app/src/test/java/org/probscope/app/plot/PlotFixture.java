package org.probscope.app.plot;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/** Shared set-up for the headless plot tests: a stage with one plot and pixel helpers. */
final class PlotFixture {

  static final double WIDTH = 480;
  static final double HEIGHT = 320;

  /**
   * Per-channel tolerance for colour comparisons: anti-aliasing and the software pipeline's
   * rounding move a fully covered pixel by at most a few units out of 255.
   */
  static final double CHANNEL_TOLERANCE = 6 / 255.0;

  private PlotFixture() {}

  static PlotView showIn(Stage stage) {
    PlotView view = new PlotView();
    stage.setScene(new Scene(new StackPane(view), WIDTH, HEIGHT));
    stage.show();
    return view;
  }

  /** Runs {@code action} on the FX thread and waits for it and the events it queued. */
  static <T> T onFx(Supplier<T> action) {
    try {
      T result = WaitForAsyncUtils.asyncFx(action::get).get(10, TimeUnit.SECONDS);
      WaitForAsyncUtils.waitForFxEvents();
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(e);
    }
  }

  static void runFx(Runnable action) {
    onFx(
        () -> {
          action.run();
          return null;
        });
  }

  /**
   * The live view as it is on screen (a node snapshot lays out and draws pending changes first).
   */
  static PlotImage snapshot(PlotView view) {
    return onFx(() -> PlotImage.of(view.snapshot(null, null)));
  }

  /** The mapping of the frame on screen, after any pending redraw. */
  static PixelMapping mapping(PlotView view) {
    return onFx(
        () -> {
          view.layout();
          return view.mapping();
        });
  }

  static Color colourAt(PlotImage image, double x, double y) {
    int argb = image.argb((int) Math.floor(x), (int) Math.floor(y));
    return Color.rgb(
        (argb >> 16) & 0xff, (argb >> 8) & 0xff, argb & 0xff, ((argb >>> 24) & 0xff) / 255.0);
  }

  static boolean near(Color actual, Color expected) {
    return Math.abs(actual.getRed() - expected.getRed()) <= CHANNEL_TOLERANCE
        && Math.abs(actual.getGreen() - expected.getGreen()) <= CHANNEL_TOLERANCE
        && Math.abs(actual.getBlue() - expected.getBlue()) <= CHANNEL_TOLERANCE;
  }

  /** Whether some pixel within {@code radius} of (x, y) has the expected colour. */
  static boolean colourNear(PlotImage image, double x, double y, int radius, Color expected) {
    for (int dx = -radius; dx <= radius; dx++) {
      for (int dy = -radius; dy <= radius; dy++) {
        if (near(colourAt(image, x + dx, y + dy), expected)) {
          return true;
        }
      }
    }
    return false;
  }

  static int toArgb(Color colour) {
    return 0xff000000
        | (int) Math.round(colour.getRed() * 255) << 16
        | (int) Math.round(colour.getGreen() * 255) << 8
        | (int) Math.round(colour.getBlue() * 255);
  }

  /** {@code top} painted with the given opacity over {@code bottom}. */
  static Color blend(Color bottom, Color top, double opacity) {
    return Color.color(
        bottom.getRed() * (1 - opacity) + top.getRed() * opacity,
        bottom.getGreen() * (1 - opacity) + top.getGreen() * opacity,
        bottom.getBlue() * (1 - opacity) + top.getBlue() * opacity);
  }
}
