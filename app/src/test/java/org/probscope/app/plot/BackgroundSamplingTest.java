package org.probscope.app.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probscope.app.plot.PlotFixture.onFx;
import static org.probscope.app.plot.PlotFixture.runFx;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probscope.app.common.FxTaskRunner;
import org.probscope.app.common.HeldTaskRunner;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 7, item 7: a plot never evaluates its layers' functions on the FX thread, so a slow
 * distribution delays its curve but never the window; until the tables arrive the previous frame
 * stays on screen.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundSamplingTest {

  private final FxTaskRunner workers = new FxTaskRunner(1);
  private final HeldTaskRunner held = new HeldTaskRunner();
  private PlotView background;
  private PlotView heldView;

  @Start
  void start(Stage stage) {
    background = new PlotView(workers);
    heldView = new PlotView(held);
    stage.setScene(new Scene(new StackPane(background, heldView), 480, 320));
    stage.show();
  }

  @AfterEach
  void stopWorkers() {
    workers.close();
  }

  /** A function that counts its calls on the FX thread and elsewhere. */
  private static final class Counting implements DoubleUnaryOperator, IntToDoubleFunction {
    final AtomicLong onFxThread = new AtomicLong();
    final AtomicLong elsewhere = new AtomicLong();

    @Override
    public double applyAsDouble(double x) {
      (Platform.isFxApplicationThread() ? onFxThread : elsewhere).incrementAndGet();
      return Math.exp(-0.5 * x * x);
    }

    @Override
    public double applyAsDouble(int k) {
      return applyAsDouble((double) k);
    }
  }

  @Test
  void everyFunctionOfEveryKindOfLayerIsEvaluatedOffTheFxThread() throws Exception {
    Counting f = new Counting();
    PlotModel model =
        PlotModel.of(
                ViewRange.of(-4, 4, 0, 1),
                List.of(
                    new PlotLayer.Band("band", 2, f, x -> f.applyAsDouble(x) + 0.1),
                    new PlotLayer.FilledArea("area", 3, x -> 0, f, -1, 1),
                    new PlotLayer.Curve("curve", 0, f),
                    new PlotLayer.StepCurve("steps", 1, f, true),
                    new PlotLayer.Stems("stems", 4, f)))
            .withAutoY(true);
    runFx(() -> background.setModel(model));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(background::isCurrent));
    runFx(() -> background.zoomX(0.5));
    runFx(() -> background.panBy(0.3, 0));
    runFx(() -> background.zoom(3));
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(background::isCurrent));
    PlotFixture.snapshot(background);

    assertThat(f.elsewhere.get()).isPositive();
    assertThat(f.onFxThread.get()).isZero();
  }

  @Test
  void untilTheNewTablesArriveThePreviousFrameStaysOnScreen() {
    Counting first = new Counting();
    runFx(
        () ->
            heldView.setModel(
                PlotModel.of(ViewRange.of(-4, 4, 0, 1), List.of(new PlotLayer.Curve("a", 0, first)))
                    .withTitle("first")));
    runFx(held::releaseAll);
    assertThat(onFx(heldView::isCurrent)).isTrue();

    runFx(
        () ->
            heldView.setModel(
                PlotModel.of(
                        ViewRange.of(-4, 4, 0, 1), List.of(new PlotLayer.Curve("b", 0, x -> 0.5)))
                    .withTitle("second")));
    PlotFixture.snapshot(heldView);
    assertThat(onFx(heldView::isCurrent)).isFalse();
    assertThat(held.waiting()).isEqualTo(1);

    runFx(held::releaseAll);
    assertThat(onFx(heldView::isCurrent)).isTrue();
  }
}
