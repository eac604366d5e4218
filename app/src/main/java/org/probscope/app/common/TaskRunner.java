package org.probscope.app.common;

import java.util.function.Consumer;

/**
 * Runs work off the FX thread and delivers its outcome on it. The one way background work is
 * started in the application; tests use {@link SameThreadTaskRunner} for determinism.
 */
public interface TaskRunner {

  /**
   * Starts {@code work}. Exactly one of the callbacks runs on the FX thread, unless the task is
   * cancelled first, in which case neither does.
   *
   * @param work the computation; it should check {@link TaskContext#isCancelled()} in long loops
   * @param onSuccess receives the result on the FX thread
   * @param onFailure receives the failure on the FX thread
   */
  <T> TaskHandle submit(
      BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

  /** A unit of background work. */
  @FunctionalInterface
  interface BackgroundWork<T> {
    T run(TaskContext context) throws Exception;
  }

  /** What running work can see: its cancellation and a place to report progress. */
  interface TaskContext {
    boolean isCancelled();

    /** Reports progress in [0, 1]; may be called often, delivery is throttled. */
    void progress(double fraction);
  }
}
