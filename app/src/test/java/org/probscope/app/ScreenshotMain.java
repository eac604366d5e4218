package org.probscope.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.probscope.app.common.AppPreferences;
import org.probscope.app.common.SameThreadTaskRunner;
import org.probscope.app.common.Theme;

/**
 * Regenerates {@code screenshots/}: builds the real main window headless (Monocle), puts it in a
 * known state, and writes PNG snapshots in both themes. Run through the {@code screenshots} Maven
 * profile (see the README); background work runs on the FX thread here so each picture is
 * deterministic.
 */
public final class ScreenshotMain {

  private static final double WIDTH = 1400;
  private static final double HEIGHT = 860;

  private ScreenshotMain() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "screenshots");
    Files.createDirectories(out);
    Platform.startup(() -> {});
    // each shot closes its stage; the toolkit must outlive the last window until all are taken
    Platform.setImplicitExit(false);
    try {
      for (Theme theme : Theme.values()) {
        String suffix = theme.isDark() ? "-dark" : "";
        shoot(out.resolve("explorer" + suffix + ".png"), theme, ScreenshotMain::explorerState);
        shoot(out.resolve("gof" + suffix + ".png"), theme, ScreenshotMain::gofState);
        if (!theme.isDark()) {
          shoot(out.resolve("explorer-discrete.png"), theme, ScreenshotMain::discreteState);
          shoot(out.resolve("compare.png"), theme, ScreenshotMain::compareState);
          shoot(out.resolve("fit.png"), theme, ScreenshotMain::fitState);
        }
      }
    } finally {
      Platform.exit();
    }
  }

  private static void gofState(Workspace workspace, MainWindow window) {
    workspace.explorer().applySpec("normal(mean=0, sd=1)");
    workspace.sampler().sizeTextProperty().set("1000");
    workspace.sampler().seedTextProperty().set("7");
    workspace.sampler().generate();
    workspace.explorer().applySpec("normal(mean=0.15, sd=1.1)");
    workspace.gof().showWassersteinAreaProperty().set(true);
    window.selectTab("tab-gof");
  }

  private static void fitState(Workspace workspace, MainWindow window) {
    workspace.explorer().applySpec("gamma(shape=3, scale=2)");
    workspace.sampler().sizeTextProperty().set("500");
    workspace.sampler().seedTextProperty().set("7");
    workspace.sampler().generate();
    window.selectTab("tab-fit");
    workspace.fit().fit();
  }

  private static void compareState(Workspace workspace, MainWindow window) {
    workspace.explorer().applySpec("normal(mean=0, sd=1)");
    workspace.sampler().sizeTextProperty().set("400");
    workspace.sampler().seedTextProperty().set("1");
    workspace.sampler().generate();
    var reference = workspace.data().library().activeProperty().get();
    workspace.explorer().applySpec("normal(mean=0.3, sd=1.3)");
    workspace.sampler().sizeTextProperty().set("300");
    workspace.sampler().seedTextProperty().set("2");
    workspace.sampler().generate();
    workspace.data().library().setReference(reference);
    window.selectTab("tab-compare");
  }

  private static void discreteState(Workspace workspace, MainWindow window) {
    workspace.explorer().applySpec("binomial(trials=20, p=0.3)");
    workspace.sampler().sizeTextProperty().set("500");
    workspace.sampler().seedTextProperty().set("3");
    workspace.sampler().generate();
    workspace
        .calculator()
        .modeProperty()
        .set(org.probscope.app.calc.CalculatorViewModel.Mode.BETWEEN);
    workspace.calculator().aProperty().set("3");
    workspace.calculator().bProperty().set("7");
    workspace.calculator().commit();
  }

  private static void explorerState(Workspace workspace, MainWindow window) {
    workspace.explorer().applySpec("gamma(shape=3, scale=1.5)");
    workspace.sampler().sizeTextProperty().set("2000");
    workspace.sampler().seedTextProperty().set("7");
    workspace.sampler().generate();
    workspace.calculator().xProperty().set("6");
    workspace.calculator().commit();
  }

  private static void shoot(Path file, Theme theme, BiConsumer<Workspace, MainWindow> state)
      throws Exception {
    CompletableFuture<WritableImage> image = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            AppPreferences preferences = AppPreferences.forUser();
            preferences.saveTheme(theme);
            Workspace workspace = new Workspace(new SameThreadTaskRunner(), preferences);
            Stage stage = new Stage();
            MainWindow window = App.show(stage, workspace, WIDTH, HEIGHT);
            stage.show();
            state.accept(workspace, window);
            window.root().applyCss();
            window.root().layout();
            // two pulses so that canvases redrawn on layout are painted before the snapshot
            Platform.runLater(
                () ->
                    Platform.runLater(
                        () -> {
                          image.complete(stage.getScene().snapshot(null));
                          stage.close();
                        }));
          } catch (RuntimeException e) {
            image.completeExceptionally(e);
          }
        });
    write(image.get(60, TimeUnit.SECONDS), file);
    System.out.println("wrote " + file.toAbsolutePath());
  }

  private static void write(WritableImage image, Path file) throws IOException {
    int w = (int) image.getWidth();
    int h = (int) image.getHeight();
    int[] argb = new int[w * h];
    image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    buffered.setRGB(0, 0, w, h, argb, 0, w);
    ImageIO.write(buffered, "png", file.toFile());
  }
}
