package org.probscope.app.plot.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleFunction;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.probscope.app.plot.PlotImage;
import org.probscope.app.plot.PlotLayer;
import org.probscope.app.plot.PlotModel;
import org.probscope.app.plot.PlotTheme;
import org.probscope.app.plot.PlotView;
import org.probscope.app.plot.ViewRange;
import org.probscope.model.distribution.Distribution;
import org.probscope.model.distribution.Families;
import org.probscope.model.sample.Sample;
import org.probscope.model.sample.SampleGenerator;

/**
 * Frame cost of the plot after a parameter change, for n = 10³ and 10⁶, in a headless Monocle
 * toolkit with the software pipeline. Each frame builds a new model (the target's mean moves, as
 * when a slider is dragged), sets it and forces the layout pass that draws it, timing the FX
 * thread; it then snapshots the plot, which makes the software renderer rasterise the frame, and
 * times that too. This is a measurement for the report, not a test: run it on an idle machine.
 *
 * <pre>
 * mvn -B -o -q -pl app -am test-compile -Dspotless.check.skip=true
 * mvn -B -o -q -pl app exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.probscope.app.plot.bench.PlotFrameBench [-Dexec.args="FRAMES [PNG_DIR]"]
 * </pre>
 */
public final class PlotFrameBench {

  private static final double WIDTH = 960;
  private static final double HEIGHT = 600;
  private static final int WARM_UP_FRAMES = 100;
  private static final int HISTOGRAM_BINS = 60;
  private static final double DKW_EPSILON = 0.05;

  private PlotFrameBench() {}

  public static void main(String[] args) throws Exception {
    headlessToolkit();
    int frames = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    Path pictures = args.length > 1 ? Path.of(args[1]) : null;
    Platform.startup(() -> {});
    PlotView view = onFx(PlotFrameBench::showPlot);
    System.out.printf(
        Locale.ROOT,
        "plot %.0fx%.0f px, %d frames after %d warm-up frames, times in ms%n",
        WIDTH,
        HEIGHT,
        frames,
        WARM_UP_FRAMES);
    System.out.printf(
        Locale.ROOT,
        "%-9s %-12s | %-30s | %-30s%n",
        "n",
        "plot",
        "FX thread: median  p95   max",
        "+ rasterise: median  p95   max");
    for (int n : new int[] {1_000, 1_000_000}) {
      Sample sample = SampleGenerator.draw(normal(0, 1), n, 20261123L);
      double[] edges = edges(sample);
      double[] heights = densityHeights(sample, edges);
      measure(view, frames, n, "goodness", mean -> goodnessOfFit(sample, mean));
      measure(view, frames, n, "explorer", mean -> explorer(edges, heights, mean));
      measure(view, frames, n, "q-q", mean -> quantileQuantile(sample, mean));
      if (pictures != null) {
        picture(view, goodnessOfFit(sample, 0.3), pictures.resolve("goodness-" + n + ".png"));
        picture(view, explorer(edges, heights, 0.3), pictures.resolve("explorer-" + n + ".png"));
        picture(view, quantileQuantile(sample, 0.3), pictures.resolve("qq-" + n + ".png"));
        onFx(() -> setTheme(view, PlotTheme.DARK));
        picture(view, goodnessOfFit(sample, 0.3), pictures.resolve("goodness-dark-" + n + ".png"));
        picture(
            view, explorer(edges, heights, 0.3), pictures.resolve("explorer-dark-" + n + ".png"));
        onFx(() -> setTheme(view, PlotTheme.LIGHT));
      }
    }
    Platform.exit();
  }

