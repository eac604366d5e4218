package org.probscope.app.common;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.probscope.app.plot.PlotImage;
import org.probscope.app.plot.PlotView;

/**
 * Saves plots as PNG: asks where, snapshots the plot on the FX thread at twice the screen
 * resolution, and encodes and writes it through the task runner so a large image never blocks the
 * window. The outcome, saved or not and why, is one sentence in {@link #noticeProperty()}, which
 * the window shows; nothing is reported by writing into a control another binding owns.
 */
public final class PlotExport {

  private static final double SCALE = 2;

  /** Where an export goes; empty when the user cancels. Tests answer without a dialog. */
  @FunctionalInterface
  public interface Destination {
    Optional<Path> choose(Window owner, String suggestedName);
  }

  /** Asks with the platform's save dialog. */
  public static final Destination ASK =
      (owner, suggestedName) -> {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export plot as PNG");
        chooser.setInitialFileName(suggestedName + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
      };

  /** Runs an action after a delay on the FX thread; tests run it when they choose. */
  @FunctionalInterface
  public interface Later {
    void after(Duration delay, Runnable action);
  }

  /** A JavaFX pause: the action runs on the FX thread. */
  public static final Later PAUSE =
      (delay, action) -> {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(delay.toMillis()));
        pause.setOnFinished(e -> action.run());
        pause.play();
      };

  /** How long an outcome stays in the status bar: long enough to read, not the whole session. */
  static final Duration SHOWN_FOR = Duration.ofSeconds(12);

  private final TaskRunner runner;
  private final Supplier<Window> owner;
  private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
  private Destination destination = ASK;
  private Later later = PAUSE;
  private long reports;

  public PlotExport(TaskRunner runner, Supplier<Window> owner) {
    this.runner = runner;
    this.owner = owner;
  }

  /** Replaces the save dialog, for example with a fixed file in a test. */
  public void setDestination(Destination destination) {
    this.destination = destination;
  }

  /** Replaces the timer that clears the notice, for example in a test. */
  public void setLater(Later later) {
    this.later = later;
  }

  /** The outcome of the last export ("Saved gof.png (1200 × 800 px)", or why it failed). */
  public ReadOnlyStringProperty noticeProperty() {
    return notice.getReadOnlyProperty();
  }

  /** Whether the last export failed, so that the notice can look like an error. */
  public ReadOnlyBooleanProperty failedProperty() {
    return failed.getReadOnlyProperty();
  }

  /** Asks where to save {@code plot} and saves it there; FX thread. */
  public void export(PlotView plot, String suggestedName) {
    Optional<Path> chosen = destination.choose(owner.get(), suggestedName);
    if (chosen.isEmpty()) {
      return;
    }
    Path path = chosen.get();
    PlotImage image;
    try {
      image = plot.exportImage(SCALE);
    } catch (RuntimeException e) {
      report(true, "Could not export the plot: " + describe(e));
      return;
    }
    report(false, "Saving " + path.getFileName() + "…");
    runner.submit(
        ctx -> {
          image.writePng(path);
          return path;
        },
        written ->
            report(
                false, "Saved " + written + " (" + image.width() + " × " + image.height() + " px)"),
        error -> report(true, "Could not save " + path + ": " + describe(error)));
  }

  private void report(boolean failure, String message) {
    failed.set(failure);
    notice.set(message);
    long report = ++reports;
    if (!message.endsWith("…")) {
      // an outcome (saved, or why not) fades after a while unless a newer one replaced it
      later.after(
          SHOWN_FOR,
          () -> {
            if (report == reports) {
              failed.set(false);
              notice.set("");
            }
          });
    }
  }

  private static String describe(Throwable e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "the folder does not exist";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
