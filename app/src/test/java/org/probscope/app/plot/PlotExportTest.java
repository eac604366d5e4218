package org.probscope.app.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probscope.app.plot.PlotFixture.onFx;
import static org.probscope.app.plot.PlotFixture.runFx;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PlotExportTest {

  private PlotView view;

  @Start
  void start(Stage stage) {
    view = PlotFixture.showIn(stage);
  }

  @Test
  void exportWritesAReadablePngAtTheChosenScaleOffTheFxThread(@TempDir Path dir)
      throws IOException {
    runFx(
        () ->
            view.setModel(
                PlotModel.of(
                        ViewRange.of(0, 1, 0, 1), List.of(new PlotLayer.Curve("line", 0, x -> x)))
                    .withTitle("export")));
    PlotImage image = onFx(() -> view.exportImage(2));
    Path file = dir.resolve("plot.png");

    assertThat(Platform.isFxApplicationThread()).isFalse();
    image.writePng(file);

    BufferedImage read = ImageIO.read(file.toFile());
    assertThat(read.getWidth()).isEqualTo((int) (2 * PlotFixture.WIDTH));
    assertThat(read.getHeight()).isEqualTo((int) (2 * PlotFixture.HEIGHT));
    assertThat(read.getRGB(3, 3)).isEqualTo(PlotFixture.toArgb(PlotTheme.LIGHT.background()));
    assertThat(read.getRGB(5, 300)).isEqualTo(image.argb(5, 300));
  }

  @Test
  void exportLeavesTheCrosshairOut() {
    runFx(() -> view.setModel(PlotModel.of(ViewRange.of(0, 1, 0, 1), List.of())));
    PixelMapping m = PlotFixture.mapping(view);
    // between grid lines (which sit at multiples of 0.1): the crosshair's vertical line at x = 0.55
    double px = AnnotationPainter.crisp(m.toPixelX(0.55));
    runFx(() -> view.mouseAt(px, m.toPixelY(0.35)));
    assertThat(onFx(view::getCrosshair)).isNotNull();
    double probeY = m.toPixelY(0.45);

    PlotImage live = PlotFixture.snapshot(view);
    PlotImage exported = onFx(() -> view.exportImage(1));

    // the crosshair is dashed (3 on, 3 off): look along six pixels of it
    Color background = PlotTheme.LIGHT.background();
    boolean liveShowsIt = false;
    boolean exportShowsIt = false;
    for (int dy = 0; dy < 6; dy++) {
      liveShowsIt |= !PlotFixture.near(PlotFixture.colourAt(live, px, probeY + dy), background);
      exportShowsIt |=
          !PlotFixture.near(PlotFixture.colourAt(exported, px, probeY + dy), background);
    }
    assertThat(liveShowsIt).isTrue();
    assertThat(exportShowsIt).isFalse();
  }

  @Test
  void aFailedSaveIsReportedAndThenClearedRatherThanKeptForTheSession(@TempDir Path dir) {
    runFx(() -> view.setModel(PlotModel.of(ViewRange.of(0, 1, 0, 1), List.of())));
    List<Runnable> pending = new java.util.ArrayList<>();
    org.probscope.app.common.PlotExport export =
        new org.probscope.app.common.PlotExport(
            new org.probscope.app.common.SameThreadTaskRunner(), () -> null);
    export.setLater((delay, action) -> pending.add(action));
    export.setDestination((owner, name) -> java.util.Optional.of(dir.resolve("no/such/dir/x.png")));
    runFx(() -> export.export(view, "x"));
    assertThat(export.noticeProperty().get()).startsWith("Could not save");
    assertThat(export.failedProperty().get()).isTrue();
    assertThat(pending).isNotEmpty();
    pending.forEach(Runnable::run);
    assertThat(export.noticeProperty().get()).isEmpty();
    assertThat(export.failedProperty().get()).isFalse();
  }

  @Test
  void aNewerOutcomeIsNotClearedByAnOlderTimer(@TempDir Path dir) {
    runFx(() -> view.setModel(PlotModel.of(ViewRange.of(0, 1, 0, 1), List.of())));
    List<Runnable> pending = new java.util.ArrayList<>();
    org.probscope.app.common.PlotExport export =
        new org.probscope.app.common.PlotExport(
            new org.probscope.app.common.SameThreadTaskRunner(), () -> null);
    export.setLater((delay, action) -> pending.add(action));
    export.setDestination((owner, name) -> java.util.Optional.of(dir.resolve("no/such/dir/x.png")));
    runFx(() -> export.export(view, "x"));
    export.setDestination((owner, name) -> java.util.Optional.of(dir.resolve("ok.png")));
    runFx(() -> export.export(view, "x"));
    assertThat(export.noticeProperty().get()).startsWith("Saved");
    pending.get(0).run();
    assertThat(export.noticeProperty().get()).startsWith("Saved");
  }
}