  private static void headlessToolkit() {
    setIfAbsent("glass.platform", "Monocle");
    setIfAbsent("monocle.platform", "Headless");
    setIfAbsent("prism.order", "sw");
    setIfAbsent("prism.text", "t2k");
    setIfAbsent("java.awt.headless", "true");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  private static PlotView showPlot() {
    PlotView view = new PlotView();
    Stage stage = new Stage();
    stage.setScene(new Scene(new StackPane(view), WIDTH, HEIGHT));
    stage.show();
    return view;
  }

  private static void measure(
      PlotView view, int frames, int n, String name, DoubleFunction<PlotModel> modelForMean)
      throws Exception {
    long[][] times =
        onFx(
            () -> {
              long[] draw = new long[frames];
              long[] raster = new long[frames];
              for (int i = -WARM_UP_FRAMES; i < frames; i++) {
                double mean = 0.5 * Math.sin(i * 0.05);
                long start = System.nanoTime();
                view.setModel(modelForMean.apply(mean));
                view.layout();
                long drawn = System.nanoTime();
                view.snapshot(null, null);
                long rasterised = System.nanoTime();
                if (i >= 0) {
                  draw[i] = drawn - start;
                  raster[i] = rasterised - start;
                }
              }
              return new long[][] {draw, raster};
            });
    System.out.printf(
        Locale.ROOT, "%-9d %-12s | %s | %s%n", n, name, stats(times[0]), stats(times[1]));
  }

  /** Writes what the plot shows for {@code model} (to look at, not to time). */
  private static void picture(PlotView view, PlotModel model, Path file) throws Exception {
    PlotImage image =
        onFx(
            () -> {
              view.setModel(model);
              view.layout();
              return view.exportImage(1);
            });
    image.writePng(file);
  }

  private static PlotView setTheme(PlotView view, PlotTheme theme) {
    view.setTheme(theme);
    return view;
  }

  private static String stats(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "%17.2f %6.2f %6.2f",
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.95)] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }

  /** The goodness-of-fit view: DKW band, Wasserstein area, ECDF, target CDF and the KS gap. */
  private static PlotModel goodnessOfFit(Sample sample, double mean) {
    Distribution target = normal(mean, 1);
    List<PlotLayer> layers =
        List.of(
            new PlotLayer.Band(
                "DKW 95%",
                0,
                x -> Math.max(0, sample.ecdf(x) - DKW_EPSILON),
                x -> Math.min(1, sample.ecdf(x) + DKW_EPSILON)),
            new PlotLayer.FilledArea(
                "W1 area",
                1,
                x -> Math.min(sample.ecdf(x), target.cdf(x)),
                x -> Math.max(sample.ecdf(x), target.cdf(x)),
                Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY),
            new PlotLayer.EcdfSteps("Fn", 0, sample::sorted, sample.size()),
            new PlotLayer.Curve("F", 1, target::cdf),
            new PlotLayer.Marker("D", 2, mean, target.cdf(mean), sample.ecdf(mean)));
    return PlotModel.of(ViewRange.of(-4, 4, -0.05, 1.05), layers)
        .withTitle("Sample vs target")
        .withAxisTitles("x", "probability");
  }

  /** The explorer view: histogram of the sample, the density, a shaded P(a < X <= b). */
  private static PlotModel explorer(double[] edges, double[] heights, double mean) {
    Distribution target = normal(mean, 1);
    List<PlotLayer> layers =
        List.of(
            new PlotLayer.Histogram("sample", 5, edges, heights),
            new PlotLayer.FilledArea("P(a<X<=b)", 0, x -> 0, target::density, -1, 1),
            new PlotLayer.Curve("density", 0, target::density),
            PlotLayer.ReferenceLine.vertical(mean, "mean"));
    return PlotModel.of(ViewRange.of(-4, 4, 0, 0.5), layers)
        .withTitle("Normal")
        .withAxisTitles("x", "density")
        .withAutoY(true);
  }

  /** A Q-Q plot: n points, target quantiles against sorted observations. */
  private static PlotModel quantileQuantile(Sample sample, double mean) {
    Distribution target = normal(mean, 1);
    int n = sample.size();
    List<PlotLayer> layers =
        List.of(
            new PlotLayer.Curve("", PlotLayer.NEUTRAL, x -> x),
            new PlotLayer.Points("Q-Q", 0, n, i -> target.quantile((i + 0.5) / n), sample::sorted));
    return PlotModel.of(ViewRange.of(-5, 5, -5, 5), layers).withAxisTitles("target", "sample");
  }

  private static double[] edges(Sample sample) {
    double[] edges = new double[HISTOGRAM_BINS + 1];
    for (int i = 0; i <= HISTOGRAM_BINS; i++) {
      edges[i] = sample.min() + (sample.max() - sample.min()) * i / HISTOGRAM_BINS;
    }
    return edges;
  }

  /** Bin heights scaled to a density, counted in one pass (the caller's job, off the FX thread). */
  private static double[] densityHeights(Sample sample, double[] edges) {
    double[] heights = new double[edges.length - 1];
    double width = edges[1] - edges[0];
    for (int i = 0; i < sample.size(); i++) {
      int bin = (int) Math.min(heights.length - 1, (sample.sorted(i) - edges[0]) / width);
      heights[bin] += 1.0 / (sample.size() * width);
    }
    return heights;
  }

  private static Distribution normal(double mean, double sd) {
    return Families.normal().create(mean, sd).orElseThrow();
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          try {
            result.complete(action.call());
          } catch (Exception e) {
            result.completeExceptionally(e);
          }
        });
    return result.get();
  }
}
