package org.probscope.app.common;

import java.util.function.Consumer;

/**
 * Coalesces a stream of requests so that only the newest is computed: while one computation runs,
 * newer requests replace each other in a single pending slot, and when it finishes the pending one
 * starts. Results arrive in request order, so a stale result never overwrites a newer one; the
 * result of a computation that was superseded while it ran is still shown, because during a long
 * slider drag that keeps the figures moving instead of frozen until the drag ends. FX thread only.
 *
 * @param <T> the result type
 */
public final class LatestOnly<T> {

  private final TaskRunner runner;
  private final Consumer<? super T> onResult;
  private final Consumer<Throwable> onFailure;
  private TaskRunner.BackgroundWork<T> pending;
  private TaskHandle running;
  private long cancellations;

  public LatestOnly(
      TaskRunner runner, Consumer<? super T> onResult, Consumer<Throwable> onFailure) {
    this.runner = runner;
    this.onResult = onResult;
    this.onFailure = onFailure;
  }

  /** Requests a computation; supersedes every earlier request that has not been shown. */
  public void request(TaskRunner.BackgroundWork<T> work) {
    pending = work;
    if (running == null) {
      startPending();
    }
  }

  /** Drops the pending request and cancels the running one; nothing more is delivered. */
  public void cancel() {
    cancellations++;
    pending = null;
    if (running != null) {
      running.cancel();
      running = null;
    }
  }

  /** True while a computation is running or waiting. */
  public boolean isBusy() {
    return running != null || pending != null;
  }

  private void startPending() {
    TaskRunner.BackgroundWork<T> work = pending;
    pending = null;
    long generation = cancellations;
    TaskHandle[] self = new TaskHandle[1];
    self[0] =
        runner.submit(
            work,
            result -> finished(self[0], generation, () -> onResult.accept(result)),
            error -> finished(self[0], generation, () -> onFailure.accept(error)));
    if (self[0].runningProperty().get()) {
      running = self[0];
    }
  }

  private void finished(TaskHandle handle, long generation, Runnable deliver) {
    if (handle != null && handle != running) {
      return;
    }
    running = null;
    if (generation == cancellations) {
      deliver.run();
    }
    if (pending != null) {
      startPending();
    }
  }
}
