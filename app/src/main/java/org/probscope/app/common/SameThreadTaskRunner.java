package org.probscope.app.common;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: deterministic view-model tests without a toolkit. */
public final class SameThreadTaskRunner implements TaskRunner {

  @Override
  public <T> TaskHandle submit(
      BackgroundWork<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
    SimpleTaskHandle handle = new SimpleTaskHandle(SimpleTaskHandle::setProgress);
    runNow(work, handle, onSuccess, onFailure);
    return handle;
  }

  /**
   * Runs {@code work} on this thread and delivers its outcome unless {@code handle} was cancelled;
   * shared with the test runner that holds work until a test releases it.
   */
  static <T> void runNow(
      BackgroundWork<T> work,
      SimpleTaskHandle handle,
      Consumer<? super T> onSuccess,
      Consumer<Throwable> onFailure) {
    if (handle.isCancelled()) {
      return;
    }
    T result;
    try {
      result = work.run(handle);
    } catch (Exception | Error e) {
      handle.finished();
      if (!handle.isCancelled()) {
        onFailure.accept(e);
      }
      return;
    }
    handle.finished();
    if (!handle.isCancelled()) {
      onSuccess.accept(result);
    }
  }
}
