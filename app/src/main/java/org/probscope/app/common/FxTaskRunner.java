package org.probscope.app.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs work on a small pool of daemon threads and delivers outcomes with {@link Platform#runLater}.
 * Progress reports are throttled to about 20 per second per task so that a tight loop cannot flood
 * the FX thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

  private static final long PROGRESS_INTERVAL_NANOS = 50_000_000L;

  private final ExecutorService executor;

  public FxTaskRunner(int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, "probscope-worker-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    this.executor = Executors.newFixedThreadPool(threads, factory);
  }

  @Override
  public <T> TaskHandle submit(
      BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    AtomicLong lastReport = new AtomicLong();
    SimpleTaskHandle handle =
        new SimpleTaskHandle(
            (h, fraction) -> {
              long now = System.nanoTime();
              long last = lastReport.get();
              if (fraction >= 1 || now - last >= PROGRESS_INTERVAL_NANOS) {
                lastReport.set(now);
                Platform.runLater(() -> h.setProgress(fraction));
              }
            });
    try {
      executor.execute(() -> runAndDeliver(work, handle, onSuccess, onFailure));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      handle.cancel(); // closing: the window is going away and nothing will show the result
    }
    return handle;
  }

  private static <T> void runAndDeliver(
      BackgroundWork<T> work,
      SimpleTaskHandle handle,
      Consumer<? super T> onSuccess,
      Consumer<Throwable> onFailure) {
    if (handle.isCancelled()) {
      return;
    }
    try {
      T result = work.run(handle);
      Platform.runLater(
          () -> {
            if (!handle.isCancelled()) {
              handle.finished();
              onSuccess.accept(result);
            }
          });
    } catch (Exception | Error e) {
      // any failure must reach the caller: an unfinished task would leave LatestOnly busy forever
      Platform.runLater(
          () -> {
            if (!handle.isCancelled()) {
              handle.finished();
              onFailure.accept(e);
            }
          });
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
