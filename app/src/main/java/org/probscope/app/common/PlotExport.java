package org.probscope.app.common;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.probscope.app.plot.PlotImage;
import org.probscope.app.plot.PlotView;

/**
 * Saves a plot as PNG: asks for a file, snapshots the plot on the FX thread at twice the screen
 * resolution, and encodes and writes it through the task runner so a large image never blocks the
 * window. The outcome is reported as one sentence.
 */
public final class PlotExport {

  private static final double SCALE = 2;

  private PlotExport() {}

  public static void savePng(
      PlotView plot,
      Window owner,
      TaskRunner runner,
      String suggestedName,
      Consumer<String> report) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Export plot as PNG");
    chooser.setInitialFileName(suggestedName + ".png");
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
    File file = chooser.showSaveDialog(owner);
    if (file == null) {
      return;
    }
    Path path = file.toPath();
    PlotImage image = plot.exportImage(SCALE);
    runner.submit(
        ctx -> {
          image.writePng(path);
          return path;
        },
        written ->
            report.accept(
                "Saved "
                    + written.getFileName()
                    + " ("
                    + image.width()
                    + " × "
                    + image.height()
                    + " px)"),
        error -> report.accept("Could not save " + path.getFileName() + ": " + error.getMessage()));
  }
}
