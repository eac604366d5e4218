package org.probscope.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.probscope.app.common.AppPreferences;
import org.probscope.app.common.FxTaskRunner;
import org.probscope.app.explore.ParameterViewModel;

/**
 * The UI timing check of issue 3 (not a unit test: it measures, it does not assert). Opens the real
 * window headless with the real background runner, draws a sample of n values from normal(0, 1),
 * shows the goodness-of-fit tab, then moves the target mean through 100 positions, one per frame as
 * a drag at 60 Hz would. It reports the longest FX-thread slider event, the longest layout pulse
 * (where plots record their drawing), and the delay from the last slider event until the metric
 * table shows the figures for the final position.
 */
public final class GofDragBench {

  private static final int POSITIONS = 100;

  private GofDragBench() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 && !args[0].isBlank() ? Integer.parseInt(args[0]) : 1_000_000;
    Platform.startup(() -> {});
    Platform.setImplicitExit(false);
    FxTaskRunner runner = new FxTaskRunner(2);
    try {
      Result r = run(runner, n).get(10, TimeUnit.MINUTES);
      System.out.println(r.report(n));
    } finally {
      runner.close();
      Platform.exit();
    }
  }

  private record Result(List<Long> eventNanos, List<Long> pulseNanos, long latencyNanos) {
    String report(int n) {
      return String.format(
          java.util.Locale.ROOT,
          "n = %d, %d slider events at 60 Hz%n"
              + "FX-thread slider event: max %.2f ms, median %.2f ms%n"
              + "layout pulse (plots record their drawing): max %.2f ms, p95 %.2f ms, median %.2f ms%n"
              + "last slider event -> newest figures shown: %.1f ms",
          n,
          eventNanos.size(),
          max(eventNanos) / 1e6,
          median(eventNanos) / 1e6,
          max(pulseNanos) / 1e6,
          quantile(pulseNanos, 0.95) / 1e6,
          median(pulseNanos) / 1e6,
          latencyNanos / 1e6);
    }

    private static long max(List<Long> v) {
      return Collections.max(v);
    }

    private static long median(List<Long> v) {
      return quantile(v, 0.5);
    }

    private static long quantile(List<Long> v, double p) {
      List<Long> sorted = new ArrayList<>(v);
      Collections.sort(sorted);
      return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(p * sorted.size())));
    }
  }

  private static CompletableFuture<Result> run(FxTaskRunner runner, int n) {
    CompletableFuture<Result> done = new CompletableFuture<>();
    Platform.runLater(
        () -> {
          AppPreferences preferences = AppPreferences.forUser();
          preferences.saveFamily("normal");
          Workspace workspace = new Workspace(runner, preferences);
          Stage stage = new Stage();
          MainWindow window = App.show(stage, workspace, 1400, 860);
          stage.show();
          window.selectTab("tab-gof");
          workspace.sampler().sizeTextProperty().set(Integer.toString(n));
          workspace.sampler().seedTextProperty().set("1");
          workspace
              .gof()
              .resultProperty()
              .addListener(new FirstResult(workspace, stage.getScene(), done));
          workspace.sampler().generate();
        });
    return done;
  }

  /** Starts the drag once the figures for the freshly drawn sample are on screen. */
  private static final class FirstResult implements javafx.beans.InvalidationListener {
    private final Workspace workspace;
    private final Scene scene;
    private final CompletableFuture<Result> done;
    private boolean started;

    FirstResult(Workspace workspace, Scene scene, CompletableFuture<Result> done) {
      this.workspace = workspace;
      this.scene = scene;
      this.done = done;
    }

    @Override
    public void invalidated(javafx.beans.Observable obs) {
      if (!started) {
        started = true;
        new Drag(workspace, scene, done).start();
      }
    }
  }

  private static final class Drag extends AnimationTimer {
    private final Workspace workspace;
    private final ParameterViewModel mean;
    private final CompletableFuture<Result> done;
    private final List<Long> events = new ArrayList<>();
    private final List<Long> pulses = new ArrayList<>();
    private long pulseStart;
    private long lastEventAt;
    private int step;

    Drag(Workspace workspace, Scene scene, CompletableFuture<Result> done) {
      this.workspace = workspace;
      this.done = done;
      this.mean =
          workspace.explorer().parameters().stream()
              .filter(p -> p.name().equals("mean"))
              .findFirst()
              .orElseThrow();
      scene.addPreLayoutPulseListener(() -> pulseStart = System.nanoTime());
      scene.addPostLayoutPulseListener(() -> pulses.add(System.nanoTime() - pulseStart));
    }

    @Override
    public void handle(long now) {
      if (step == POSITIONS) {
        stop();
        awaitFinalFigures();
        return;
      }
      step++;
      long t0 = System.nanoTime();
      // typed values apply exactly (a slider would round them to its step of 0.1)
      mean.textProperty().set(Double.toString(step * 0.005));
      mean.commit();
      lastEventAt = System.nanoTime();
      events.add(lastEventAt - t0);
    }

    private void awaitFinalFigures() {
      double last = POSITIONS * 0.005; // the distribution itself is still being built
      javafx.beans.value.ChangeListener<Object> check =
          new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<?> obs, Object old, Object now) {
              var r = workspace.gof().resultProperty().get();
              if (r != null && r.target().parameter("mean") == last) {
                workspace.gof().resultProperty().removeListener(this);
                done.complete(new Result(events, pulses, System.nanoTime() - lastEventAt));
              }
            }
          };
      workspace.gof().resultProperty().addListener(check);
      check.changed(null, null, null);
    }
  }
}
