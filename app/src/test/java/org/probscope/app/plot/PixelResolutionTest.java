package org.probscope.app.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.probscope.app.plot.PlotFixture.onFx;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntToDoubleFunction;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The work of a frame is bounded by the pixel width, not by the data size: counts how often each
 * layer reads its data while one frame is drawn. (Counts, not times, so the test is deterministic.)
 */
@ExtendWith(ApplicationExtension.class)
class PixelResolutionTest {

  private static final double WIDTH = 480;
  private static final double HEIGHT = 320;

  @Start
  void start(Stage stage) {
    // the toolkit is all these tests need; nothing is shown
  }

  /** Draws one frame off screen and returns the plot area's width in pixels. */
  private static double drawFrame(ViewRange view, PlotLayer layer) {
    return onFx(
        () -> {
          Canvas canvas = new Canvas(WIDTH, HEIGHT);
          PixelMapping m =
              new PlotRenderer()
                  .render(
                      canvas.getGraphicsContext2D(),
                      WIDTH,
                      HEIGHT,
                      PlotModel.of(view, List.of(layer)),
                      view,
                      PlotTheme.LIGHT);
          return m.width();
        });
  }

  private static IntToDoubleFunction counting(AtomicLong calls, IntToDoubleFunction f) {
    return i -> {
      calls.incrementAndGet();
      return f.applyAsDouble(i);
    };
  }

  private static int log2Ceil(int n) {
    return 32 - Integer.numberOfLeadingZeros(n - 1);
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 1_000_000, 100_000_000})
  void theEcdfReadsTheSampleOnlyByBinarySearchPerColumn(int n) {
    AtomicLong reads = new AtomicLong();
    // a virtual sorted sample spread evenly over [-4, 4]: no array needed for 10^8 values
    IntToDoubleFunction sorted = counting(reads, i -> -4 + 8.0 * i / n);
    double columns =
        drawFrame(ViewRange.of(-4, 4, 0, 1), new PlotLayer.EcdfSteps("", 0, sorted, n));
    // one search per column edge (columns + 1 edges), each at most ⌈log2 n⌉ + 1 reads
    assertThat(reads.get()).isLessThanOrEqualTo((long) ((columns + 1) * (log2Ceil(n) + 1)));
  }

  @ParameterizedTest
  @ValueSource(ints = {1_000, 1_000_000, 100_000_000})
  void pointsAreFoundByBinarySearchAndAtMostEightAreDrawnPerColumn(int n) {
    AtomicLong xReads = new AtomicLong();
    AtomicLong yReads = new AtomicLong();
    PlotLayer.Points points =
        new PlotLayer.Points(
            "",
            0,
            n,
            counting(xReads, i -> -5 + 10.0 * i / n),
            counting(yReads, i -> -5 + 10.0 * i / n));
    double columns = drawFrame(ViewRange.of(-5, 5, -5, 5), points);
    assertThat(xReads.get()).isLessThanOrEqualTo((long) ((columns + 1) * (log2Ceil(n) + 1)));
    assertThat(yReads.get()).isLessThanOrEqualTo((long) (columns * 8));
  }

  @Test
  void denseStemsEvaluateAtMostEightIntegersPerColumn() {
    AtomicLong reads = new AtomicLong();
    PlotLayer.Stems stems = new PlotLayer.Stems("", 0, counting(reads, k -> 1e-7));
    double columns = drawFrame(ViewRange.of(0, 1e7, 0, 2e-7), stems);
    assertThat(reads.get()).isLessThanOrEqualTo((long) (columns * 8));
  }

  @Test
  void aSmoothCurveIsEvaluatedTwicePerColumn() {
    AtomicLong calls = new AtomicLong();
    PlotLayer.Curve curve =
        new PlotLayer.Curve(
            "",
            0,
            x -> {
              calls.incrementAndGet();
              return Math.sin(x);
            });
    double columns = drawFrame(ViewRange.of(0, 10, -1, 1), curve);
    assertThat(calls.get()).isEqualTo((long) Math.ceil(columns) * 2 + 1);
  }
}
